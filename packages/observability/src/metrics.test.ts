import { describe, expect, it } from "vitest";
import {
  getMetrics,
  metricNames,
  recordHttpRequest,
  recordTrpcCall,
  renderMetrics,
  setDbPoolSource,
  setPageReadSource,
  setQueueDepthSource,
} from "./index.js";

describe("metrics", () => {
  it("keeps one registry per process, shared through globalThis", () => {
    const first = getMetrics();
    expect(getMetrics()).toBe(first);
    expect((globalThis as { __comptoirMetrics?: unknown }).__comptoirMetrics).toBe(first);
  });

  it("renders the Prometheus text format with the process metrics", async () => {
    const { contentType, body } = await renderMetrics();
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(body).toContain("# TYPE comptoir_http_requests_total counter");
    expect(body).toContain("process_cpu_user_seconds_total");
    expect(metricNames()).toEqual(
      expect.arrayContaining(["comptoir_orders_paid_total", "nodejs_heap_size_used_bytes"]),
    );
  });

  it("counts HTTP requests and their duration by route template and status", async () => {
    recordHttpRequest({ method: "GET", route: "/:lang/products/:slug", status: 200, durationSeconds: 0.02 });
    const { body } = await renderMetrics();
    expect(body).toContain(
      'comptoir_http_requests_total{method="GET",route="/:lang/products/:slug",status="200"} 1',
    );
    expect(body).toContain(
      'comptoir_http_request_duration_seconds_bucket{le="0.025",method="GET",route="/:lang/products/:slug",status="200"} 1',
    );
  });

  it("records tRPC durations, and errors by code", async () => {
    recordTrpcCall({ path: "catalog.list", type: "query", durationSeconds: 0.01 });
    recordTrpcCall({ path: "checkout.start", type: "mutation", durationSeconds: 0.2, errorCode: "CONFLICT" });
    const { body } = await renderMetrics();
    expect(body).toContain(
      'comptoir_trpc_procedure_duration_seconds_count{path="catalog.list",type="query",outcome="ok"} 1',
    );
    expect(body).toContain(
      'comptoir_trpc_procedure_duration_seconds_count{path="checkout.start",type="mutation",outcome="error"} 1',
    );
    expect(body).toContain('comptoir_trpc_procedure_errors_total{path="checkout.start",code="CONFLICT"} 1');
  });

  it("reads the pool, page read and queue gauges at scrape time, and survives a failing queue source", async () => {
    setDbPoolSource(() => ({ total: 5, idle: 3, waiting: 1 }));
    setPageReadSource(() => ({ active: 4, waiting: 17 }));
    setQueueDepthSource(async () => ({ "email.send": 4 }));
    let { body } = await renderMetrics();
    expect(body).toContain('comptoir_db_pool_connections{state="total"} 5');
    expect(body).toContain('comptoir_db_pool_connections{state="waiting"} 1');
    expect(body).toContain('comptoir_job_queue_depth{queue="email.send"} 4');
    expect(body).toContain('comptoir_page_reads{state="active"} 4');
    expect(body).toContain('comptoir_page_reads{state="waiting"} 17');
    setQueueDepthSource(() => Promise.reject(new Error("database down")));
    ({ body } = await renderMetrics());
    expect(body).not.toContain('comptoir_job_queue_depth{queue="email.send"}');
    expect(body).toContain("comptoir_http_requests_total");
  });
});
