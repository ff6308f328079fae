import type { Locale } from "@comptoir/db";
import { DomainError } from "../errors";
import type { DbOrTx } from "../transaction";
import { getProfile } from "./get-profile";
import type { CustomerProfile } from "./types";

export interface ProfileChanges {
  /** Null clears it. */
  name: string | null;
  /** The language of the customer's emails and of the storefront once they log in. */
  locale: Locale;
}

export async function updateProfile(
  db: DbOrTx,
  userId: string,
  changes: ProfileChanges,
): Promise<CustomerProfile> {
  const updated = await db.user.updateMany({
    where: { id: userId },
    data: { name: changes.name, locale: changes.locale },
  });
  if (updated.count === 0) throw new DomainError("NOT_FOUND", "customer");
  return getProfile(db, userId);
}
