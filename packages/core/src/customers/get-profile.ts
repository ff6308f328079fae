import { DomainError } from "../errors";
import type { DbOrTx } from "../transaction";
import type { CustomerProfile } from "./types";

export async function getProfile(db: DbOrTx, userId: string): Promise<CustomerProfile> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      emailVerifiedAt: true,
      // Read only to answer whether there is one; the hash goes no further than this function.
      passwordHash: true,
      createdAt: true,
    },
  });
  if (!user) throw new DomainError("NOT_FOUND", "customer");
  const { passwordHash, ...profile } = user;
  return { ...profile, hasPassword: passwordHash !== null };
}
