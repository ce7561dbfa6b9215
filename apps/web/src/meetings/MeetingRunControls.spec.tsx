import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { MockLink } from '@apollo/client/testing';
import { AppProviders } from '../app/providers';
import { makeFragmentData } from '../gql';
import { createApolloClient } from '../graphql/client';
import { createI18n, type Language } from '../i18n';
import { graphQLErrorResult, meetingCan } from '../test/fixtures';
import { MeetingRunControls, MeetingRunFragment } from './MeetingRunControls';
import { EndMeetingMutation, ReopenMeetingMutation, StartMeetingMutation } from './operations';

const STARTS_AT = '2026-12-16T17:00:00.000Z';
type Status = 'SCHEDULED' | 'LIVE' | 'ENDED';

function meeting(o: { status: Status; reopenableUntil?: string | null; coordinate?: boolean; run?: boolean }) {
  return makeFragmentData(
    {
      __typename: 'Meeting',
      id: 'm1',
      title: 'Réunion du groupe Santé',
      status: o.status,
      startsAt: STARTS_AT,
      timeZone: 'Europe/Paris',
      reopenableUntil: o.reopenableUntil ?? null,
      viewerCan: meetingCan({ run: o.run ?? true, coordinate: o.coordinate ?? true }),
    } as never,
    MeetingRunFragment,
  );
}

const changed = (field: 'startMeeting' | 'endMeeting' | 'reopenMeeting', status: Status) => ({
  data: {
    [field]: {
      __typename: 'Meeting' as const,
      id: 'm1',
      status,
      ...(field === 'startMeeting'
        ? { startedAt: '2026-12-03T09:00:00.000Z', currentAgendaItem: null }
        : { endedAt: status === 'ENDED' ? '2026-12-03T10:00:00.000Z' : null }),
      attendanceFinal: false,
      reopenableUntil: status === 'ENDED' ? '2026-12-04T10:00:00.000Z' : null,
    },
  },
});

function show(ui: Parameters<typeof MeetingRunControls>[0], mocks: MockLink.MockedResponse[], lang: Language = 'fr') {
  const client = createApolloClient({ terminatingLink: new MockLink(mocks, { showWarnings: false }) });
  return render(
    <AppProviders client={client} i18n={createI18n(lang)}>
      <MemoryRouter>
        <MeetingRunControls {...ui} />
      </MemoryRouter>
    </AppProviders>,
  );
}

describe('opening, closing and reopening a meeting without a misclick', () => {
  it('asks before opening a meeting long before its time, with its scheduled time, then opens it with confirmEarly', async () => {
    const refused = vi.fn(() =>
      graphQLErrorResult('CONFLICT', 'Too early.', {
        reason: 'MEETING_NOT_DUE',
        params: { startsAt: STARTS_AT, timeZone: 'Europe/Paris' },
      }),
    );
    const confirmed = vi.fn(() => changed('startMeeting', 'LIVE'));
    show({ meeting: meeting({ status: 'SCHEDULED' }), labels: 'meeting' }, [
      { request: { query: StartMeetingMutation, variables: { input: { meetingId: 'm1', confirmEarly: false } } }, result: refused },
      { request: { query: StartMeetingMutation, variables: { input: { meetingId: 'm1', confirmEarly: true } } }, result: confirmed },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Ouvrir la réunion' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ouvrir la réunion en avance ?' });
    // The scheduled time on the meeting's clock (18:00 in Paris), said in words.
    expect(dialog).toHaveTextContent(/« Réunion du groupe Santé » est prévue le mercredi 16 décembre 2026 à? ?18:00 \(Europe\/Paris\)/);
    // Keyboard: the focus is in the dialog, on the safe choice.
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Ne pas l’ouvrir' })).toHaveFocus());
    expect(confirmed).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ouvrir maintenant' }));
    await waitFor(() => expect(confirmed).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(refused).toHaveBeenCalledTimes(1);
  });

  it('leaves the meeting scheduled when the person declines with Escape', async () => {
    const confirmed = vi.fn(() => changed('startMeeting', 'LIVE'));
    show({ meeting: meeting({ status: 'SCHEDULED' }), labels: 'meeting' }, [
      {
        request: { query: StartMeetingMutation, variables: { input: { meetingId: 'm1', confirmEarly: false } } },
        result: graphQLErrorResult('CONFLICT', 'Too early.', {
          reason: 'MEETING_NOT_DUE',
          params: { startsAt: STARTS_AT, timeZone: 'Europe/Paris' },
        }),
      },
      { request: { query: StartMeetingMutation, variables: { input: { meetingId: 'm1', confirmEarly: true } } }, result: confirmed },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Ouvrir la réunion' }));
    await screen.findByRole('dialog');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(confirmed).not.toHaveBeenCalled();
  });

  it('opens a meeting that is due at once, without a dialog', async () => {
    const started = vi.fn(() => changed('startMeeting', 'LIVE'));
    show({ meeting: meeting({ status: 'SCHEDULED' }), labels: 'live' }, [
      { request: { query: StartMeetingMutation, variables: { input: { meetingId: 'm1', confirmEarly: false } } }, result: started },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Ouvrir la séance' }));
    await waitFor(() => expect(started).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks before closing, and closes only on the explicit choice', async () => {
    const ended = vi.fn(() => changed('endMeeting', 'ENDED'));
    show({ meeting: meeting({ status: 'LIVE' }), labels: 'live' }, [
      { request: { query: EndMeetingMutation, variables: { input: { meetingId: 'm1' } } }, result: ended },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Clore la séance' }));
    let dialog = await screen.findByRole('dialog', { name: 'Clore la réunion ?' });
    expect(dialog).toHaveTextContent('ses coordinateur·rices peuvent la rouvrir pendant 24 heures');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Continuer la séance' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(ended).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Clore la séance' }));
    dialog = await screen.findByRole('dialog', { name: 'Clore la réunion ?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Clore maintenant' }));
    await waitFor(() => expect(ended).toHaveBeenCalledTimes(1));
  });

  it('offers its coordinators to reopen a meeting closed by mistake while the API allows it', async () => {
    const until = new Date(Date.now() + 3600_000).toISOString();
    const reopened = vi.fn(() => changed('reopenMeeting', 'LIVE'));
    show({ meeting: meeting({ status: 'ENDED', reopenableUntil: until }), labels: 'meeting' }, [
      { request: { query: ReopenMeetingMutation, variables: { input: { meetingId: 'm1' } } }, result: reopened },
    ]);
    expect(screen.getByText(/Close par erreur \? Elle peut être rouverte jusqu’au/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Rouvrir la réunion' }));
    await waitFor(() => expect(reopened).toHaveBeenCalledTimes(1));
  });

  it('offers no reopening after the deadline, nor to those who do not coordinate the meeting', () => {
    const { unmount } = show(
      { meeting: meeting({ status: 'ENDED', reopenableUntil: new Date(Date.now() - 1000).toISOString() }), labels: 'meeting' },
      [],
    );
    expect(screen.queryByRole('button', { name: 'Rouvrir la réunion' })).not.toBeInTheDocument();
    unmount();
    show(
      {
        meeting: meeting({ status: 'ENDED', reopenableUntil: new Date(Date.now() + 3600_000).toISOString(), coordinate: false }),
        labels: 'meeting',
      },
      [],
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('asks in Arabic and English too', async () => {
    for (const [lang, title] of [
      ['ar', 'إغلاق الاجتماع؟'],
      ['en', 'Close the meeting?'],
    ] as const) {
      const { unmount } = show({ meeting: meeting({ status: 'LIVE' }), labels: 'meeting' }, [], lang);
      await userEvent.click(screen.getAllByRole('button')[0]);
      expect(await screen.findByRole('dialog', { name: title })).toBeInTheDocument();
      unmount();
    }
  });
});
