import { router } from "../../trpc";

/** The customer's name and preferred language. */
export const accountProfileRouter = router({});
