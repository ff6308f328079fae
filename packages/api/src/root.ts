import { accountRouter } from "./routers/account";
import { adminRouter } from "./routers/admin";
import { authRouter } from "./routers/auth";
import { cartRouter } from "./routers/cart.router";
import { catalogRouter } from "./routers/catalog.router";
import { checkoutRouter } from "./routers/checkout.router";
import { mediaRouter } from "./routers/media.router";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  account: accountRouter,
  catalog: catalogRouter,
  cart: cartRouter,
  checkout: checkoutRouter,
  media: mediaRouter,
  admin: adminRouter,
});

/** The router's type: the only thing the client package imports (as a type). */
export type AppRouter = typeof appRouter;

/** Calls procedures in-process, with the same validation and permission checks as over HTTP. */
export const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;
