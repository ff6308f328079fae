// The server's version of the inputs where a password is chosen: the shared schemas' length rules,
// plus the check against common and easily guessed passwords. That check loads zxcvbn-ts and its
// dictionaries, which must never reach a browser bundle, so it lives here and not in validators.
// Its failure is a field error on the password, like the length rules: "validation.password_common".
import { isGuessablePassword } from "@comptoir/auth";
import {
  changePasswordInput,
  msg,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  resetPasswordInput,
  signUpInput,
} from "@comptoir/validators";
import type { z } from "zod";

async function refuseGuessable(
  password: string,
  context: (string | null | undefined)[],
  ctx: z.RefinementCtx,
  field: string,
): Promise<void> {
  // One message at a time: a password of the wrong length already has its error.
  if (typeof password !== "string" || password.length < PASSWORD_MIN_LENGTH) return;
  if (password.length > PASSWORD_MAX_LENGTH) return;
  if (await isGuessablePassword(password, context)) {
    ctx.addIssue({ code: "custom", path: [field], message: msg.passwordCommon, input: password });
  }
}

export const signUpServerInput = signUpInput.superRefine((input, ctx) =>
  // The person's own address and name are the first things an attacker tries.
  refuseGuessable(input.password, [input.email, input.name], ctx, "password"),
);

export const resetPasswordServerInput = resetPasswordInput.superRefine((input, ctx) =>
  refuseGuessable(input.password, [], ctx, "password"),
);

export const changePasswordServerInput = changePasswordInput.superRefine((input, ctx) =>
  refuseGuessable(input.newPassword, [], ctx, "newPassword"),
);
