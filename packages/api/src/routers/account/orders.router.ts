import { router } from "../../trpc";

/** The customer's order history. */
export const accountOrdersRouter = router({});
