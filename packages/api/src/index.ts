export { appRouter, createCaller, type AppRouter, type Caller } from "./root";
export { createContext, clientAddressOf, type Context, type CreateContextOptions } from "./context";
export { createRequestCaller, type RequestCaller } from "./server-caller";
export { assertServerConfiguration } from "./server-config";
export { hasSessionCookie } from "./session-cookie";
export { domainCodeOf, isNotFoundError, fieldErrorsFromError, type FieldErrors } from "./errors";
export type { Audience, SessionUser } from "@comptoir/auth";
export type * from "@comptoir/core";
export type { AccountEmailSender, AccountEmailJob } from "./account-emails";
