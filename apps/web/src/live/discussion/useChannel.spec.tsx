import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { LiveMessage } from '@tribune/domain';
import { renderApp } from '../../test/render';
import { FakeLiveSocket } from '../../test/fake-live-socket';
import { aLiveMessage, liveSessionMock, tokenOf } from '../../test/live-fixtures';

const history = Array.from({ length: 6 }, (_, i) => aLiveMessage(i + 1, `Message ${i + 1}`));
const after = (seq: number, count: number) => history.filter((m) => m.seq > seq).slice(0, count);
const page = (seq: number, count: number) => ({ ok: true, messages: after(seq, count), hasMore: history.some((m) => m.seq > seq + count) });
const afterSeqOf = (socket: FakeLiveSocket, event: string) =>
  socket.sent.filter((s) => s.event === event).map((s) => (s.payload as { afterSeq: number }).afterSeq);

describe('useChannel catch-up', () => {
  it('pages through the history while the server says there is more', async () => {
    const socket = new FakeLiveSocket(true)
      .answer('channel:join', (p) => ({
        ...page((p as { afterSeq: number }).afterSeq, 2),
        lastSeq: 6,
        presence: [],
        attendingMeetingId: 'm1',
      }))
      .answer('channel:history', (p) => page((p as { afterSeq: number }).afterSeq, 2));
    renderApp({ route: '/meetings/m1/live', mocks: [liveSessionMock()], token: tokenOf('u-amina'), liveSocket: socket });
    const log = await screen.findByRole('log', { name: 'Messages' });
    await within(log).findByText('Message 6');
    expect(
      within(log)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(history.map((m) => expect.stringContaining(m.body)));
    expect(afterSeqOf(socket, 'channel:history')).toEqual([2, 4]);
  });

  it('asks again for a page that failed, from the last message held in order, even when newer ones arrived live meanwhile', async () => {
    let failures = 1;
    let live: LiveMessage | null = null;
    const socket = new FakeLiveSocket(true)
      .answer('channel:join', (p) => ({
        ...page((p as { afterSeq: number }).afterSeq, 2),
        lastSeq: 6,
        presence: [],
        attendingMeetingId: 'm1',
      }))
      .answer('channel:history', (p) => {
        if (failures-- > 0) {
          // Message 6 is broadcast while the catch-up is still under way, then the page fails.
          live = history[5];
          socket.serverEmit('message:new', live);
          return { ok: false, error: { code: 'INTERNAL_SERVER_ERROR', message: 'Database unavailable' } };
        }
        return page((p as { afterSeq: number }).afterSeq, 2);
      });
    renderApp({ route: '/meetings/m1/live', mocks: [liveSessionMock()], token: tokenOf('u-amina'), liveSocket: socket });
    const log = await screen.findByRole('log', { name: 'Messages' });
    await within(log).findByText('Message 6');
    expect(live).not.toBeNull();
    // The retry resumes after message 2 (held in order), not after message 6 (held, but with a hole before it).
    await waitFor(() => expect(within(log).queryByText('Message 3')).toBeInTheDocument(), { timeout: 6000 });
    await within(log).findByText('Message 5');
    expect(afterSeqOf(socket, 'channel:join')).toEqual([0, 2]);
  }, 15000);
});
