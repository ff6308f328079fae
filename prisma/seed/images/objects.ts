// The product silhouettes by shape (see types.ts), each drawn from a paint and a random source.
import type { Shape } from "../types";
import type { Paint } from "./drawing";
import { assortment, bag, bar, bottle, box, can, jar, tin } from "./packaging";
import type { Random } from "./random";
import { bowl, cup, hamper, plate, teapot } from "./tableware";

export type { Paint } from "./drawing";

export const OBJECTS: Record<Shape, (paint: Paint, random: Random) => string> = {
  bag,
  tin,
  bar,
  box,
  assortment,
  jar,
  bottle,
  can,
  cup,
  teapot,
  plate,
  bowl,
  hamper,
};
