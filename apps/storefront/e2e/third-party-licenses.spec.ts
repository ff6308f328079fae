// The licences of the libraries bundled into the browser's scripts: gathered once in a file the
// shop serves, instead of repeated in each script that every page downloads.
import { expect, test } from "./fixtures";

test("the bundled libraries' licences are served in one file, and the page's scripts carry none", async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response.url());
  });
  await page.goto("/fr", { waitUntil: "networkidle" });
  expect(scripts.length).toBeGreaterThan(5);
  for (const url of scripts) {
    const body = await (await page.request.get(url)).text();
    expect(body, url).not.toContain("@license");
    expect(body, url).not.toContain("Copyright (c)");
  }

  const notices = await page.request.get("/third-party-licenses.txt");
  expect(notices.status()).toBe(200);
  expect(notices.headers()["content-type"]).toContain("text/plain");
  const text = await notices.text();
  for (const name of ["react", "react-dom", "@remix-run/react", "@remix-run/router", "i18next"]) {
    expect(text).toContain(`Name: ${name}\n`);
  }
  expect(text).toContain("License: MIT");
  expect(text).toContain("Permission is hereby granted, free of charge");
});
