// turbo-stream, which encodes the loaders' data into every page and data request, is patched
// (patches/turbo-stream@2.4.1.patch): each value is written without the stack, tuple and closure it
// used to allocate, and objects without Object.keys().map().join(). The output must not change by a
// byte: browsers read it with the unpatched decoder. The expected texts below were written by the
// unpatched package; the generated documents are compared by digest.
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

// The copy Remix's server runtime loads (the patched one).
const requireFromRemix = createRequire(createRequire(import.meta.url).resolve("@remix-run/server-runtime"));
/**
 * turbo-stream is not a dependency of this package (it comes with Remix): its two functions, typed here.
 * @type {{
 *   encode: (value: unknown, options?: object) => ReadableStream<Uint8Array> & { completeText?: string },
 *   decode: (stream: ReadableStream<Uint8Array>) => Promise<{ value: unknown }>,
 * }}
 */
const { decode, encode } = requireFromRemix("turbo-stream");

class Money {
  /**
   * @param {number} amount
   * @param {string} currency
   */
  constructor(amount, currency) {
    this.amount = amount;
    this.currency = currency;
  }
}

/** Plugins as Remix uses them: before the built-in types, and for what they cannot encode. */
const options = {
  plugins: [
    (/** @type {unknown} */ value) =>
      value instanceof Money ? ["money", value.amount, value.currency] : undefined,
  ],
  postPlugins: [
    (/** @type {unknown} */ value) => (typeof value === "function" ? ["fn", value.name] : undefined),
  ],
};

/** @param {unknown} value */
async function encoded(value) {
  let text = "";
  for await (const chunk of encode(value, options).pipeThrough(new TextDecoderStream())) text += chunk;
  return text;
}

/**
 * A deterministic pseudo-random sequence in [0, 1).
 * @param {number} seed
 */
function sequence(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const WORDS = ["café", "thé", "miel", "\u2019", 'a"b', "x\\y", "\u2028", "<script>", "", "id", "name"];

/**
 * A document of twenty entries nested up to five levels: objects, arrays (some with holes),
 * plugin-encoded values, dates, special numbers, strings that need escaping, repeated keys and values.
 * @param {() => number} next
 * @param {number} depth
 * @returns {unknown}
 */
function randomValue(next, depth) {
  const pick = next();
  if (depth > 0 && (depth > 4 || pick < 0.35)) {
    const which = Math.floor(next() * 12);
    const leaves = [
      Math.floor(next() * 1000),
      -Math.floor(next() * 100) / 7,
      WORDS[Math.floor(next() * WORDS.length)],
      true,
      false,
      null,
      undefined,
      0,
      -0,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      new Date(1_700_000_000_000 + Math.floor(next() * 1e9)),
    ];
    return leaves[which];
  }
  if (depth > 0 && pick < 0.6) {
    const length = Math.floor(next() * 5);
    /** @type {unknown[]} */
    const array = [];
    for (let i = 0; i < length; i++) array.push(randomValue(next, depth + 1));
    if (next() < 0.1) array[length + 1] = 1;
    return array;
  }
  if (depth > 0 && pick < 0.65) return new Money(Math.floor(next() * 10000), "EUR");
  /** @type {Record<string, unknown>} */
  const object = {};
  const size = depth === 0 ? 20 : Math.floor(next() * 6);
  for (let i = 0; i < size; i++) {
    object[(WORDS[Math.floor(next() * WORDS.length)] ?? "") + (next() < 0.5 ? "" : i)] = randomValue(
      next,
      depth + 1,
    );
  }
  return object;
}

const shared = { id: "c1", name: "Café" };

describe("the patched turbo-stream encoder", () => {
  it("writes primitives, every built-in type, plugins and shared references as before", async () => {
    const nullPrototype = Object.assign(Object.create(null), { a: 1, b: "deux" });
    const primitives = [
      1,
      -0,
      Number.NaN,
      Infinity,
      -Infinity,
      undefined,
      null,
      true,
      "s",
      12n,
      Symbol.for("k"),
    ];
    expect(await encoded(primitives)).toBe(
      '[[1,-4,-2,-6,-3,-7,-5,2,3,4,5],1,true,"s",["B","12"],["Y","k"]]\n',
    );
    const everyType = {
      // A hole is encoded differently from undefined.
      // eslint-disable-next-line no-sparse-arrays
      a: [1, , 3],
      b: { c: shared, d: shared, e: [shared] },
      f: new Date(0),
      g: new URL("https://shop.example/fr?q=1"),
      h: /ca(f|é)/giu,
      i: new Set(["x", "y"]),
      j: new Map([["k", { v: 1 }]]),
      k: new Set(),
      l: new Map(),
      m: nullPrototype,
      n: new Error("boom"),
      o: new TypeError("bad"),
      p: new Money(890, "EUR"),
      q: function named() {},
    };
    expect(await encoded(everyType)).toBe(
      '[{"_1":2,"_5":6,"_16":17,"_18":19,"_20":21,"_22":23,"_26":27,"_28":31,"_32":33,"_34":35,"_37":38,"_39":40,"_41":42,"_45":46},"a",[3,-1,4],1,3,"b",{"_7":8,"_13":8,"_14":15},"c",{"_9":10,"_11":12},"id","c1","name","Café","d","e",[8],"f",["D",0],"g",["U","https://shop.example/fr?q=1"],"h",["R","ca(f|é)","giu"],"i",["S",24,25],"x","y","j",["M",28,29],"k",{"_30":3},"v",["S"],"l",["M"],"m",["N",{"_1":3,"_5":36}],"deux","n",["E","boom"],"o",["E","bad","TypeError"],"p",["money",43,44],890,"EUR","q",["fn",47],"named"]\n',
    );
    expect(await encoded("just a string")).toBe('["just a string"]\n');
    expect(await encoded(42)).toBe("[42]\n");
    expect(await encoded({})).toBe("[{}]\n");
  });

  it("writes deferred values and their failures after the document, as before", async () => {
    const failed = Promise.reject(new Error("nope"));
    failed.catch(() => undefined);
    const value = { now: 1, later: Promise.resolve({ x: shared, y: [1, 2] }), failed };
    expect(await encoded(value)).toBe(
      '[{"_1":2,"_3":4,"_5":6},"now",1,"later",["P",4],"failed",["P",6]]\nP4:[{"_8":9,"_14":15},"x",{"_10":11,"_12":13},"id","c1","name","Café","y",[2,16],2]\nE6:[["E","nope"]]\n',
    );
  });

  it("writes generated documents byte for byte as the unpatched encoder did", async () => {
    /** @type {Record<string, string>} seed → first 16 hex digits of the text's SHA-256 and its length */
    const expected = {
      1: "fcce3e8968db457b:3751",
      2: "24cc5ee063fba9f1:2428",
      3: "a1ba1588a1e964f1:1785",
      4: "adde7a43e282b0cd:2205",
      5: "3ac3c3d5d7885cf0:922",
      6: "32fc3a77886e9eca:667",
      7: "ab35cbaa347bf619:3399",
      8: "b96715233d62185e:1636",
    };
    for (const [seed, digest] of Object.entries(expected)) {
      const text = await encoded(randomValue(sequence(Number(seed)), 0));
      const actual = `${createHash("sha256").update(text).digest("hex").slice(0, 16)}:${text.length}`;
      expect(actual, `seed ${seed}`).toBe(digest);
    }
  });

  it("still refuses what it cannot encode", async () => {
    await expect(encoded({ instance: new (class Custom {})() })).rejects.toThrow(
      "Cannot encode object with prototype",
    );
    await expect(
      encode(() => 1)
        .getReader()
        .read(),
    ).rejects.toThrow("Cannot encode function or unexpected type");
    await expect(encoded(Symbol("local"))).rejects.toThrow("Cannot encode symbol");
  });

  it("is read back by the decoder as what was written", async () => {
    const value = { page: { items: [shared, shared], total: 2, when: new Date(5) }, empty: [], flag: false };
    const { value: decoded } = await decode(encode(value));
    expect(decoded).toEqual(value);
  });

  it("keeps the whole text on the stream when nothing is deferred, and only then", async () => {
    const stream = encode({ product: shared, prices: [890, 1290] }, options);
    const { completeText } = stream;
    expect(completeText).toBe(await new Response(stream).text());
    expect(Object.keys(stream)).toEqual([]);
    expect(encode(null).completeText).toBe(await encoded(null));
    const deferred = encode({ now: 1, later: Promise.resolve(2) });
    expect(deferred.completeText).toBeUndefined();
    expect(await new Response(deferred).text()).toBe('[{"_1":2,"_3":4},"now",1,"later",["P",4]]\nP4:[2]\n');
  });
});

/**
 * A value as the catalog cache hands it out: frozen, marked as never changing.
 * @template {object} T
 * @param {T} value
 * @returns {Readonly<T>}
 */
function immutable(value) {
  Object.defineProperty(value, Symbol.for("turbo-stream.immutable"), { value: true });
  return Object.freeze(value);
}

/** A card list as a category page's cached value holds it. */
function cards() {
  return {
    items: [1, 2, 3].map((n) => ({
      id: `p${n}`,
      name: `Café ${n}`,
      price: { amount: 890 * n, currency: "EUR" },
    })),
    total: 3,
    empty: [],
    missing: null,
  };
}

describe("immutable values in the patched encoder", () => {
  it("are written as the unpatched encoder writes them, page after page, wherever they stand", async () => {
    const page = immutable(cards());
    for (const before of [{}, { locale: "fr" }, { locale: "fr", nav: ["a", "b"] }, {}, { locale: "fr" }]) {
      // The same content in fresh objects, never reused: what the encoder writes from scratch.
      const expected = await encoded({ ...before, page: cards() });
      expect(await encoded({ ...before, page })).toBe(expected);
    }
  });

  it("are read back as what was written, shared when the same value appears twice", async () => {
    const page = immutable(cards());
    for (let i = 0; i < 3; i++) {
      const { value } = await decode(encode({ page, again: page }, options));
      const decoded = /** @type {{ page: unknown, again: unknown }} */ (value);
      expect(decoded.page).toEqual(cards());
      expect(decoded.again).toBe(decoded.page);
    }
  });

  it("do not share their insides with the rest of the data once reused: equal copies instead", async () => {
    const page = immutable(cards());
    const first = page.items[0];
    const texts = [];
    for (let i = 0; i < 3; i++) {
      texts.push(await encoded({ page, first }));
      const { value } = await decode(encode({ page, first }, options));
      const decoded = /** @type {{ page: { items: unknown[] }, first: unknown }} */ (value);
      expect(decoded.first).toEqual(decoded.page.items[0]);
    }
    // The first time the value is encoded as usual (the card shared); from then on it is not.
    const fresh = cards();
    expect(texts[0]).toBe(await encoded({ page: fresh, first: fresh.items[0] }));
    expect(texts[2]?.length).toBeGreaterThan(texts[0]?.length ?? 0);
  });

  it("are encoded as usual when they hold a promise or something a plugin claims", async () => {
    const later = Promise.resolve({ x: 1 });
    const deferred = immutable({ now: 1, later });
    const claimed = immutable({ price: new Money(890, "EUR") });
    for (let i = 0; i < 3; i++) {
      expect(await encoded({ deferred })).toBe(await encoded({ deferred: { now: 1, later } }));
      expect(await encoded({ claimed })).toBe(await encoded({ claimed: { price: new Money(890, "EUR") } }));
    }
  });
});
