// In the browser's build, components translate with react-i18next's own hook (@comptoir/i18n/react):
// its state and effects re-render them when the language or the texts change.
import { useTranslation } from "@comptoir/i18n/react";
// eslint-disable-next-line no-restricted-imports -- the test compares the two hooks
import { useTranslation as useI18nextTranslation } from "react-i18next";
import { expect, it } from "vitest";

it("is react-i18next's hook in the browser's build", () => {
  expect(useTranslation).toBe(useI18nextTranslation);
});
