// Small emblems drawn on labels and tiled on the detail images (no text: the renderer may have no fonts).
import type { Theme } from "../types";

export type Motif = "bean" | "leaf" | "pod" | "hexagon" | "drop" | "olive" | "maple" | "ring" | "star";

export const THEME_MOTIFS: Record<Theme, readonly Motif[]> = {
  coffee: ["bean"],
  tea: ["leaf"],
  chocolate: ["pod", "star"],
  sweet: ["drop"],
  savoury: ["olive", "leaf"],
  tableware: ["ring", "star"],
  gifts: ["star", "ring"],
};

const f = (n: number) => Number(n.toFixed(1));

/** A motif of about `size` pixels centred on (x, y), rotated by `angle` degrees. */
export function motif(kind: Motif, x: number, y: number, size: number, color: string, angle = 0): string {
  const s = size / 100;
  const open = `<g transform="translate(${f(x)} ${f(y)}) rotate(${f(angle)}) scale(${f(s * 100) / 100})">`;
  return `${open}${MOTIFS[kind](color)}</g>`;
}

// Each motif is drawn in a 100×100 box centred on the origin.
const MOTIFS: Record<Motif, (color: string) => string> = {
  bean: (c) =>
    `<ellipse rx="34" ry="46" fill="${c}"/>` +
    `<path d="M2 -44 C-18 -20 20 18 -2 44" fill="none" stroke="#ffffff" stroke-opacity="0.55" stroke-width="7" stroke-linecap="round"/>`,
  leaf: (c) =>
    `<path d="M0 -48 C34 -26 34 24 0 48 C-34 24 -34 -26 0 -48 Z" fill="${c}"/>` +
    `<path d="M0 -38 L0 40 M0 -6 L16 -20 M0 14 L-16 0 M0 28 L14 16" fill="none" stroke="#ffffff" stroke-opacity="0.5" stroke-width="5" stroke-linecap="round"/>`,
  pod: (c) =>
    `<path d="M0 -50 C30 -40 36 30 0 50 C-36 30 -30 -40 0 -50 Z" fill="${c}"/>` +
    `<path d="M-12 -40 C-22 -10 -22 20 -10 44 M12 -40 C22 -10 22 20 10 44 M0 -48 L0 48" fill="none" stroke="#ffffff" stroke-opacity="0.4" stroke-width="5"/>`,
  hexagon: (c) =>
    `<path d="M0 -46 L40 -23 L40 23 L0 46 L-40 23 L-40 -23 Z" fill="${c}"/>` +
    `<path d="M0 -24 L21 -12 L21 12 L0 24 L-21 12 L-21 -12 Z" fill="#ffffff" fill-opacity="0.35"/>`,
  drop: (c) =>
    `<path d="M0 -50 C18 -20 36 0 36 18 C36 38 20 50 0 50 C-20 50 -36 38 -36 18 C-36 0 -18 -20 0 -50 Z" fill="${c}"/>` +
    `<ellipse cx="-13" cy="18" rx="7" ry="13" fill="#ffffff" fill-opacity="0.45"/>`,
  olive: (c) =>
    `<g transform="rotate(-40)">` +
    `<path d="M-60 2 Q0 -6 60 0" fill="none" stroke="${c}" stroke-width="4" stroke-linecap="round"/>` +
    `<ellipse cx="-34" cy="-11" rx="17" ry="5.5" transform="rotate(-28 -34 -11)" fill="${c}" fill-opacity="0.8"/>` +
    `<ellipse cx="-8" cy="10" rx="17" ry="5.5" transform="rotate(28 -8 10)" fill="${c}" fill-opacity="0.8"/>` +
    `<ellipse cx="16" cy="-12" rx="17" ry="5.5" transform="rotate(-28 16 -12)" fill="${c}" fill-opacity="0.8"/>` +
    `<ellipse cx="58" cy="-4" rx="15" ry="5" transform="rotate(-12 58 -4)" fill="${c}" fill-opacity="0.8"/>` +
    `<ellipse cx="-22" cy="19" rx="9" ry="12" fill="${c}"/><ellipse cx="32" cy="17" rx="9" ry="12" fill="${c}"/>` +
    `<ellipse cx="-25" cy="15" rx="2.5" ry="4" fill="#ffffff" fill-opacity="0.4"/>` +
    `<ellipse cx="29" cy="13" rx="2.5" ry="4" fill="#ffffff" fill-opacity="0.4"/></g>`,
  maple: (c) =>
    `<path d="M0 -50 L10 -28 L24 -34 L20 -10 L40 -18 L34 0 L46 6 L22 22 L26 32 L4 28 L4 50 L-4 50 L-4 28 ` +
    `L-26 32 L-22 22 L-46 6 L-34 0 L-40 -18 L-20 -10 L-24 -34 L-10 -28 Z" fill="${c}"/>`,
  ring: (c) =>
    `<circle r="40" fill="none" stroke="${c}" stroke-width="12"/>` + `<circle r="14" fill="${c}"/>`,
  star: (c) =>
    `<path d="M0 -48 L11 -15 L46 -15 L18 6 L28 40 L0 20 L-28 40 L-18 6 L-46 -15 L-11 -15 Z" fill="${c}"/>`,
};
