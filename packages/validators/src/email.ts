import { z } from "zod";
import { msg } from "./messages";

/** An email address, trimmed and lower-cased: the form in which it is stored and compared. */
export const emailSchema = z
  .string({ error: msg.required })
  .trim()
  .min(1, { error: msg.required })
  .max(254, { error: msg.tooLong })
  .toLowerCase()
  .pipe(z.email({ error: msg.email }));
