import { z } from "zod";

const schema = z.object({
  STOREFRONT_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  ADMIN_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
});

export type DevEnv = z.infer<typeof schema>;

/** The launcher's own settings (the database's are read by @comptoir/db). */
export function readDevEnv(): DevEnv {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(
      `Invalid configuration — ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`,
    );
  }
  return parsed.data;
}
