import type { z } from "zod";

/** The processes that check their configuration before starting. */
export type Role = "storefront" | "admin" | "worker";

export interface ConfigVariable {
  name: string;
  /** Heading under which docs and .env.example list it. */
  group: string;
  /** The processes checkConfiguration() validates it for. */
  roles: Role[];
  /** Who reads it, for the docs (tools and tests included). */
  usedBy: string;
  /** What happens when it is unset, for the docs. */
  default: string;
  /** A secret's value is never printed. */
  secret: boolean;
  /** Parses the raw value (undefined when unset). */
  schema: z.ZodType;
  /** Production refuses to start without it ("required") or with it ("forbidden"). */
  production?: "required" | "forbidden";
  /** Production's minimum length of a secret (of each, for a comma-separated list). */
  minLength?: number;
  description: string;
}

export interface ValidConfiguration {
  ok: true;
  role: Role;
  production: boolean;
  /** Parsed values of the role's variables, defaults applied. */
  values: Record<string, unknown>;
}

export interface InvalidConfiguration {
  ok: false;
  role: Role;
  /** One line per problem, naming the variable, never quoting a secret. */
  problems: string[];
}

/** Every environment variable Comptoir reads. */
export const catalogue: readonly ConfigVariable[];
export function variableNamed(name: string): ConfigVariable;

/** Validates the variables `role` reads; in production, applies the production rules too. */
export function checkConfiguration(
  role: Role,
  env?: Record<string, string | undefined>,
): ValidConfiguration | InvalidConfiguration;

/** Returns the configuration, or prints one line per problem on stderr and exits with code 1. */
export function exitOnConfigurationProblems(
  role: Role,
  env?: Record<string, string | undefined>,
): ValidConfiguration;

export const DEVELOPMENT_COOKIE_SECRET: string;
export const DEVELOPMENT_WEBHOOK_SECRET: string;
export const DEVELOPMENT_TOTP_ENCRYPTION_KEY: string;
export const DEMO_STAFF_PASSWORD: string;
export const KNOWN_DEVELOPMENT_SECRETS: readonly string[];
export function isKnownDevelopmentSecret(value: string): boolean;

/** Runtime settings (read by glibc and V8, not by our code) for the app servers' processes. */
export const SERVER_PROCESS_ENV: Readonly<Record<string, string>>;
/** V8's flags for the app servers, given through NODE_OPTIONS. */
export const SERVER_NODE_OPTIONS: string;
/**
 * The environment to start an app server with: SERVER_PROCESS_ENV unless env sets them itself;
 * env's NODE_OPTIONS are kept, SERVER_NODE_OPTIONS added unless they set the young generation's size.
 */
export function withServerProcessEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
