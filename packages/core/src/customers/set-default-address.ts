import type { Db } from "@comptoir/db";
import { DomainError } from "../errors";
import { clearDefault, DEFAULT_FLAG, type AddressDefaultKind } from "./address-defaults";
import { addressSelect, lockCustomer } from "./queries";
import type { SavedAddress } from "./types";

/** Makes one of the customer's addresses their default for shipping or for billing. */
export function setDefaultAddress(
  db: Db,
  userId: string,
  input: { id: string; kind: AddressDefaultKind },
): Promise<SavedAddress> {
  return db.$transaction(async (tx) => {
    await lockCustomer(tx, userId);
    const address = await tx.address.findFirst({ where: { id: input.id, userId }, select: { id: true } });
    if (!address) throw new DomainError("NOT_FOUND", "address");
    await clearDefault(tx, userId, input.kind, address.id);
    return tx.address.update({
      where: { id: address.id },
      data: { [DEFAULT_FLAG[input.kind]]: true },
      select: addressSelect,
    });
  });
}
