// The rate-limit package's environment, validated once. Nothing else in this package reads process.env.
import { z } from "zod";

const schema = z.object({
  /**
   * Redis holding the counters (redis://[:password@]host:6379[/db], or rediss:// for TLS), so that
   * every app process behind a load balancer counts against the same limits. When unset, each
   * process counts in its own memory: right for one process, development and tests.
   */
  REDIS_URL: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.url({ protocol: /^rediss?$/, error: "REDIS_URL must be a redis:// or rediss:// URL" }).optional(),
  ),
});

export type RateLimitEnv = z.infer<typeof schema>;

export function readRateLimitEnv(source: NodeJS.ProcessEnv = process.env): RateLimitEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid rate-limit configuration — ${problems.join("; ")}`);
  }
  return parsed.data;
}

export const rateLimitEnv = readRateLimitEnv();
