import { router } from "../../trpc";

/** The customer's address book. */
export const accountAddressesRouter = router({});
