import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

/** The auth package's environment, read once. */
export const authEnv = schema.parse(process.env);
