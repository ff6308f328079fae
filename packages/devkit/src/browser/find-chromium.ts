// Finds a Chromium for Playwright without downloading anything: CHROMIUM_PATH, a system browser,
// or a browser Playwright downloaded earlier.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

export function findChromium(): string | null {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return existsSync(configured) ? configured : null;
  const system = SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (system) return system;
  try {
    const downloaded = chromium.executablePath();
    return downloaded && existsSync(downloaded) ? downloaded : null;
  } catch {
    return null;
  }
}

/**
 * Launch options for Playwright. The flags keep a headless Chromium quiet on machines without a
 * sandbox, a GPU or an internet connection (no background requests to Google's services).
 */
export function chromiumLaunchOptions() {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      "No Chromium found. Run `pnpm browser:ensure`, or set CHROMIUM_PATH to a Chromium or Chrome binary.",
    );
  }
  return {
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  };
}
