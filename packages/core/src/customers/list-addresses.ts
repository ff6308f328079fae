import type { DbOrTx } from "../transaction";
import { addressOrder, addressSelect } from "./queries";
import type { SavedAddress } from "./types";

/** The customer's address book, defaults first. */
export function listAddresses(db: DbOrTx, userId: string): Promise<SavedAddress[]> {
  return db.address.findMany({ where: { userId }, orderBy: addressOrder, select: addressSelect });
}
