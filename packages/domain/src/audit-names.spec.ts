import { AUDIT_ACTIONS } from './audit';
import { AUDIT_ACTION_BY_NAME, auditActionName } from './audit-names';

describe('auditActionName', () => {
  it('spells an action as a GraphQL enum name', () => {
    expect(auditActionName('meeting.start')).toBe('MEETING_START');
    expect(auditActionName('fieldReport.placeOnAgenda')).toBe('FIELD_REPORT_PLACE_ON_AGENDA');
    expect(Object.keys(AUDIT_ACTION_BY_NAME).every((name) => /^[A-Z][A-Z0-9_]*$/.test(name))).toBe(true);
  });

  it('gives every action its own name, so each name reads back as its action', () => {
    expect(Object.keys(AUDIT_ACTION_BY_NAME)).toHaveLength(AUDIT_ACTIONS.length);
    for (const action of AUDIT_ACTIONS) expect(AUDIT_ACTION_BY_NAME[auditActionName(action)]).toBe(action);
  });
});
