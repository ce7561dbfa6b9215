import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MeQuery } from '../auth/operations';
import { renderApp } from '../test/render';
import { tokenOf } from '../test/live-fixtures';
import { MessageContextQuery, SearchFiltersQuery, SearchQuery } from './operations';

const ME = { __typename: 'User' as const, id: 'u-amina', displayName: 'Amina Haidari', role: 'DEPUTY' as const };
const meMock = { request: { query: MeQuery }, result: { data: { me: ME } }, maxUsageCount: Infinity };
const filtersMock = {
  request: { query: SearchFiltersQuery },
  result: {
    data: {
      workingGroups: [{ __typename: 'WorkingGroup' as const, id: 'g1', name: 'Accès aux droits' }],
      deputies: [{ __typename: 'Deputy' as const, id: 'd1', fullName: 'Yonas Tesfamariam' }],
    },
  },
  maxUsageCount: Infinity,
};

const hit = (kind: string, id: string, o: Record<string, unknown> = {}) => ({
  __typename: 'SearchHit' as const,
  kind,
  id,
  at: '2026-11-20T10:00:00.000Z',
  title: '',
  groupId: 'g1',
  groupName: 'Accès aux droits',
  meetingId: null,
  meetingTitle: null,
  authorName: 'Yonas Tesfamariam',
  seq: null,
  minutesVersion: null,
  textId: null,
  number: null,
  snippet: [],
  ...o,
});
const part = (text: string, match = false) => ({ __typename: 'SnippetPart' as const, text, match });
const results = (hits: ReturnType<typeof hit>[], o: { total?: number; hasMore?: boolean; endCursor?: string | null } = {}) => ({
  data: {
    search: {
      __typename: 'SearchPage' as const,
      totalCount: o.total ?? hits.length,
      hasMore: o.hasMore ?? false,
      endCursor: o.endCursor ?? null,
      hits,
    },
  },
});
const searching = (input: Record<string, unknown>, result: ReturnType<typeof results>) => {
  const fn = vi.fn(() => result);
  return { mock: { request: { query: SearchQuery, variables: { input: { first: 20, ...input } } }, result: fn }, fn };
};

describe('the search page', () => {
  it('opens from the header box, marks the matched words as text, and says where each result opens', async () => {
    const found = searching(
      { query: 'préfecture' },
      results(
        [
          hit('MESSAGE', 'm1', { seq: 42, snippet: [part('La '), part('préfecture', true), part(' de Créteil <b>refuse</b>')] }),
          hit('MINUTES', 'v2', {
            meetingId: 'mt1',
            meetingTitle: 'Réunion de mars',
            minutesVersion: 2,
            snippet: [part('Préfecture', true)],
          }),
          hit('DECISION', 'dc1', { meetingId: 'mt1', meetingTitle: 'Réunion de mars', snippet: [part('préfectures', true)] }),
        ],
        { total: 3 },
      ),
    );
    renderApp({ route: '/', mocks: [meMock, filtersMock, found.mock], token: tokenOf('u-amina') });

    const box = await screen.findByRole('searchbox', { name: 'Recherche dans Tribune' });
    await userEvent.type(box, 'préfecture{Enter}');
    await waitFor(() => expect(found.fn).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByTestId('search-count')).toHaveTextContent('3 résultats'));
    const [message, minutes, decision] = screen.getAllByTestId('search-hit');
    // The matched word is a <mark>; markup written in a message stays text.
    expect(within(message).getByText('préfecture').tagName).toBe('MARK');
    expect(message).toHaveTextContent('de Créteil <b>refuse</b>');
    expect(message.querySelector('b')).toBeNull();
    expect(within(message).getByRole('link', { name: 'Ouvrir : Message' })).toHaveAttribute('href', '/groups/g1/messages/42');
    expect(within(minutes).getByRole('link', { name: 'Ouvrir : Compte rendu, version 2' })).toHaveAttribute(
      'href',
      '/meetings/mt1/minutes/2',
    );
    expect(within(decision).getByRole('link', { name: 'Ouvrir : Décision' })).toHaveAttribute('href', '/meetings/mt1');
    expect(screen.getByRole('searchbox', { name: 'Mots à trouver' })).toHaveValue('préfecture');
  });

  it('filters by kind, group, author and dates, sending only what is set, and pages on', async () => {
    const dayStart = (day: string, plus = 0) => {
      const d = new Date(`${day}T00:00:00`);
      d.setDate(d.getDate() + plus);
      return d.toISOString();
    };
    const first = searching({ query: 'Calais' }, results([hit('MESSAGE', 'm1', { seq: 1 })], { total: 2, hasMore: true, endCursor: 'c1' }));
    const next = searching({ query: 'Calais', after: 'c1' }, results([hit('MESSAGE', 'm2', { seq: 2 })], { total: 2 }));
    const filtered = searching(
      {
        query: 'Calais',
        kinds: ['FIELD_REPORT', 'DECISION'],
        groupId: 'g1',
        authorId: 'd1',
        from: dayStart('2026-11-01'),
        to: dayStart('2026-11-30', 1),
      },
      results([]),
    );
    renderApp({ route: '/search?q=Calais', mocks: [meMock, filtersMock, first.mock, next.mock, filtered.mock], token: tokenOf('u-amina') });

    await waitFor(() => expect(screen.getByTestId('search-count')).toHaveTextContent('2 résultats'));
    await userEvent.click(screen.getByRole('button', { name: 'Plus de résultats' }));
    await waitFor(() => expect(screen.getAllByTestId('search-hit')).toHaveLength(2));

    await userEvent.click(screen.getByRole('checkbox', { name: 'Remontée' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Décision' }));
    await screen.findByRole('option', { name: 'Accès aux droits' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Groupe' }), 'Accès aux droits');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Auteur ou autrice' }), 'Yonas Tesfamariam');
    await userEvent.type(screen.getByLabelText('Du'), '2026-11-01');
    await userEvent.type(screen.getByLabelText('Au'), '2026-11-30');
    await userEvent.click(screen.getByRole('button', { name: 'Rechercher' }));
    await waitFor(() => expect(filtered.fn).toHaveBeenCalled());
    expect(await screen.findByText('Rien trouvé.')).toBeInTheDocument();
  });

  it('opens a message found in its discussion, the messages around it shown and the message focused', async () => {
    const message = (seq: number, body: string) => ({
      __typename: 'Message' as const,
      id: `m${seq}`,
      seq,
      body,
      deleted: false,
      createdAt: '2026-11-20T10:00:00.000Z',
      author: { __typename: 'User' as const, id: 'u-yonas', displayName: 'Yonas Tesfamariam' },
    });
    const around = {
      request: { query: MessageContextQuery, variables: { groupId: 'g1', afterSeq: 31, limit: 21 } },
      result: {
        data: {
          workingGroup: { __typename: 'WorkingGroup' as const, id: 'g1', name: 'Accès aux droits' },
          messages: [message(32, 'Avant.'), message(42, 'La préfecture de Créteil.'), message(43, 'Après.')],
        },
      },
    };
    renderApp({ route: '/groups/g1/messages/42', mocks: [meMock, around], token: tokenOf('u-amina') });

    const found = await screen.findByTestId('found-message');
    expect(found).toHaveTextContent('La préfecture de Créteil.');
    expect(found).toHaveAttribute('aria-current', 'true');
    await waitFor(() => expect(found).toHaveFocus());
    expect(screen.getAllByTestId('context-message')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Ouvrir la discussion de Accès aux droits' })).toHaveAttribute('href', '/groups/g1');
    expect(screen.getByRole('button', { name: 'Messages précédents' })).toBeInTheDocument();
  });
});
