import type { LiveMessage } from '@tribune/domain';
import { meetingCan } from './fixtures';
import { LiveSessionQuery } from '../live/operations';

/** A JWT-shaped token for `sub` (the outbox and the "mine" checks read it). */
export const tokenOf = (sub: string) => `h.${btoa(JSON.stringify({ sub }))}.s`;

/** The live session m1 of group g1 (agenda: a1, a2), as `me` sees it. */
export function liveSessionMock(
  o: { currentId?: string | null; me?: { id: string; role: 'DEPUTY' | 'COORDINATOR' | 'ADMIN' }; once?: boolean } = {},
) {
  const me = o.me ?? { id: 'u-amina', role: 'DEPUTY' };
  return {
    request: { query: LiveSessionQuery, variables: { id: 'm1' } },
    result: {
      data: {
        me: {
          __typename: 'User' as const,
          id: me.id,
          role: me.role,
          deputy: me.role === 'DEPUTY' ? { __typename: 'Deputy' as const, id: `d-${me.id}` } : null,
        },
        meeting: {
          __typename: 'Meeting' as const,
          id: 'm1',
          title: 'Réunion du groupe Santé',
          status: 'LIVE',
          startsAt: '2026-11-27T17:00:00.000Z',
          endsAt: '2026-11-27T19:00:00.000Z',
          timeZone: 'Europe/Paris',
          reopenableUntil: null,
          // As the API's policy answers: u-coord coordinates g1; the group lists no members, so nobody attends as one.
          viewerCan: meetingCan({
            coordinate: me.role === 'ADMIN' || me.id === 'u-coord',
            run: me.role === 'ADMIN' || me.id === 'u-coord',
            moderate: me.id === 'u-coord',
            attend: false,
            discuss: me.role === 'DEPUTY' || me.id === 'u-coord',
          }),
          group: {
            __typename: 'WorkingGroup' as const,
            id: 'g1',
            name: 'Santé',
            members: [],
          },
          currentAgendaItem: o.currentId ? { __typename: 'AgendaItem' as const, id: o.currentId } : null,
          agenda: [
            { __typename: 'AgendaItem' as const, id: 'a1', position: 1, title: 'Tour de table', durationMinutes: 20 },
            { __typename: 'AgendaItem' as const, id: 'a2', position: 2, title: 'Interprétariat à l’hôpital', durationMinutes: 60 },
          ],
        },
      },
    },
    ...(o.once ? {} : { maxUsageCount: Infinity }),
  };
}

export const aLiveMessage = (seq: number, body: string, author = { id: 'u-amina', displayName: 'Amina Haidari' }): LiveMessage => ({
  id: `msg-${seq}`,
  groupId: 'g1',
  meetingId: 'm1',
  seq,
  clientId: `c-${seq}`,
  body,
  author,
  replyToId: null,
  createdAt: '2026-11-27T17:05:00.000Z',
  editedAt: null,
  deletedAt: null,
  deleted: false,
  deletedByModerator: false,
});
