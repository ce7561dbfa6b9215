import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AUDIT_ACTIONS, AUDIT_TARGETS } from '@tribune/domain';
import { MeQuery } from '../auth/operations';
import { createI18n } from '../i18n';
import { renderApp } from '../test/render';
import { tokenOf } from '../test/live-fixtures';
import { AuditActorsQuery, AuditLogQuery } from './operations';

const ADMIN = { __typename: 'User' as const, id: 'u-admin', displayName: 'Claire Martin', role: 'ADMIN' as const };
const meMock = { request: { query: MeQuery }, result: { data: { me: ADMIN } }, maxUsageCount: Infinity };
const actorsMock = {
  request: { query: AuditActorsQuery },
  result: {
    data: {
      users: [
        { __typename: 'User' as const, id: 'u-admin', displayName: 'Claire Martin' },
        { __typename: 'User' as const, id: 'u-coord', displayName: 'Yusuf Demir' },
      ],
    },
  },
  maxUsageCount: Infinity,
};

const entry = (id: string, action: string, o: { entityType?: string; entityId?: string | null; at?: string } = {}) => ({
  __typename: 'AuditEntry' as const,
  id,
  action,
  at: o.at ?? '2026-12-02T09:00:00.000Z',
  entityType: o.entityType ?? 'Meeting',
  entityId: o.entityId === undefined ? 'm1' : o.entityId,
  data: {},
  actor: { __typename: 'User' as const, id: 'u-coord', displayName: 'Yusuf Demir' },
});
const page = (entries: ReturnType<typeof entry>[], o: { hasMore?: boolean; total?: number; endCursor?: string | null } = {}) => ({
  data: {
    auditLog: {
      __typename: 'AuditLogPage' as const,
      totalCount: o.total ?? entries.length,
      hasMore: o.hasMore ?? false,
      endCursor: o.endCursor ?? null,
      entries,
    },
  },
});
const log = (variables: Record<string, unknown>, result: ReturnType<typeof page>) => {
  const fn = vi.fn(() => result);
  return { mock: { request: { query: AuditLogQuery, variables: { first: 50, ...variables } }, result: fn }, fn };
};

describe('the audit log page', () => {
  it('asks for everything without sending a null filter, shows actions and targets in words, and pages through every row', async () => {
    const first = log(
      { filter: {} },
      page([entry('e1', 'MEETING_REOPEN'), entry('e2', 'MEETING_END')], { hasMore: true, total: 3, endCursor: 'c2' }),
    );
    const second = log(
      { filter: {}, after: 'c2' },
      page([entry('e3', 'USER_BOOTSTRAP_ADMIN_CREATE', { entityType: 'User', entityId: 'u1' })], { total: 3, endCursor: 'c3' }),
    );
    renderApp({ route: '/audit', mocks: [meMock, actorsMock, first.mock, second.mock], token: tokenOf('u-admin') });

    const table = await screen.findByTestId('audit-table');
    expect(within(table).getByText('Réunion rouverte')).toBeInTheDocument();
    expect(within(table).getByText('Réunion close')).toBeInTheDocument();
    expect(table).not.toHaveTextContent('meeting.');
    expect(screen.getByTestId('audit-count')).toHaveTextContent('2 entrée(s) affichée(s) sur 3');
    expect(screen.getByTestId('audit-count')).toHaveAttribute('role', 'status');

    await userEvent.click(screen.getByRole('button', { name: 'Afficher plus' }));
    await waitFor(() =>
      expect(within(screen.getByTestId('audit-table')).getByText('Premier compte administrateur créé')).toBeInTheDocument(),
    );
    expect(screen.getByTestId('audit-count')).toHaveTextContent('3 entrée(s) affichée(s) sur 3');
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).not.toBeInTheDocument();
    expect(first.fn).toHaveBeenCalledTimes(1);
    expect(second.fn).toHaveBeenCalledTimes(1);
  });

  it('filters by action, actor, one target picked in a row, and dates', async () => {
    const dayStart = (day: string, plus = 0) => {
      const d = new Date(`${day}T00:00:00`);
      d.setDate(d.getDate() + plus);
      return d.toISOString();
    };
    const all = log({ filter: {} }, page([entry('e1', 'MEETING_START')]));
    const byAction = log({ filter: { action: 'MEETING_START' } }, page([entry('e1', 'MEETING_START')]));
    const byActor = log({ filter: { action: 'MEETING_START', actorId: 'u-coord' } }, page([entry('e1', 'MEETING_START')]));
    const byTarget = log(
      { filter: { action: 'MEETING_START', actorId: 'u-coord', entityType: 'Meeting', entityId: 'm1' } },
      page([entry('e1', 'MEETING_START')]),
    );
    const fromDay = log(
      { filter: { action: 'MEETING_START', actorId: 'u-coord', entityType: 'Meeting', entityId: 'm1', from: dayStart('2026-12-01') } },
      page([entry('e1', 'MEETING_START')]),
    );
    const toDay = log(
      {
        filter: {
          action: 'MEETING_START',
          actorId: 'u-coord',
          entityType: 'Meeting',
          entityId: 'm1',
          from: dayStart('2026-12-01'),
          to: dayStart('2026-12-02', 1),
        },
      },
      page([]),
    );
    renderApp({
      route: '/audit',
      mocks: [meMock, actorsMock, ...[all, byAction, byActor, byTarget, fromDay, toDay].map((x) => x.mock)],
      token: tokenOf('u-admin'),
    });

    await screen.findByTestId('audit-table');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Action' }), 'Réunion ouverte');
    await waitFor(() => expect(byAction.fn).toHaveBeenCalled());
    await screen.findByRole('option', { name: 'Yusuf Demir' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Par' }), 'Yusuf Demir');
    await waitFor(() => expect(byActor.fn).toHaveBeenCalled());
    await userEvent.click(await screen.findByRole('button', { name: 'Historique de cet objet : Réunion' }));
    await waitFor(() => expect(byTarget.fn).toHaveBeenCalled());
    expect(screen.getByTestId('audit-target')).toHaveTextContent('Un objet précis (Réunion)');
    await userEvent.type(screen.getByLabelText('Du'), '2026-12-01');
    await waitFor(() => expect(fromDay.fn).toHaveBeenCalled());
    await userEvent.type(screen.getByLabelText('Au (inclus)'), '2026-12-02');
    await waitFor(() => expect(toDay.fn).toHaveBeenCalled());
    expect(await screen.findByText('Aucune entrée pour ces filtres.')).toBeInTheDocument();
  });

  it('has every recorded action and target in words in French, English and Arabic', () => {
    for (const lang of ['fr', 'en', 'ar'] as const) {
      const i18n = createI18n(lang);
      const t = i18n.t.bind(i18n) as unknown as (key: string) => unknown;
      const missing = [...AUDIT_ACTIONS.map((a) => `auditActions.${a}`), ...AUDIT_TARGETS.map((x) => `auditTargets.${x}`)].filter((key) => {
        const text = t(key);
        return typeof text !== 'string' || text === key || text.length === 0;
      });
      expect([lang, missing]).toEqual([lang, []]);
    }
  });

  it('says an entry’s details in words: labels, yes/no, roles, scopes; never an id or a raw code', async () => {
    const cancelled = {
      ...entry('e1', 'MEETING_CANCEL'),
      data: { reason: 'Grève des transports', scope: 'THIS_AND_FOLLOWING', cancelled: 3, seriesId: '9b2f6c1e-1111-4a4a-8888-123456789abc' },
    };
    const role = { ...entry('e2', 'USER_SET_ROLE', { entityType: 'User', entityId: 'u1' }), data: { from: 'DEPUTY', to: 'COORDINATOR' } };
    const started = { ...entry('e3', 'MEETING_START'), data: { early: true, kind: 'SOMETHING_NEW' } };
    const first = log({ filter: {} }, page([cancelled, role, started] as unknown as ReturnType<typeof entry>[]));
    renderApp({ route: '/audit', mocks: [meMock, actorsMock, first.mock], token: tokenOf('u-admin') });

    const table = await screen.findByTestId('audit-table');
    expect(
      await within(table).findByText(
        'Motif : Grève des transports, Réunions concernées : Cette réunion et les suivantes de la série, Réunions annulées : 3',
      ),
    ).toBeInTheDocument();
    expect(within(table).getByText('Avant : Député·e, Après : Coordination')).toBeInTheDocument();
    expect(within(table).getByText('Ouverte en avance : oui')).toBeInTheDocument();
    expect(table).not.toHaveTextContent(/THIS_AND_FOLLOWING|SOMETHING_NEW|9b2f6c1e|scope|seriesId/);
  });
});
