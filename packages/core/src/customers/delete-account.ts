// "Delete my account". The account and everything personal attached to it goes; the orders stay,
// because the shop must keep its sales records (invoices, taxes, refunds) for years, but nothing in
// them points to the person any more.
import type { Db, Locale, Role } from "@comptoir/db";
import { DomainError } from "../errors";
import type { Tx } from "../transaction";

/** How recent a login must be for an account without a password to be deleted (a fresh magic link). */
export const RECENT_LOGIN_MS = 15 * 60_000;

/**
 * What anonymized orders and discount redemptions say instead of the customer's address. The
 * .invalid top-level domain is reserved (RFC 2606): nothing can ever be delivered to it, so an email
 * about a late event on such an order goes nowhere.
 */
export const ANONYMIZED_EMAIL = "deleted-account@anonymized.invalid";

export interface DeleteAccountInput {
  userId: string;
  /** The session the request came with: for accounts without a password, its age proves a recent login. */
  sessionId: string;
  /** Required when the account has a password. */
  password?: string;
  now?: Date;
}

export interface DeletedAccount {
  id: string;
  email: string;
  locale: Locale;
  role: Role;
}

export interface DeleteAccountEffects {
  /** Checks a password against its hash (argon2, from the auth package). */
  verifyPassword(passwordHash: string, password: string): Promise<boolean>;
  /**
   * Runs in the deletion's transaction, once the rows are gone: the audit entry and the goodbye
   * email commit with the deletion or not at all.
   */
  onDeleted(tx: Tx, account: DeletedAccount): Promise<void>;
}

export async function deleteAccount(
  db: Db,
  input: DeleteAccountInput,
  effects: DeleteAccountEffects,
): Promise<DeletedAccount> {
  const now = input.now ?? new Date();
  const user = await db.user.findUnique({
    where: { id: input.userId },
    select: { id: true, email: true, locale: true, role: true, passwordHash: true },
  });
  if (!user) throw new DomainError("NOT_FOUND", "customer");
  // Staff accounts hold the shop's keys: they are closed from the admin, never from the storefront.
  if (user.role !== "CUSTOMER") throw new DomainError("FORBIDDEN", "staff account");
  if (user.passwordHash !== null) {
    const valid = input.password ? await effects.verifyPassword(user.passwordHash, input.password) : false;
    if (!valid) throw new DomainError("PASSWORD_INCORRECT");
  } else {
    // No password to ask for: a login by magic link within the last minutes proves that whoever
    // holds this session also holds the mailbox, which is what the account is.
    const session = await db.session.findFirst({
      where: { id: input.sessionId, userId: user.id },
      select: { createdAt: true },
    });
    if (!session || now.getTime() - session.createdAt.getTime() > RECENT_LOGIN_MS) {
      throw new DomainError("REAUTHENTICATION_REQUIRED");
    }
  }
  const account: DeletedAccount = { id: user.id, email: user.email, locale: user.locale, role: user.role };

  await db.$transaction(async (tx) => {
    // FOR UPDATE (not NO KEY UPDATE): an order or session being created for this user waits for
    // the deletion, then fails on its foreign key, instead of slipping in after the anonymization.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "User" WHERE "id" = ${user.id} FOR UPDATE`;
    // A second deletion of the same account, racing the first, finds it gone.
    if (!locked[0]) throw new DomainError("NOT_FOUND", "customer");
    await anonymizeOrders(tx, user.id);
    await tx.address.deleteMany({ where: { userId: user.id } });
    await tx.cart.deleteMany({ where: { userId: user.id } });
    // Links sent to the address before the account existed (a magic link) name it too.
    await tx.authToken.deleteMany({ where: { OR: [{ userId: user.id }, { email: user.email }] } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await tx.user.delete({ where: { id: user.id }, select: { id: true } });
    await effects.onDeleted(tx, account);
  });
  return account;
}

/**
 * The customer's orders lose everything that identifies them: the link to the account, the email
 * address, the recipient's name, street, city, postal code and phone. The country and the region
 * stay: they decided which taxes were charged (VAT in France, GST/QST/HST by Canadian province),
 * and the shop must be able to justify each tax to the authorities. Amounts, lines and the timeline
 * stay as they were: the sales figures do not change when a customer leaves.
 */
async function anonymizeOrders(tx: Tx, userId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "DiscountRedemption" SET "email" = ${ANONYMIZED_EMAIL}, "userId" = NULL
    WHERE "userId" = ${userId} OR "orderId" IN (SELECT "id" FROM "Order" WHERE "userId" = ${userId})`;
  // The customer placed these orders: their events name them as the actor.
  await tx.$executeRaw`
    UPDATE "OrderEvent" SET "actorId" = NULL
    WHERE "actorId" = ${userId} AND "orderId" IN (SELECT "id" FROM "Order" WHERE "userId" = ${userId})`;
  await tx.$executeRaw`
    UPDATE "Order" SET
      "userId" = NULL,
      "email" = ${ANONYMIZED_EMAIL},
      "shippingAddress" = jsonb_strip_nulls(jsonb_build_object(
        'country', "shippingAddress"->'country',
        'region', "shippingAddress"->'region')),
      "updatedAt" = now()
    WHERE "userId" = ${userId}`;
}
