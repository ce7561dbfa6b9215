import { NOTIFICATION_KINDS, NotificationKind, NotificationPayloads } from '@tribune/domain';
import { renderNotification } from './render';

const meeting = {
  meetingId: 'm1',
  groupId: 'g1',
  groupName: 'Logement',
  title: 'Point mensuel',
  startsAt: '2027-01-05T17:00:00.000Z',
  endsAt: '2027-01-05T18:00:00.000Z',
};

/** One payload per kind, as the features and the jobs send them. */
const SAMPLES: { [K in NotificationKind]: NotificationPayloads[K] } = {
  MEETING_SCHEDULED: meeting,
  MEETING_RESCHEDULED: { ...meeting, previousStartsAt: '2027-01-04T17:00:00.000Z', previousEndsAt: '2027-01-04T18:00:00.000Z' },
  MEETING_CANCELLED: { ...meeting, reason: 'Grève' },
  MEETING_REMINDER: { ...meeting, minutesBefore: 1440 },
  MEETING_STARTED: meeting,
  VOTE_OPENED: { ...meeting, voteId: 'v1', question: 'Adopter ?', asProxyFor: 'Amina' },
  TIME_POLL_OPENED: { pollId: 'p1', groupId: 'g1', groupName: 'Logement', title: 'Plénière' },
  TIME_POLL_CLOSING: { pollId: 'p1', groupId: 'g1', groupName: 'Logement', title: 'Plénière', closesAt: '2027-01-05T17:00:00.000Z' },
  SPEAKER_NEXT: { ...meeting, agendaItemTitle: 'Santé' },
  ACTION_ASSIGNED: { actionItemId: 'a1', title: 'Écrire', dueOn: '2027-01-10', meeting },
  ACTION_DUE: { actionItemId: 'a1', title: 'Écrire', dueOn: '2027-01-10', meeting },
  ACTION_OVERDUE: { actionItemId: 'a1', title: 'Écrire', dueOn: '2027-01-10', meeting },
  FIELD_REPORT_STATUS: { reportId: 'r1', reportTitle: 'Domiciliation', status: 'CLOSED', note: 'Déjà traité' },
  MENTIONED: { groupId: 'g1', groupName: 'Logement', messageSeq: 4, authorName: 'Yonas', excerpt: '@Amina tu peux ?' },
  MINUTES_PUBLISHED: { ...meeting, version: 2 },
  MANDATE_CHANGED: { termName: '2025-2027', seatNumber: 3, change: 'ASSIGNED', startsOn: '2025-02-01' },
};

describe('renderNotification', () => {
  it.each(NOTIFICATION_KINDS.map((k) => [k]))('writes %s in French, English and Arabic, each its own words', (kind) => {
    const texts = (['fr', 'en', 'ar'] as const).map((locale) =>
      renderNotification(kind, SAMPLES[kind] as never, { locale, timeZone: 'Europe/Paris' }),
    );
    for (const t of texts) {
      expect(t.title.length).toBeGreaterThan(3);
      expect(t.path).toMatch(/^\/[a-z]/);
      expect(t.title).not.toMatch(/\{\w+\}/);
      t.lines.forEach((l) => expect(l).not.toMatch(/\{\w+\}/));
    }
    expect(new Set(texts.map((t) => t.title)).size).toBe(3);
    expect(texts[2].title).toMatch(/[\u0600-\u06FF]/);
  });

  it('writes times on the recipient’s clock, with the zone', () => {
    const paris = renderNotification('MEETING_SCHEDULED', meeting, { locale: 'en', timeZone: 'Europe/Paris' });
    const montreal = renderNotification('MEETING_SCHEDULED', meeting, { locale: 'en', timeZone: 'America/Montreal' });
    expect(paris.lines[1]).toMatch(/January 5, 2027.*18:00/);
    expect(montreal.lines[1]).toMatch(/January 5, 2027.*12:00/);
  });

  it('says the reminder delay in words, and reads any other language as French', () => {
    expect(renderNotification('MEETING_REMINDER', SAMPLES.MEETING_REMINDER, { locale: 'en', timeZone: 'Europe/Paris' }).lines[0]).toBe(
      'Starts tomorrow',
    );
    expect(
      renderNotification('MEETING_REMINDER', { ...meeting, minutesBefore: 60 }, { locale: 'fr', timeZone: 'Europe/Paris' }).lines[0],
    ).toBe('Commence dans 1 heure');
    expect(renderNotification('ACTION_DUE', SAMPLES.ACTION_DUE, { locale: 'de', timeZone: 'Europe/Paris' }).title).toBe(
      'Échéance demain : Écrire',
    );
  });
});
