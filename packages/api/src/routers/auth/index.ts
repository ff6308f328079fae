// Logging in and out, signing up, and the emailed one-time links. The rules live in @comptoir/auth;
// these procedures add the rate limits, the session cookie and the guest cart.
import { router } from "../../trpc";
import { linkProcedures } from "./links.procedures";
import { sessionProcedures } from "./session.procedures";
import { signUpProcedures } from "./sign-up.procedures";
import { staffInvitationProcedures } from "./staff-invitation.procedures";
import { twoFactorProcedures } from "./two-factor.procedures";

export const authRouter = router({
  ...sessionProcedures,
  ...signUpProcedures,
  ...linkProcedures,
  ...twoFactorProcedures,
  ...staffInvitationProcedures,
});
