// One default shipping and one default billing address per customer. Partial unique indexes
// enforce it (migration accounts_audit), so taking a default means clearing the previous one first,
// in the same transaction, with the customer's row locked (see lockCustomer): two requests setting
// different defaults at once then run one after the other instead of tripping the index.
import type { Prisma } from "@comptoir/db";
import type { AddressDefaultKind } from "@comptoir/validators";
import type { Tx } from "../transaction";

export type { AddressDefaultKind };

export const DEFAULT_FLAG = {
  shipping: "isDefaultShipping",
  billing: "isDefaultBilling",
} as const satisfies Record<AddressDefaultKind, keyof Prisma.AddressWhereInput>;

/** Clears the customer's current `kind` default, unless it is `keepId`. */
export async function clearDefault(
  tx: Tx,
  userId: string,
  kind: AddressDefaultKind,
  keepId?: string,
): Promise<void> {
  const flag = DEFAULT_FLAG[kind];
  await tx.address.updateMany({
    where: { userId, [flag]: true, ...(keepId ? { id: { not: keepId } } : {}) },
    data: { [flag]: false },
  });
}

/** The kinds an address asks to become the default for. */
export function requestedDefaults(flags: {
  defaultShipping?: boolean;
  defaultBilling?: boolean;
}): AddressDefaultKind[] {
  return [
    ...(flags.defaultShipping ? (["shipping"] as const) : []),
    ...(flags.defaultBilling ? (["billing"] as const) : []),
  ];
}
