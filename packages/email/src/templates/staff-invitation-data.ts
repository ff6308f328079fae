/** The roles an invitation can give (the same four as the admin's). */
export type StaffInvitationRole = "SUPPORT" | "MANAGER" | "ADMIN" | "OWNER";

/** What the staff invitation email needs. */
export interface StaffInvitationData {
  /** Who invited, as the team knows them (their name, else their address); absent if unknown. */
  inviterName?: string | null;
  role: StaffInvitationRole;
  /** The admin page where the invitee chooses their name and password. */
  acceptUrl: string;
  /** When the link stops working. */
  expiresAt: Date;
}
