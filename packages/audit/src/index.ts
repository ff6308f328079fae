export {
  recordAuditEvent,
  auditRequestInfo,
  ACCOUNT_AUDIT_ACTIONS,
  type AccountAuditAction,
  type AuditEvent,
  type AuditRequest,
  type AuditWriter,
} from "./record-audit-event";
export { changedFields } from "./changed-fields";
