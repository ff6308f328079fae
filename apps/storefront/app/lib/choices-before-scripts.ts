// Progressive enhancement's gap: a category page's filters and sort apply the moment they change,
// but only once the page's scripts run. A box ticked, or a sort chosen, while they are still loading
// (a slow phone, a slow network) changes the form and nothing else: the server-rendered page knows
// no handler yet, and the sort's <noscript> button is not shown when scripts are on.

/**
 * Whether a checkbox, radio button or list of `form` (its own fields and those attached to it with
 * the `form` attribute) no longer shows what the page was rendered with: the `checked` and
 * `selected` attributes, which the browser keeps as `defaultChecked` and `defaultSelected`.
 * Typed fields are left out: they apply on Enter or "Apply", never on their own.
 */
export function choicesChangedSinceRender(form: HTMLFormElement): boolean {
  for (const element of Array.from(form.elements)) {
    if (element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio")) {
      if (element.checked !== element.defaultChecked) return true;
    } else if (element instanceof HTMLSelectElement) {
      for (const option of Array.from(element.options)) {
        if (option.selected !== option.defaultSelected) return true;
      }
    }
  }
  return false;
}
