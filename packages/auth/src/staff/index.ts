export { listStaff, type StaffMember } from "./list-staff";
export {
  changeStaffRole,
  deactivateStaff,
  type StaffChangeRefusal,
  type StaffChangeResult,
} from "./manage-staff";
export {
  createOwner,
  normalizeOwnerEmail,
  ownerPasswordProblem,
  OWNER_PASSWORD_MIN_LENGTH,
  OWNER_PASSWORD_MAX_LENGTH,
  type CreateOwnerResult,
  type OwnerInputProblem,
} from "./create-owner";
export {
  inviteStaff,
  listPendingInvitations,
  revokeStaffInvitation,
  type InvitationRefusal,
  type InviteResult,
  type PendingInvitation,
  type StaffInvitationEmails,
} from "./invitations";
export { issueInvitationLink, findStaffInvitation, type InvitationLink } from "./invitations-link";
export {
  acceptStaffInvitation,
  STAFF_NAME_MAX_LENGTH,
  type AcceptInvitationRefusal,
  type AcceptInvitationResult,
} from "./invitations-accept";
export {
  STAFF_INVITED_ACTION,
  STAFF_INVITATION_ACCEPTED_ACTION,
  STAFF_INVITATION_REVOKED_ACTION,
  STAFF_INVITATION_ENTITY,
} from "./invitations-records";
