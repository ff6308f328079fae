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
  type CreateOwnerResult,
  type OwnerInputProblem,
} from "./create-owner";
