// @vitest-environment node
// The translation hook of server renders (@comptoir/i18n/react): the texts react-i18next's hook
// gives, without its per-render state, and the same result object for every render.
import { createI18n, resources, shareFixedTs } from "@comptoir/i18n";
import { useTranslation } from "@comptoir/i18n/react";
import { renderToString } from "react-dom/server";
// eslint-disable-next-line no-restricted-imports -- the test compares the two hooks
import { I18nextProvider, useTranslation as useI18nextTranslation } from "react-i18next";
import { describe, expect, it } from "vitest";

const seen: unknown[] = [];

function SearchButton() {
  const translation = useTranslation("storefront");
  seen.push(translation);
  return <button type="submit">{translation.t("search.submit")}</button>;
}

function SearchTitle() {
  const { t, i18n, ready } = useTranslation("storefront", { keyPrefix: "search" });
  return (
    <h1 lang={i18n.language} data-ready={ready}>
      {t("titleFor", { query: "café" })}
    </h1>
  );
}

function page(instance: ReturnType<typeof createI18n>) {
  return renderToString(
    <I18nextProvider i18n={instance}>
      <SearchTitle />
      <SearchButton />
    </I18nextProvider>,
  );
}

describe("useTranslation in a server render", () => {
  it("is the server's own hook in the server's build", () => {
    expect(useTranslation).not.toBe(useI18nextTranslation);
  });

  it("translates in the instance's language, with namespaces and key prefixes", () => {
    expect(page(shareFixedTs(createI18n("fr", resources)))).toBe(
      '<h1 lang="fr" data-ready="true">Recherche : café</h1><button type="submit">Rechercher</button>',
    );
    expect(page(shareFixedTs(createI18n("en", resources)))).toContain(">Search</button>");
  });

  it("hands out the same result to every render from the same instance", () => {
    const instance = shareFixedTs(createI18n("fr", resources));
    seen.length = 0;
    page(instance);
    page(instance);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBe(seen[0]);
    const [t, i18n, ready] = seen[0] as [unknown, unknown, boolean];
    expect([i18n, ready]).toEqual([instance, true]);
    expect(t).toBe(instance.getFixedT(null, "storefront"));
  });
});
