import type { Db } from "@comptoir/db";
import { DomainError } from "../errors";
import { lockCustomer } from "./queries";

/**
 * Removes one of the customer's addresses. Deleting a default leaves the customer without that
 * default: no other address is promoted, since guessing which one they would want is worse than
 * letting them choose.
 */
export function deleteAddress(db: Db, userId: string, addressId: string): Promise<void> {
  return db.$transaction(async (tx) => {
    // Waits for a default being set on this very address, which would otherwise find it gone.
    await lockCustomer(tx, userId);
    const deleted = await tx.address.deleteMany({ where: { id: addressId, userId } });
    if (deleted.count === 0) throw new DomainError("NOT_FOUND", "address");
  });
}
