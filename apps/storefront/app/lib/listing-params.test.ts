import { describe, expect, it } from "vitest";
import { hasFilters, listingQuery, parseListingParams } from "./listing-params";

const parse = (query: string) => parseListingParams(new URLSearchParams(query), 2);

describe("parseListingParams", () => {
  it("reads a full listing state, prices in major units", () => {
    expect(parse("page=3&sort=price-desc&min=9,90&max=30&dispo=1&f=poids:250-g&f=mouture:moulu")).toEqual({
      page: 3,
      sort: "price-desc",
      minPrice: 990,
      maxPrice: 3000,
      available: true,
      facets: ["mouture:moulu", "poids:250-g"],
    });
  });

  it("ignores what it cannot read instead of failing", () => {
    expect(parse("page=-2&sort=random&min=abc&max=-5&dispo=yes&f=DROP%20TABLE&f=poids")).toEqual({
      page: 1,
      sort: "position",
      minPrice: undefined,
      maxPrice: undefined,
      available: false,
      facets: [],
    });
  });

  it("swaps reversed price bounds and removes repeated facets", () => {
    expect(parse("min=50&max=10&f=a:b&f=a:b")).toMatchObject({
      minPrice: 1000,
      maxPrice: 5000,
      facets: ["a:b"],
    });
  });
});

describe("listingQuery", () => {
  it("writes back only what differs from the defaults", () => {
    expect(listingQuery(parse(""), 2)).toEqual({ f: [] });
    expect(listingQuery(parse("page=2&min=9.9&f=poids:1-kg"), 2)).toMatchObject({
      page: 2,
      min: "9.9",
      f: ["poids:1-kg"],
    });
  });

  it("tells filters from sorting and paging", () => {
    expect(hasFilters(parse("sort=name&page=4"))).toBe(false);
    expect(hasFilters(parse("dispo=1"))).toBe(true);
  });
});
