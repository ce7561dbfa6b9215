/**
 * Every action the audit log records (AuditLog.action): one list, so the API writes only these
 * (AuditService.record takes an AuditAction) and the web translates each one in every language
 * (its locales are typed by this list). Add a new action here, then its words in fr/en/ar.
 */
export const AUDIT_ACTIONS = [
  'action.assign',
  'action.setStatus',
  'agenda.add',
  'agenda.remove',
  'agenda.reorder',
  'agenda.update',
  'decision.record',
  'deputy.create',
  'deputy.update',
  'fieldReport.close',
  'fieldReport.placeOnAgenda',
  'fieldReport.route',
  'fieldReport.submit',
  'mandate.assign',
  'mandate.end',
  'meeting.cancel',
  'meeting.end',
  'meeting.minutes',
  'meeting.reopen',
  'meeting.reschedule',
  'meeting.schedule',
  'meeting.setCurrentAgendaItem',
  'meeting.start',
  'message.moderate',
  'seed.demo',
  'speakers.end',
  'speakers.give',
  'speakers.reorder',
  'speakers.rules',
  'term.create',
  'timePoll.create',
  'timePoll.schedule',
  'user.bootstrapAdmin.create',
  'user.bootstrapAdmin.update',
  'user.changePassword',
  'user.create',
  'user.disable',
  'user.enable',
  'user.regenerateCalendarToken',
  'user.resetPassword',
  'user.setRole',
  'vote.close',
  'vote.open',
  'workingGroup.addCoordinator',
  'workingGroup.addMember',
  'workingGroup.create',
  'workingGroup.removeMember',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an audit row is about (AuditLog.entityType), for the audit page's target filter. */
export const AUDIT_TARGETS = [
  'ActionItem',
  'Deputy',
  'FieldReport',
  'Mandate',
  'Meeting',
  'Message',
  'Term',
  'User',
  'WorkingGroup',
] as const;
export type AuditTarget = (typeof AUDIT_TARGETS)[number];
