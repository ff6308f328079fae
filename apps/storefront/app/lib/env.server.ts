// The storefront's own settings, validated once (the database's are read by @comptoir/db).
import { DEVELOPMENT_COOKIE_SECRET } from "@comptoir/env";
import { z } from "zod";

/**
 * Signs the cart cookie in development and tests only, so that `pnpm dev` needs no setup. Public
 * (it is in the source): production refuses it. Defined with the other development values in
 * @comptoir/env, whose start-up check refuses them all.
 */
export { DEVELOPMENT_COOKIE_SECRET };

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /**
     * The shop's public address (https://shop.example), for canonical URLs, sitemaps and social
     * cards. Without it, the address of each request is used, which is right unless a proxy rewrites it.
     */
    PUBLIC_URL: z.url().optional(),
    /** The currency of price filters typed in major units (€12 -> 1200). */
    STORE_CURRENCY: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .default("EUR"),
    /**
     * Signs the cart cookie, so that a shopper cannot point it at someone else's cart. At least 32
     * random characters in production (`openssl rand -base64 48`); several, comma-separated, rotate
     * it: the first signs, all verify.
     */
    COOKIE_SECRET: z.string().trim().optional(),
  })
  .transform((env, context) => {
    const secrets = (env.COOKIE_SECRET ?? "")
      .split(",")
      .map((secret) => secret.trim())
      .filter(Boolean);
    if (env.NODE_ENV === "production") {
      if (secrets.length === 0) {
        context.addIssue({ code: "custom", path: ["COOKIE_SECRET"], message: "is required in production" });
      } else if (secrets.some((secret) => secret.length < 32 || secret === DEVELOPMENT_COOKIE_SECRET)) {
        context.addIssue({
          code: "custom",
          path: ["COOKIE_SECRET"],
          message: "must be at least 32 random characters in production, not the development default",
        });
      }
    }
    const { COOKIE_SECRET: _raw, ...rest } = env;
    return { ...rest, cookieSecrets: secrets.length > 0 ? secrets : [DEVELOPMENT_COOKIE_SECRET] };
  });

export type StorefrontEnv = z.output<typeof schema>;

/** Reads and checks the settings; throws one line naming each bad variable. */
export function readStorefrontEnv(source: NodeJS.ProcessEnv): StorefrontEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    throw new Error(`Invalid storefront configuration — ${problems.join("; ")}`);
  }
  return parsed.data;
}

// Read when the server loads its build, so a production server without a proper secret never starts.
export const storefrontEnv = readStorefrontEnv(process.env);
