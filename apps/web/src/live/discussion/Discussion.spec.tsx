import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LiveMessage } from '@tribune/domain';
import { renderApp } from '../../test/render';
import { FakeLiveSocket } from '../../test/fake-live-socket';
import { aLiveMessage, liveSessionMock, tokenOf } from '../../test/live-fixtures';
import { MarkChannelReadMutation } from '../operations';
import { MARK_READ_DELAY_MS } from './useMarkRead';

const ROKIA = { id: 'u-rokia', displayName: 'Rokia Traoré' };
const EDITED_AT = '2026-11-27T17:10:00.000Z';

/** A channel with one message of Amina's (seq 1) and one of Rokia's (seq 2); edits and deletions answered like the server. */
function channel(actorId = 'u-amina') {
  const stored = new Map<string, LiveMessage>([
    ['msg-1', aLiveMessage(1, 'Bonjour à toutes')],
    ['msg-2', aLiveMessage(2, 'Je relance la préfecture', ROKIA)],
  ]);
  return new FakeLiveSocket(true)
    .answer('channel:join', () => ({
      ok: true,
      messages: [...stored.values()],
      hasMore: false,
      lastSeq: 2,
      presence: [],
      attendingMeetingId: 'm1',
    }))
    .answer('message:edit', (p) => {
      const { messageId, body } = p as { messageId: string; body: string };
      const message = { ...stored.get(messageId)!, body, editedAt: EDITED_AT };
      return { ok: true, message };
    })
    .answer('message:delete', (p) => {
      const { messageId } = p as { messageId: string };
      const had = stored.get(messageId)!;
      return {
        ok: true,
        message: { ...had, body: '', deleted: true, deletedAt: EDITED_AT, deletedByModerator: had.author.id !== actorId },
      };
    });
}

const messageOf = async (text: string) =>
  (await within(await screen.findByRole('log', { name: 'Messages' })).findByText(text)).closest('li')!;

describe('editing and deleting messages in the discussion', () => {
  it('lets the author edit their message in place: it shows the new text marked "(modifié)"', async () => {
    const socket = channel();
    renderApp({ route: '/meetings/m1/live', mocks: [liveSessionMock()], token: tokenOf('u-amina'), liveSocket: socket });
    const mine = await messageOf('Bonjour à toutes');
    const theirs = await messageOf('Je relance la préfecture');
    // Only one's own messages can be edited; a member deletes no one else's.
    expect(within(theirs).queryByRole('button')).not.toBeInTheDocument();

    await userEvent.click(within(mine).getByRole('button', { name: 'Modifier' }));
    const box = within(mine).getByRole('textbox', { name: 'Modifier votre message' });
    expect(box).toHaveFocus();
    await userEvent.clear(box);
    await userEvent.type(box, 'Bonjour à toutes et à tous{Enter}');

    await within(mine).findByText('Bonjour à toutes et à tous');
    expect(mine).toHaveTextContent('(modifié)');
    expect(socket.sent.find((s) => s.event === 'message:edit')?.payload).toEqual({
      messageId: 'msg-1',
      body: 'Bonjour à toutes et à tous',
    });
    await waitFor(() => expect(within(mine).getByRole('button', { name: 'Modifier' })).toHaveFocus());
  });

  it('keeps the text when Escape gives up the edit, and refuses an empty one without asking the server', async () => {
    const socket = channel();
    renderApp({ route: '/meetings/m1/live', mocks: [liveSessionMock()], token: tokenOf('u-amina'), liveSocket: socket });
    const mine = await messageOf('Bonjour à toutes');
    await userEvent.click(within(mine).getByRole('button', { name: 'Modifier' }));
    const box = within(mine).getByRole('textbox', { name: 'Modifier votre message' });
    await userEvent.clear(box);
    await userEvent.type(box, '{Enter}');
    expect(await within(mine).findByText('Le message est vide.')).toBeInTheDocument();
    await userEvent.type(box, '{Escape}');
    expect(within(mine).getByText('Bonjour à toutes')).toBeInTheDocument();
    expect(socket.sent.some((s) => s.event === 'message:edit')).toBe(false);
  });

  it('lets the author delete their message after confirming: it shows "Message supprimé"', async () => {
    const socket = channel();
    renderApp({ route: '/meetings/m1/live', mocks: [liveSessionMock()], token: tokenOf('u-amina'), liveSocket: socket });
    const mine = await messageOf('Bonjour à toutes');
    await userEvent.click(within(mine).getByRole('button', { name: 'Supprimer' }));
    expect(within(mine).getByText(/Supprimer ce message \?/)).toBeInTheDocument();
    await userEvent.click(within(mine).getByRole('button', { name: 'Oui, supprimer' }));
    await within(mine).findByText('Message supprimé');
    expect(within(mine).queryByText('Bonjour à toutes')).not.toBeInTheDocument();
    expect(within(mine).queryByRole('button')).not.toBeInTheDocument();
    expect(socket.sent.find((s) => s.event === 'message:delete')?.payload).toEqual({ messageId: 'msg-1' });
  });

  it("lets the group's coordinator remove someone else's message (moderation), not edit it", async () => {
    const socket = channel('u-coord');
    renderApp({
      route: '/meetings/m1/live',
      mocks: [liveSessionMock({ me: { id: 'u-coord', role: 'COORDINATOR' } })],
      token: tokenOf('u-coord'),
      liveSocket: socket,
    });
    const theirs = await messageOf('Je relance la préfecture');
    expect(within(theirs).queryByRole('button', { name: 'Modifier' })).not.toBeInTheDocument();
    await userEvent.click(within(theirs).getByRole('button', { name: 'Retirer' }));
    expect(within(theirs).getByText('Retirer ce message de Rokia Traoré ? Le retrait est inscrit au journal.')).toBeInTheDocument();
    await userEvent.click(within(theirs).getByRole('button', { name: 'Oui, supprimer' }));
    expect(await within(theirs).findByText('Message supprimé par la modération')).toBeInTheDocument();
  });

  it('shows an edit or deletion made elsewhere (message:updated)', async () => {
    const socket = channel();
    renderApp({ route: '/meetings/m1/live', mocks: [liveSessionMock()], token: tokenOf('u-amina'), liveSocket: socket });
    const theirs = await messageOf('Je relance la préfecture');
    socket.serverEmit('message:updated', { ...aLiveMessage(2, 'Je relance la préfecture demain', ROKIA), editedAt: EDITED_AT });
    await within(theirs).findByText('Je relance la préfecture demain');
    expect(theirs).toHaveTextContent('(modifié)');
    socket.serverEmit('message:updated', { ...aLiveMessage(2, '', ROKIA), deleted: true, deletedAt: '2026-11-27T17:20:00.000Z' });
    expect(await within(theirs).findByText('Message supprimé')).toBeInTheDocument();
  });

  it('says why when the server refuses an edit, and keeps the text being written', async () => {
    const socket = channel().answer('message:edit', () => ({
      ok: false,
      error: { code: 'CONFLICT', message: 'This message was deleted; it cannot be edited.' },
    }));
    renderApp({ route: '/meetings/m1/live', mocks: [liveSessionMock()], token: tokenOf('u-amina'), liveSocket: socket });
    const mine = await messageOf('Bonjour à toutes');
    await userEvent.click(within(mine).getByRole('button', { name: 'Modifier' }));
    await userEvent.type(within(mine).getByRole('textbox', { name: 'Modifier votre message' }), ' !{Enter}');
    expect(await within(mine).findByText('Quelqu’un vient de modifier ces données. Rechargez et réessayez.')).toBeInTheDocument();
    expect(within(mine).getByRole('textbox', { name: 'Modifier votre message' })).toHaveValue('Bonjour à toutes !');
  });

  it('says the rule the server names (error.reason) in the reader’s language, never the server’s sentence', async () => {
    const socket = channel()
      .answer('message:edit', () => ({
        ok: false,
        error: { code: 'CONFLICT', reason: 'MESSAGE_DELETED', message: 'This message was deleted; it cannot be edited.' },
      }))
      .answer('message:delete', () => ({
        ok: false,
        error: {
          code: 'BAD_USER_INPUT',
          reason: 'INVALID_INPUT',
          params: { field: 'messageId' },
          message: 'messageId must be a non-empty string of at most 100 characters.',
        },
      }));
    renderApp({ route: '/meetings/m1/live', mocks: [liveSessionMock()], token: tokenOf('u-amina'), liveSocket: socket });
    const mine = await messageOf('Bonjour à toutes');
    await userEvent.click(within(mine).getByRole('button', { name: 'Modifier' }));
    await userEvent.type(within(mine).getByRole('textbox', { name: 'Modifier votre message' }), ' !{Enter}');
    expect(await within(mine).findByText('Ce message a été supprimé : il ne peut plus être modifié.')).toBeInTheDocument();
    await userEvent.type(within(mine).getByRole('textbox', { name: 'Modifier votre message' }), '{Escape}');
    await userEvent.click(within(mine).getByRole('button', { name: 'Supprimer' }));
    await userEvent.click(within(mine).getByRole('button', { name: 'Oui, supprimer' }));
    expect(await within(mine).findByText('Certaines informations sont invalides. Vérifiez le formulaire.')).toBeInTheDocument();
    expect(mine).not.toHaveTextContent(/cannot|must be/);
  });
});

describe('reading marks the discussion read', () => {
  it('tells the API the last message seen, once, after a pause', async () => {
    const result = vi.fn(() => ({ data: { markChannelRead: { __typename: 'WorkingGroup' as const, id: 'g1', unreadCount: 0 } } }));
    const mark = {
      request: { query: MarkChannelReadMutation, variables: { input: { groupId: 'g1', seq: 2 } } },
      result,
      maxUsageCount: Infinity,
    };
    renderApp({ route: '/meetings/m1/live', mocks: [liveSessionMock(), mark], token: tokenOf('u-amina'), liveSocket: channel() });
    await messageOf('Je relance la préfecture');
    expect(result).not.toHaveBeenCalled();
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1), { timeout: MARK_READ_DELAY_MS + 2000 });
    await new Promise((r) => setTimeout(r, MARK_READ_DELAY_MS + 200));
    expect(result).toHaveBeenCalledTimes(1);
  });
});
