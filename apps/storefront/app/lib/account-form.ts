// The forms of the account pages, as the browser and the server both see them. A page may hold
// several forms (the profile and the email change, one per address...): each posts an `intent`, and
// the action's answer names it, so that only the form that was sent shows the answer.
import type { SubmissionResult } from "@conform-to/react";

/** The name of the hidden field (or submit button) saying which form of the page was sent. */
export const INTENT_FIELD = "intent";

/** What an account action answers when it refuses a form (success redirects instead). */
export interface AccountFormReply<Extra = unknown> {
  intent: string;
  result: SubmissionResult<string[]>;
  /** Whatever else the page shows after this answer (the address an email was sent to...). */
  extra?: Extra;
}

/** The reply of the form `intent`, if the action's answer is about that form. */
export function replyFor(
  actionData: AccountFormReply | undefined,
  intent: string,
): SubmissionResult<string[]> | undefined {
  return actionData?.intent === intent ? actionData.result : undefined;
}

/**
 * A one-shot message after a redirect (`?done=saved`): the key of a known message, or null. Only
 * listed values are read, so a crafted link cannot make the page say anything else.
 */
export function doneFlag<T extends string>(search: URLSearchParams, known: readonly T[]): T | null {
  const value = search.get("done");
  return (known as readonly (string | null)[]).includes(value) ? (value as T) : null;
}

/** `path` with the one-shot message `done` in its query. */
export function withDone(path: string, done: string): string {
  return `${path}${path.includes("?") ? "&" : "?"}done=${encodeURIComponent(done)}`;
}
