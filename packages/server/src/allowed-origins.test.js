import { describe, expect, it } from "vitest";
import { allowedOriginsFromEnv, parseAllowedOrigins } from "./allowed-origins.js";

describe("ALLOWED_ORIGINS", () => {
  it("is empty when unset or blank", () => {
    expect([...allowedOriginsFromEnv({})]).toEqual([]);
    expect([...parseAllowedOrigins(" , ")]).toEqual([]);
  });

  it("lists origins separated by commas, normalized as browsers send them", () => {
    expect([
      ...allowedOriginsFromEnv({
        ALLOWED_ORIGINS:
          "https://Shop.Example, https://www.shop.example/,http://localhost:8080,https://a.example:443",
      }),
    ]).toEqual([
      "https://shop.example",
      "https://www.shop.example",
      "http://localhost:8080",
      "https://a.example",
    ]);
  });

  it("stops on an entry that is not an origin, in one line naming it", () => {
    for (const entry of [
      "shop.example",
      "https://shop.example/fr",
      "https://shop.example?x=1",
      "ftp://shop.example",
      "*",
    ]) {
      expect(() => parseAllowedOrigins(`https://ok.example,${entry}`), entry).toThrow(
        `ALLOWED_ORIGINS must list origins such as https://shop.example, separated by commas: "${entry}" is not one.`,
      );
    }
  });
});
