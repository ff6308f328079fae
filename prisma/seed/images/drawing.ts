// Shared pieces of the product silhouettes, drawn on an 800×800 canvas standing on a table line at y = 640.
import { darken, lighten, luminance } from "./color";
import type { Motif } from "./icons";
import type { Random } from "./random";

export interface Paint {
  body: string;
  label: string;
  accent: string;
  ink: string;
  motif: Motif;
}

export const GROUND = 640;

/** A horizontal gradient that makes a flat shape read as a cylinder. */
export function roundGradient(id: string, color: string): string {
  return (
    `<linearGradient id="${id}" x1="0" x2="1" y1="0" y2="0">` +
    `<stop offset="0" stop-color="${darken(color, 0.22)}"/>` +
    `<stop offset="0.32" stop-color="${lighten(color, 0.14)}"/>` +
    `<stop offset="0.62" stop-color="${color}"/>` +
    `<stop offset="1" stop-color="${darken(color, 0.3)}"/></linearGradient>`
  );
}

/** Two or three rounded bars standing for lines of text on a label. */
export function labelLines(cx: number, y: number, width: number, color: string, random: Random): string {
  const count = random.int(2, 3);
  let out = "";
  for (let i = 0; i < count; i++) {
    const w = width * (i === 0 ? 1 : random.between(0.45, 0.8));
    const h = i === 0 ? 12 : 8;
    out += `<rect x="${(cx - w / 2).toFixed(1)}" y="${y + i * 22}" width="${w.toFixed(1)}" height="${h}" rx="${h / 2}" fill="${color}" fill-opacity="${i === 0 ? 0.85 : 0.5}"/>`;
  }
  return out;
}

export const inkOn = (background: string, ink: string) => (luminance(background) > 0.35 ? ink : "#fbf7ef");
