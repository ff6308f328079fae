// Composes the SVG of a product illustration from deterministic parameters: the same product key
// always gives the same picture, hence the same bytes and the same checksum.
import type { Shape, Theme } from "../types";
import { darken, lighten, luminance } from "./color";
import { THEME_MOTIFS, motif, type Motif } from "./icons";
import { OBJECTS, type Paint } from "./objects";
import { PALETTES } from "./palettes";
import { randomFrom, type Random } from "./random";

export const IMAGE_SIZE = 800;

/** Objects are drawn at a common size; most read better a little larger. */
const OBJECT_SCALE: Partial<Record<Shape, number>> = { plate: 1, assortment: 1, hamper: 1.08, box: 1.08 };

export interface IllustrationSpec {
  /** Seeds every random choice. */
  key: string;
  theme: Theme;
  shape: Shape;
  /** Forces the object's main colour. */
  tint?: string;
  /** Forces the emblem drawn on the label and tiled on the second image. */
  motif?: Motif;
}

function paintFor(
  spec: IllustrationSpec,
  random: Random,
): { paint: Paint; background: readonly [string, string] } {
  const palette = PALETTES[spec.theme];
  const body = spec.tint ?? random.pick(palette.bodies);
  const labels = palette.labels.filter((color) => color !== body);
  const accents = palette.accents.filter((color) => color !== body);
  return {
    background: random.pick(palette.backgrounds),
    paint: {
      body,
      label: random.pick(labels.length > 0 ? labels : palette.labels),
      accent: random.pick(accents.length > 0 ? accents : palette.accents),
      ink: palette.ink,
      motif: spec.motif ?? random.pick(THEME_MOTIFS[spec.theme]),
    },
  };
}

function backdrop(background: readonly [string, string], random: Random): string {
  const angle = random.int(0, 359);
  const rad = (angle * Math.PI) / 180;
  const dx = (Math.cos(rad) / 2).toFixed(3);
  const dy = (Math.sin(rad) / 2).toFixed(3);
  const [from, to] = background;
  return (
    `<defs><linearGradient id="sky" x1="${0.5 - Number(dx)}" y1="${0.5 - Number(dy)}" x2="${0.5 + Number(dx)}" y2="${0.5 + Number(dy)}">` +
    `<stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient>` +
    `<radialGradient id="shadow"><stop offset="0" stop-color="#000000" stop-opacity="0.22"/>` +
    `<stop offset="1" stop-color="#000000" stop-opacity="0"/></radialGradient></defs>` +
    `<rect width="${IMAGE_SIZE}" height="${IMAGE_SIZE}" fill="url(#sky)"/>`
  );
}

/** Light geometric shapes scattered around the edges, away from the object in the middle. */
function accents(colors: readonly string[], random: Random, count: number): string {
  let out = "";
  let placed = 0;
  for (let attempt = 0; placed < count && attempt < 200; attempt++) {
    const x = random.between(50, 750);
    const y = random.between(50, 560);
    if (x > 180 && x < 620 && y > 160) continue;
    placed++;
    const color = random.pick(colors);
    const opacity = random.between(0.35, 0.75).toFixed(2);
    const size = random.between(10, 30);
    const kind = random.int(0, 4);
    const at = `${x.toFixed(1)} ${y.toFixed(1)}`;
    if (kind === 0) {
      out += `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${size.toFixed(1)}" fill="${color}" fill-opacity="${opacity}"/>`;
    } else if (kind === 1) {
      out += `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${size.toFixed(1)}" fill="none" stroke="${color}" stroke-opacity="${opacity}" stroke-width="6"/>`;
    } else if (kind === 2) {
      const s = size.toFixed(1);
      out += `<path transform="translate(${at}) rotate(${random.int(0, 90)})" d="M-${s} 0 L${s} 0 M0 -${s} L0 ${s}" stroke="${color}" stroke-opacity="${opacity}" stroke-width="7" stroke-linecap="round"/>`;
    } else if (kind === 3) {
      out += `<path transform="translate(${at}) rotate(${random.int(0, 120)}) scale(${(size / 20).toFixed(2)})" d="M0 -20 L18 12 L-18 12 Z" fill="${color}" fill-opacity="${opacity}"/>`;
    } else {
      let dots = "";
      for (let i = 0; i < 3; i++)
        for (let j = 0; j < 3; j++) dots += `<circle cx="${i * 16}" cy="${j * 16}" r="4"/>`;
      out += `<g transform="translate(${at})" fill="${color}" fill-opacity="${opacity}">${dots}</g>`;
    }
  }
  return out;
}

/** The main image: the object standing on a table, in front of a soft disc and a few shapes. */
export function productScene(spec: IllustrationSpec): string {
  const random = randomFrom(`scene:${spec.key}`);
  const { paint, background } = paintFor(spec, random);
  const palette = PALETTES[spec.theme];
  const discX = random.between(340, 460).toFixed(1);
  const discY = random.between(360, 420).toFixed(1);
  const body =
    backdrop(background, random) +
    `<circle cx="${discX}" cy="${discY}" r="${random.between(250, 300).toFixed(1)}" fill="${lighten(background[0], 0.45)}" fill-opacity="0.7"/>` +
    accents(palette.accents, random, random.int(5, 8)) +
    `<rect y="640" width="${IMAGE_SIZE}" height="160" fill="${darken(background[1], 0.08)}" fill-opacity="0.55"/>` +
    `<rect y="640" width="${IMAGE_SIZE}" height="4" fill="${darken(background[1], 0.18)}" fill-opacity="0.5"/>` +
    `<ellipse cx="400" cy="642" rx="250" ry="30" fill="url(#shadow)"/>` +
    `<g transform="translate(400 640) scale(${OBJECT_SCALE[spec.shape] ?? 1.12}) translate(-400 -640)">` +
    OBJECTS[spec.shape](paint, random) +
    "</g>";
  return wrap(body);
}

/** The emblem tiled on a product's second image (its alternative text names it). */
export function patternMotif(spec: IllustrationSpec): Motif {
  return spec.motif ?? randomFrom(`motif:${spec.key}`).pick(THEME_MOTIFS[spec.theme]);
}

/** The second image: the theme's motif tiled with a little jitter around a medallion. */
export function patternScene(spec: IllustrationSpec): string {
  const random = randomFrom(`pattern:${spec.key}`);
  const { paint, background } = paintFor(spec, random);
  const palette = PALETTES[spec.theme];
  const kind = patternMotif(spec);
  const step = random.pick([100, 115, 134]);
  let tiles = "";
  for (let row = 0; row * step < IMAGE_SIZE + step; row++) {
    for (let col = 0; col * step < IMAGE_SIZE + step; col++) {
      const x = col * step + (row % 2 ? step / 2 : 0) + random.between(-8, 8);
      const y = row * step + random.between(-8, 8);
      const color = random.pick(palette.accents);
      tiles += `<g opacity="${random.between(0.35, 0.7).toFixed(2)}">${motif(kind, x, y, step * 0.42, color, random.between(-40, 40))}</g>`;
    }
  }
  const ring = paint.label;
  // A light product colour (salt, porcelain) would swallow a light emblem: draw it in ink instead.
  const emblem = Math.abs(luminance(ring) - luminance(paint.body)) < 0.3 ? palette.ink : ring;
  const body =
    backdrop(background, random) +
    tiles +
    `<circle cx="410" cy="414" r="206" fill="#000000" fill-opacity="0.1"/>` +
    `<circle cx="400" cy="400" r="206" fill="${ring}"/>` +
    `<circle cx="400" cy="400" r="180" fill="none" stroke="${paint.body}" stroke-width="6" stroke-dasharray="${random.pick(["2 14", "18 10", "40 0"])}" stroke-linecap="round"/>` +
    `<circle cx="400" cy="400" r="150" fill="${paint.body}"/>` +
    motif(kind, 400, 400, 170, emblem, random.between(-30, 30));
  return wrap(body);
}

function wrap(body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_SIZE}" height="${IMAGE_SIZE}" viewBox="0 0 ${IMAGE_SIZE} ${IMAGE_SIZE}">${body}</svg>`;
}
