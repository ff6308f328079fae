import { createI18n, resources } from "@comptoir/i18n";
import { render, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup } from "@testing-library/react";
import { ErrorPage } from "./error-page";
import { LanguageLinks } from "./language-links";
import { Price } from "./price";
import { StockBadge } from "./stock-badge";

afterEach(cleanup);

function inLocale(locale: "fr" | "en", node: ReactNode) {
  return render(<I18nextProvider i18n={createI18n(locale, resources)}>{node}</I18nextProvider>);
}

describe("Price", () => {
  it("formats per locale and shows the price before discount", () => {
    inLocale(
      "en",
      <Price price={{ amount: 1290, currency: "EUR" }} compareAt={{ amount: 1590, currency: "EUR" }} from />,
    );
    expect(screen.getByText("From €12.90")).toBeTruthy();
    expect(screen.getByLabelText("Price before discount: €15.90").textContent).toBe("€15.90");
  });

  it("uses French separators in French", () => {
    const { container } = inLocale("fr", <Price price={{ amount: 1290, currency: "EUR" }} />);
    expect(container.textContent?.replace(/\s/g, " ")).toBe("12,90 €");
  });
});

describe("LanguageLinks", () => {
  it("marks the current language and links the others to the equivalent page", () => {
    inLocale(
      "fr",
      <LanguageLinks current="fr" alternates={{ fr: "/fr/produit/cafe", en: "/en/product/coffee" }} />,
    );
    expect(screen.getByText("Français").getAttribute("aria-current")).toBe("true");
    const english = screen.getByRole("link", { name: "English" });
    expect(english.getAttribute("href")).toBe("/en/product/coffee");
    expect(english.getAttribute("hreflang")).toBe("en");
  });

  it("falls back to the other language's home page", () => {
    inLocale("en", <LanguageLinks current="en" alternates={{}} />);
    expect(screen.getByRole("link", { name: "Français" }).getAttribute("href")).toBe("/fr");
  });
});

describe("StockBadge", () => {
  it("says sold out, only N left, or in stock", () => {
    inLocale("fr", <StockBadge stock={0} />);
    inLocale("fr", <StockBadge stock={2} />);
    inLocale("fr", <StockBadge stock={40} />);
    expect(screen.getByText("Épuisé")).toBeTruthy();
    expect(screen.getByText("Plus que 2 en stock")).toBeTruthy();
    expect(screen.getByText("En stock")).toBeTruthy();
  });
});

describe("ErrorPage", () => {
  it("shows a title, a message and an action, nothing technical", () => {
    inLocale(
      "en",
      <ErrorPage
        status={404}
        statusLabel="Error 404"
        title="Page not found"
        message="Gone."
        action={<a href="/en">Home</a>}
      />,
    );
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Page not found");
    expect(screen.getByRole("link", { name: "Home" })).toBeTruthy();
  });
});
