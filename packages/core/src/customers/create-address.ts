import type { Db } from "@comptoir/db";
import { MAX_ADDRESSES } from "@comptoir/validators";
import { DomainError } from "../errors";
import { clearDefault, requestedDefaults } from "./address-defaults";
import { addressColumns, type SavedAddressInput } from "./address-fields";
import { addressSelect, lockCustomer } from "./queries";
import type { SavedAddress } from "./types";

/** Adds an address to the customer's book; at most MAX_ADDRESSES per account. */
export function createAddress(db: Db, userId: string, input: SavedAddressInput): Promise<SavedAddress> {
  return db.$transaction(async (tx) => {
    // Locked first, so that two additions at once cannot both see 19 addresses.
    await lockCustomer(tx, userId);
    if ((await tx.address.count({ where: { userId } })) >= MAX_ADDRESSES) {
      throw new DomainError("ADDRESS_LIMIT");
    }
    const defaults = requestedDefaults(input);
    for (const kind of defaults) await clearDefault(tx, userId, kind);
    return tx.address.create({
      data: {
        userId,
        ...addressColumns(input),
        isDefaultShipping: defaults.includes("shipping"),
        isDefaultBilling: defaults.includes("billing"),
      },
      select: addressSelect,
    });
  });
}
