import { z } from "zod";
import { emailSchema } from "./email";
import { msg } from "./messages";

export const passwordLoginInput = z.object({
  email: emailSchema,
  // No length rule at login: the rules apply when a password is chosen, not when it is typed.
  password: z
    .string({ error: msg.required })
    .min(1, { error: msg.required })
    .max(1024, { error: msg.tooLong }),
});
export type PasswordLoginInput = z.infer<typeof passwordLoginInput>;
