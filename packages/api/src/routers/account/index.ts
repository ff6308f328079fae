// The logged-in customer's own account. Every procedure here runs as customerProcedure and only
// ever touches rows of ctx.user.id: another customer's id answers NOT_FOUND.
import { router } from "../../trpc";
import { accountAddressesRouter } from "./addresses.router";
import { accountOrdersRouter } from "./orders.router";
import { accountPrivacyRouter } from "./privacy.router";
import { accountProfileRouter } from "./profile.router";
import { accountSecurityRouter } from "./security.router";

export const accountRouter = router({
  profile: accountProfileRouter,
  addresses: accountAddressesRouter,
  orders: accountOrdersRouter,
  security: accountSecurityRouter,
  privacy: accountPrivacyRouter,
});
