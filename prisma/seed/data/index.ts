import type { ProductData } from "../types";
import { CHOCOLATE_PRODUCTS } from "./products-chocolate";
import { COFFEE_PRODUCTS } from "./products-coffee";
import { GIFT_PRODUCTS } from "./products-gifts";
import { SAVOURY_PRODUCTS } from "./products-savoury";
import { SWEET_PRODUCTS } from "./products-sweet";
import { TABLEWARE_PRODUCTS } from "./products-tableware";
import { TEA_PRODUCTS } from "./products-tea";

export { CATEGORIES } from "./categories";

/** Every demo product, in the order they take within their categories. */
export const PRODUCTS: readonly ProductData[] = [
  ...COFFEE_PRODUCTS,
  ...TEA_PRODUCTS,
  ...CHOCOLATE_PRODUCTS,
  ...SWEET_PRODUCTS,
  ...SAVOURY_PRODUCTS,
  ...TABLEWARE_PRODUCTS,
  ...GIFT_PRODUCTS,
];
