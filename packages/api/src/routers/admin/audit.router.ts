import { auditLog } from "@comptoir/core";
import { adminAuditListInput } from "@comptoir/validators";
import { shopSettings } from "../../shop-settings";
import { requires, router } from "../../trpc";

/**
 * The audit trail, read-only. There is deliberately no procedure that edits or deletes an entry
 * (and the database refuses both): the trail must hold even against an owner covering their tracks.
 */
export const adminAuditRouter = router({
  /** Entries newest first, filtered by actor, entity, action and the shop's calendar days. */
  list: requires("audit.read")
    .input(adminAuditListInput)
    .query(({ ctx, input }) =>
      auditLog.listAuditEntries(ctx.db, { ...input, timeZone: shopSettings().timeZone }),
    ),
});
