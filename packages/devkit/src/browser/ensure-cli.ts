// `pnpm browser:ensure` (run before the end-to-end tests): makes sure a Chromium exists, trying, in
// order, what is already there, Playwright's own download, then Debian's package when root.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { findChromium } from "./find-chromium";

function tryPlaywrightDownload(): boolean {
  const cli = createRequire(import.meta.url).resolve("@playwright/test/cli");
  console.log("No Chromium found; trying Playwright's download…");
  // Quiet on purpose: offline, Playwright retries and prints a stack trace per attempt.
  const result = spawnSync(process.execPath, [cli, "install", "chromium"], { encoding: "utf8" });
  if (result.status === 0 && findChromium() !== null) return true;
  console.log("Playwright could not download Chromium (no access to its CDN).");
  return false;
}

function tryApt(): boolean {
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  if (!isRoot || !hasApt) return false;
  console.log("Installing Debian's chromium package with apt-get…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env }).status === 0;
  return (
    update &&
    spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env }).status === 0 &&
    findChromium() !== null
  );
}

const found = findChromium();
if (found) {
  console.log(`Chromium: ${found}`);
} else if (tryPlaywrightDownload() || tryApt()) {
  console.log(`Chromium installed: ${findChromium()}`);
} else {
  console.error(
    "✖ No Chromium could be found or installed. Install Chromium or Google Chrome and set CHROMIUM_PATH to its binary.",
  );
  process.exit(1);
}
