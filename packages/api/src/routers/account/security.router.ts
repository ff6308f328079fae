import { router } from "../../trpc";

/** Sessions, password and email changes of the logged-in customer. */
export const accountSecurityRouter = router({});
