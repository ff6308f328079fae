// A fixed piece of single-threaded work, timed just before each page's measured run. This
// machine's speed drifts by 20–30% within the hour (docs/performance-notes.md): two runs' figures
// compare only when their reference times are close, and a slower reference explains lower pages
// per second without any change to the code. The work is what a page costs the server most, on the
// same generated input every time: Brotli compression of an HTML-like text, JSON of nested data.
import { brotliCompressSync, constants } from "node:zlib";

/** Repetitions per timing: about 40–70 ms on this machine. */
const ROUNDS = 250;
/** Timings taken; the median is kept (a scheduler hiccup in one does not count). */
const TIMINGS = 9;

interface ReferenceInput {
  html: Buffer;
  data: unknown;
}

let input: ReferenceInput | undefined;

/** The same text and data at every call: a deterministic generator, no randomness. */
function referenceInput(): ReferenceInput {
  if (input) return input;
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
  const words = [
    "café",
    "thé",
    "chocolat",
    "miel",
    "confiture",
    "huile",
    "lot",
    "Provence",
    "Kenya",
    "torréfié",
  ];
  const word = () => words[next() % words.length];
  const products = Array.from({ length: 48 }, (_, index) => ({
    id: `p${index}`,
    name: `${word()} ${word()} ${word()} ${index}`,
    slug: `${word()}-${word()}-${index}`,
    price: { amount: next() % 10_000, currency: "EUR" },
    image: { url: `/media/${next().toString(16)}.webp`, width: 800, height: 800, alt: `${word()} ${word()}` },
    available: next() % 7 !== 0,
  }));
  const html = products
    .map(
      (product) =>
        `<article class="product-card"><a href="/fr/produit/${product.slug}"><img src="${product.image.url}" alt="${product.image.alt}" width="800" height="800"/><h3>${product.name}</h3></a><span class="price">${product.price.amount / 100} €</span></article>`,
    )
    .join("\n");
  input = {
    html: Buffer.from(`<!DOCTYPE html><html lang="fr"><body>${html}</body></html>`),
    data: { products },
  };
  return input;
}

/** Does the work once; returns a number that depends on all of it (so none of it can be skipped). */
export function doReferenceWork(): number {
  const { html, data } = referenceInput();
  let checksum = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const compressed = brotliCompressSync(html, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: html.byteLength },
    });
    const copy = JSON.parse(JSON.stringify(data)) as { products: unknown[] };
    checksum = (checksum + compressed.byteLength + copy.products.length) % 1_000_000_007;
  }
  return checksum;
}

/** The median time of the reference work, in milliseconds. */
export function timeReferenceWork(): number {
  const timings: number[] = [];
  for (let index = 0; index < TIMINGS; index += 1) {
    const started = performance.now();
    doReferenceWork();
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return timings[Math.floor(timings.length / 2)] ?? 0;
}
