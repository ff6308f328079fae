import { router } from "../../trpc";

/** Privacy rights: download my data, delete my account. */
export const accountPrivacyRouter = router({});
