import { AUDIT_ACTIONS, AuditAction } from './audit';

/**
 * The name of an audit action in the GraphQL enum `AuditAction` (GraphQL names take no dot):
 * 'fieldReport.placeOnAgenda' -> 'FIELD_REPORT_PLACE_ON_AGENDA'. The stored value stays the action.
 */
export function auditActionName(action: AuditAction): string {
  return action
    .replace(/\./g, '_')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase();
}

/** Every audit action by its GraphQL name: the API registers it as the enum, the web reads an entry's action back through it. */
export const AUDIT_ACTION_BY_NAME: Readonly<Record<string, AuditAction>> = Object.fromEntries(
  AUDIT_ACTIONS.map((action) => [auditActionName(action), action]),
);
