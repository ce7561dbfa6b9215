import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../test/render';
import { groupCan } from '../test/fixtures';
import { HomeQuery } from '../home/operations';
import { GroupsQuery } from './operations';

const group = (id: string, name: string, unreadCount: number) => ({
  __typename: 'WorkingGroup' as const,
  id,
  name,
  theme: 'Thème',
  unreadCount,
});

describe('unread counts per group', () => {
  it('shows on the home page a badge per group with unread messages, labelled in words, and none at 0', async () => {
    const home = {
      request: { query: HomeQuery },
      result: {
        data: {
          me: { __typename: 'User', id: 'u-admin', displayName: 'Admin', role: 'ADMIN', deputy: null },
          workingGroups: [
            { ...group('g1', 'Santé', 3), viewerCan: groupCan({ coordinate: true }) },
            { ...group('g2', 'Logement', 0), viewerCan: groupCan({ coordinate: true }) },
            { ...group('g3', 'Droits', 1), viewerCan: groupCan({ coordinate: true }) },
          ],
          meetings: [],
          fieldReports: [],
        },
      },
    };
    renderApp({ route: '/', mocks: [home] });
    const list = await screen.findByRole('list', { name: 'Les groupes de travail' });
    const [sante, logement, droits] = within(list).getAllByRole('listitem');
    expect(within(sante).getByTestId('unread-badge')).toHaveTextContent('3 messages non lus');
    expect(within(sante).getByText('3 messages non lus')).toBeInTheDocument();
    expect(within(logement).queryByTestId('unread-badge')).not.toBeInTheDocument();
    expect(within(droits).getByText('1 message non lu')).toBeInTheDocument();
    // The link keeps its own name: the count is read beside it, not inside it.
    expect(within(sante).getByRole('link', { name: 'Santé' })).toBeInTheDocument();
  });

  it('shows the badge on the groups list, in English too', async () => {
    const groups = {
      request: { query: GroupsQuery },
      result: { data: { workingGroups: [{ ...group('g1', 'Santé', 12), description: '', members: [] }] } },
    };
    renderApp({ route: '/groups', mocks: [groups], lang: 'en' });
    expect(await screen.findByText('12 unread messages')).toBeInTheDocument();
  });
});
