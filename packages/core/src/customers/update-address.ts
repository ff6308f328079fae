import type { Db } from "@comptoir/db";
import { DomainError } from "../errors";
import { clearDefault, requestedDefaults } from "./address-defaults";
import { addressColumns, type SavedAddressInput } from "./address-fields";
import { addressSelect, lockCustomer } from "./queries";
import type { SavedAddress } from "./types";

/**
 * Rewrites one of the customer's addresses. A default flag left out keeps the address's current
 * role; true makes it the default (the previous one stops being it); false stops it being the
 * default, leaving none.
 */
export function updateAddress(
  db: Db,
  userId: string,
  input: SavedAddressInput & { id: string },
): Promise<SavedAddress> {
  return db.$transaction(async (tx) => {
    await lockCustomer(tx, userId);
    const address = await tx.address.findFirst({ where: { id: input.id, userId }, select: { id: true } });
    if (!address) throw new DomainError("NOT_FOUND", "address");
    for (const kind of requestedDefaults(input)) await clearDefault(tx, userId, kind, address.id);
    return tx.address.update({
      where: { id: address.id },
      data: {
        ...addressColumns(input),
        ...(input.defaultShipping === undefined ? {} : { isDefaultShipping: input.defaultShipping }),
        ...(input.defaultBilling === undefined ? {} : { isDefaultBilling: input.defaultBilling }),
      },
      select: addressSelect,
    });
  });
}
