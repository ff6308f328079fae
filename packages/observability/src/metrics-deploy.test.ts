// The Grafana dashboards and Prometheus rules in deploy/ may only query metrics this package
// defines: a renamed or removed metric would leave an empty panel or an alert that never fires.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { metricNames } from "./index.js";

const deployDir = path.resolve(import.meta.dirname, "../../../deploy");
/** Series Prometheus adds itself, and a histogram's derived series. */
const PROMETHEUS_SERIES = new Set(["up"]);
const HISTOGRAM_SUFFIX = /_(bucket|sum|count)$/;

/** The metric names an expression reads: identifiers followed by a selector `{`, a range `[` or `)`. */
function metricsIn(expr: string): string[] {
  const withoutStrings = expr.replace(/"[^"]*"/g, '""');
  const names = new Set<string>();
  for (const match of withoutStrings.matchAll(/\b((?:comptoir|process|nodejs)_[a-z0-9_]+|up)\b/g)) {
    names.add(match[1]!);
  }
  return [...names];
}

function undefinedMetrics(exprs: string[]): string[] {
  const defined = new Set(metricNames());
  const missing = new Set<string>();
  for (const expr of exprs) {
    for (const name of metricsIn(expr)) {
      if (PROMETHEUS_SERIES.has(name) || defined.has(name) || defined.has(name.replace(HISTOGRAM_SUFFIX, "")))
        continue;
      missing.add(name);
    }
  }
  return [...missing];
}

interface Panel {
  title: string;
  targets?: { expr: string }[];
}

describe("deploy/grafana dashboards", () => {
  const files = readdirSync(path.join(deployDir, "grafana")).filter((file) => file.endsWith(".json"));

  it("are the HTTP, commerce and jobs dashboards", () => {
    expect(files.sort()).toEqual(["comptoir-commerce.json", "comptoir-http.json", "comptoir-jobs.json"]);
  });

  it.each(files)("%s is importable JSON whose queries only use defined metrics", (file) => {
    const dashboard = JSON.parse(readFileSync(path.join(deployDir, "grafana", file), "utf8")) as {
      uid: string;
      title: string;
      panels: Panel[];
      templating: { list: { query: { query: string } }[] };
    };
    expect(dashboard.uid).toMatch(/^comptoir-/);
    expect(dashboard.panels.length).toBeGreaterThan(3);
    const exprs = dashboard.panels.flatMap((panel) => (panel.targets ?? []).map((target) => target.expr));
    expect(exprs.length).toBeGreaterThanOrEqual(dashboard.panels.length);
    for (const expr of exprs) expect(metricsIn(expr).length, expr).toBeGreaterThan(0);
    const variables = dashboard.templating.list.map((variable) => variable.query.query);
    expect(undefinedMetrics([...exprs, ...variables])).toEqual([]);
  });
});

describe("deploy/prometheus", () => {
  it("alerts.yml parses and its rules only use defined metrics", () => {
    const rules = parse(readFileSync(path.join(deployDir, "prometheus", "alerts.yml"), "utf8")) as {
      groups: { name: string; rules: { alert: string; expr: string; labels: { severity: string } }[] }[];
    };
    const all = rules.groups.flatMap((group) => group.rules);
    expect(all.map((rule) => rule.alert)).toEqual(
      expect.arrayContaining([
        "ComptoirHighErrorRate",
        "ComptoirHighLatency",
        "ComptoirFailedPayments",
        "ComptoirJobBacklog",
      ]),
    );
    for (const rule of all) {
      expect(metricsIn(rule.expr).length, rule.alert).toBeGreaterThan(0);
      expect(["warning", "critical"]).toContain(rule.labels.severity);
    }
    expect(undefinedMetrics(all.map((rule) => rule.expr))).toEqual([]);
  });

  it("the example scrape configuration loads the rules and scrapes the three processes", () => {
    const config = parse(
      readFileSync(path.join(deployDir, "prometheus", "prometheus.example.yml"), "utf8"),
    ) as {
      rule_files: string[];
      scrape_configs: { job_name: string; metrics_path: string }[];
    };
    expect(config.rule_files).toContain("alerts.yml");
    expect(config.scrape_configs.map((scrape) => scrape.job_name)).toEqual([
      "comptoir-storefront",
      "comptoir-admin",
      "comptoir-worker",
    ]);
    expect(config.scrape_configs.every((scrape) => scrape.metrics_path === "/metrics")).toBe(true);
  });

  it("would catch a query on a metric that does not exist", () => {
    expect(
      undefinedMetrics(["rate(comptoir_orders_refunded_total[5m])", "comptoir_orders_paid_total"]),
    ).toEqual(["comptoir_orders_refunded_total"]);
  });
});
