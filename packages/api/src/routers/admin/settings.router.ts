// The shop's settings that staff change from the admin (admins and owners): for now the most a
// manager may refund at once. Each change writes its audit entry, before and after, in the same
// transaction.
import { auditRequestInfo, recordAuditEvent } from "@comptoir/audit";
import { staff } from "@comptoir/core";
import { msg } from "@comptoir/validators";
import { z } from "zod";
import { shopSettings } from "../../shop-settings";
import { requires, router } from "../../trpc";

export const SETTINGS_UPDATED_ACTION = "settings.updated";

const settingsInput = z.object({
  /** In minor units of the shop's currency (the form converts what staff type). */
  managerRefundLimit: z
    .number({ error: msg.number })
    .int({ error: msg.number })
    .min(0, { error: msg.number })
    .max(staff.MAX_MANAGER_REFUND_LIMIT, { error: msg.number }),
});

export const adminSettingsRouter = router({
  /**
   * The settings as they apply now, and the shop's currency, in which a new limit is typed. A limit
   * saved in another currency (the shop changed currency since) still shows, in its own.
   */
  get: requires("settings.manage").query(async ({ ctx }) => ({
    currency: shopSettings().currency,
    managerRefundLimit: await staff.loadManagerRefundLimit(ctx.db),
  })),

  /** Sets the manager refund limit, in the shop's currency. */
  update: requires("settings.manage")
    .input(settingsInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction(async (tx) => {
        const { before, after } = await staff.saveManagerRefundLimit(tx, {
          amount: input.managerRefundLimit,
          currency: shopSettings().currency,
        });
        await recordAuditEvent(tx, {
          action: SETTINGS_UPDATED_ACTION,
          actorId: ctx.user.id,
          actorRole: ctx.role,
          entityType: "Setting",
          entityId: staff.MANAGER_REFUND_LIMIT_KEY,
          before: { managerRefundLimit: before },
          after: { managerRefundLimit: after },
          ...auditRequestInfo(ctx),
        });
        return { managerRefundLimit: after };
      }),
    ),
});
