// The audit trail as staff read it. Entries are written by @comptoir/audit's recordAuditEvent and
// never changed: this folder only reads them.
export {
  listAuditEntries,
  MAX_AUDIT_PAGE_SIZE,
  type StaffAuditEntry,
  type StaffAuditList,
  type StaffAuditListInput,
} from "./staff-audit-list";
