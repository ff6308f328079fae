// Colours of the illustrations, one family per theme of the catalog. Each product draws its own
// combination from its theme's lists, so neighbours on a page do not look identical.
import type { Theme } from "../types";

export interface Palette {
  /** Background gradients (two stops each). */
  backgrounds: readonly (readonly [string, string])[];
  /** Main colours of the object. */
  bodies: readonly string[];
  /** Colours of labels, ribbons and lids. */
  labels: readonly string[];
  /** Small decorative shapes around the object. */
  accents: readonly string[];
  /** Dark tone for drawings on labels. */
  ink: string;
}

export const PALETTES: Record<Theme, Palette> = {
  coffee: {
    backgrounds: [
      ["#f4e9da", "#e3c9a8"],
      ["#efe2cf", "#d7b48e"],
      ["#f6efe6", "#e8d3b9"],
    ],
    bodies: ["#6b4226", "#8a5a3b", "#3f3a36", "#b5835a", "#2f4a3a"],
    labels: ["#f3e3c3", "#e9c46a", "#f7f1e6", "#d8a48f"],
    accents: ["#a9744f", "#d9a441", "#6b4226", "#c8553d"],
    ink: "#3b2416",
  },
  tea: {
    backgrounds: [
      ["#e8f1e4", "#c6dcc0"],
      ["#eef3e6", "#d3e2c2"],
      ["#e6efe9", "#bcd5c9"],
    ],
    bodies: ["#4e7d5b", "#2f5d50", "#8bab6f", "#c05746", "#3a4f7a"],
    labels: ["#f4ecd6", "#e8b04a", "#f7f3ea", "#d9e4c8"],
    accents: ["#6e9b6a", "#e8b04a", "#2f5d50", "#c05746"],
    ink: "#24392c",
  },
  chocolate: {
    backgrounds: [
      ["#f6e6e1", "#e4c0b5"],
      ["#f4e4d8", "#dcb8a0"],
      ["#f8ece6", "#ebcabd"],
    ],
    bodies: ["#5a2e22", "#7b3f2e", "#3d211a", "#a0522d", "#8e2f3a"],
    labels: ["#c9a227", "#f2d6c9", "#e7c873", "#f6efe8"],
    accents: ["#8c4b3a", "#c9a227", "#d98e73", "#5a2e22"],
    ink: "#2e1710",
  },
  sweet: {
    backgrounds: [
      ["#fbf1dc", "#f1d39c"],
      ["#fcf3e4", "#f3d9b1"],
      ["#fff5e2", "#f5dfa0"],
    ],
    bodies: ["#d98e1f", "#c2551f", "#a63d40", "#e0a526", "#8e3b5b"],
    labels: ["#fbf5e8", "#f2e2c4", "#ffffff", "#e9d8b6"],
    accents: ["#e0a526", "#c2551f", "#a63d40", "#7c8c3a"],
    ink: "#5b3412",
  },
  savoury: {
    backgrounds: [
      ["#f1f0de", "#d9dbb2"],
      ["#f4ecdc", "#e2cfa8"],
      ["#eef0e2", "#cfd5b4"],
    ],
    bodies: ["#7c8c3a", "#5f6b2a", "#b5472f", "#c9a13b", "#4d5d53"],
    labels: ["#f6f1e1", "#efe4c4", "#fbf8ef", "#e8d9b0"],
    accents: ["#7c8c3a", "#b5472f", "#c9a13b", "#4d5d53"],
    ink: "#3a3a1c",
  },
  tableware: {
    backgrounds: [
      ["#e7eef3", "#c4d4e1"],
      ["#eef1f4", "#d2dbe4"],
      ["#f1ece6", "#d9cfc4"],
    ],
    bodies: ["#f4f1ea", "#2f4e6e", "#d98e73", "#8fa99b", "#e9e1d3"],
    labels: ["#2f4e6e", "#d98e73", "#c9a227", "#8fa99b"],
    accents: ["#2f4e6e", "#d98e73", "#8fa99b", "#c9a227"],
    ink: "#22364b",
  },
  gifts: {
    backgrounds: [
      ["#f7e6dd", "#ebc3ae"],
      ["#f5ebe0", "#e3cdb3"],
      ["#f3e7e7", "#e0c1c4"],
    ],
    bodies: ["#8e2f3a", "#2e5e4e", "#1f3b5a", "#c8553d", "#e9d8b6"],
    labels: ["#e7c873", "#f6efe8", "#c9a227", "#f2d6c9"],
    accents: ["#c9a227", "#8e2f3a", "#2e5e4e", "#e07a5f"],
    ink: "#3a1c22",
  },
};
