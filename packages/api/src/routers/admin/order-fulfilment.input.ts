// Inputs of shipping and cancelling an order. The carrier and tracking number are checked by core's
// rules (parseShipment), so the form, the procedure and the stored event agree on what is valid;
// a refusal names the field, as any schema failure does.
import { orders } from "@comptoir/core";
import { adminOrderInput } from "@comptoir/validators";
import { z } from "zod";

const PROBLEM_MESSAGES: Record<orders.ShipmentProblem, string> = {
  carrier: "validation.carrier",
  trackingNumber: "validation.tracking_number",
};

export const adminFulfilInput = adminOrderInput
  .extend({
    carrier: z.string({ error: "validation.required" }).max(200, { error: "validation.too_long" }),
    trackingNumber: z.string({ error: "validation.required" }).max(200, { error: "validation.too_long" }),
  })
  .transform((input, ctx) => {
    const parsed = orders.parseShipment(input);
    if (!parsed.ok) {
      for (const problem of parsed.problems) {
        ctx.addIssue({ code: "custom", path: [problem], message: PROBLEM_MESSAGES[problem], input });
      }
      return z.NEVER;
    }
    return { orderId: input.orderId, shipment: parsed.shipment };
  });

export const adminCancelInput = adminOrderInput.extend({
  reason: z.string().trim().max(500, { error: "validation.too_long" }).optional(),
});
