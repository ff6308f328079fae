// The product editor's server side: the category choices, saving the form, and the picture
// forms. Kept apart from the routes so that the new-product and edit pages share one behaviour.
import { domainCodeOf, fieldErrorsFromError, shopSettings } from "@comptoir/api";
import { catalogAdmin } from "@comptoir/core";
import { productPath, type Locale } from "@comptoir/i18n";
import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import type { CategoryChoice } from "~/components/product-form";
import type { requireStaff } from "./api.server";
import {
  draftFromValues,
  formFieldOf,
  valuesFromForm,
  valuesFromProduct,
  type ProductFormValues,
} from "./product-form-values";

type Api = Awaited<ReturnType<typeof requireStaff>>["api"];
type Product = Awaited<ReturnType<Api["admin"]["products"]["get"]>>;

/** The largest file the upload form reads. */
export const UPLOAD_LIMIT_BYTES = catalogAdmin.IMAGE_UPLOAD_LIMITS.maxBytes;

/** Pictures per product: the form hides the upload beyond. */
export const MAX_IMAGES = catalogAdmin.MAX_IMAGES_PER_PRODUCT;

/** The category tree as an indented list of checkboxes. */
export async function loadCategoryChoices(api: Api, locale: Locale): Promise<CategoryChoice[]> {
  const tree = await api.catalog.categoryTree({ locale });
  const choices: CategoryChoice[] = [];
  const walk = (nodes: typeof tree, depth: number) => {
    for (const node of nodes) {
      choices.push({ id: node.id, name: node.name, depth });
      walk(node.children, depth + 1);
    }
  };
  walk(tree, 0);
  return choices;
}

export function storefrontPathsOf(product: Product | null) {
  if (!product) return {};
  return {
    fr: productPath("fr", product.translations.fr.slug),
    en: productPath("en", product.translations.en.slug),
  };
}

export type SaveOutcome =
  | { ok: true; product: Product }
  /** Errors by form field, as translation keys of the errors namespace ("_" for the whole form). */
  | { ok: false; values: ProductFormValues; errors: Record<string, string>; conflict?: Product };

/** Saves the editor's form: creates the product when `product` is null. */
export async function saveProductForm(
  api: Api,
  form: FormData,
  product: Product | null,
): Promise<SaveOutcome> {
  const values = valuesFromForm(form);
  const draft = draftFromValues(values, shopSettings().currency);
  try {
    const saved = product
      ? await api.admin.products.update({ ...draft.input, productId: product.id, version: values.version })
      : await api.admin.products.create(draft.input);
    return { ok: true, product: saved };
  } catch (error) {
    if (domainCodeOf(error) === "CONFLICT" && product) {
      // Someone saved first: show their version, with a message, rather than overwrite it.
      const current = await api.admin.products.get({ productId: product.id });
      return { ok: false, values: valuesFromProduct(current), errors: { _: "conflict" }, conflict: current };
    }
    const fields = fieldErrorsFromError(error);
    if (!fields) throw error;
    const errors: Record<string, string> = {};
    for (const [path, messages] of Object.entries(fields)) {
      const field = formFieldOf(path, draft);
      errors[field] ??= messages[0] ?? "validation.required";
    }
    return { ok: false, values, errors };
  }
}

/** Why a picture was refused: a translation key of the errors namespace. */
export type ImageRefusal = { key: string; error: true };

/** The upload form: one file, its descriptions. Oversized files are refused while being read. */
export async function uploadImage(
  api: Api,
  request: Request,
  productId: string,
): Promise<ImageRefusal | { error: false }> {
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({ maxPartSize: UPLOAD_LIMIT_BYTES }),
    );
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { key: "validation.image_too_large", error: true };
    throw error;
  }
  const file = form.get("file");
  if (!(file instanceof Blob) || file.size === 0) return { key: "validation.image_unsupported", error: true };
  try {
    await api.admin.products.addImage({
      productId,
      base64: Buffer.from(await file.arrayBuffer()).toString("base64"),
      alt: { fr: String(form.get("alt.fr") ?? ""), en: String(form.get("alt.en") ?? "") },
    });
  } catch (error) {
    const fields = fieldErrorsFromError(error);
    const key = fields ? Object.values(fields)[0]?.[0] : null;
    if (!key) throw error;
    return { key, error: true };
  }
  return { error: false };
}

/** The pictures form: descriptions, a move up, or a removal. */
export async function updateImages(
  api: Api,
  form: FormData,
  productId: string,
): Promise<"removed" | "saved"> {
  const removed = form.get("removeImage");
  if (typeof removed === "string" && removed) {
    await api.admin.products.removeImage({ productId, imageId: removed });
    return "removed";
  }
  const ids = form.getAll("imageIds").map(String);
  const up = ids.indexOf(String(form.get("moveUp") ?? ""));
  if (up > 0) [ids[up - 1], ids[up]] = [ids[up]!, ids[up - 1]!];
  await api.admin.products.updateImages({
    productId,
    images: ids.map((id) => ({
      id,
      alt: { fr: String(form.get(`alt.${id}.fr`) ?? ""), en: String(form.get(`alt.${id}.en`) ?? "") },
    })),
  });
  return "saved";
}
