import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeLiveSocket } from '../../test/fake-live-socket';
import { SpeakersPanel } from './SpeakersPanel';
import { fakeApi, renderWithApi, type FakeApi } from '../../test/fake-api';

const SERVER_NOW = Date.parse('2026-11-27T17:20:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

type Gender = 'WOMAN' | 'MAN' | 'OTHER' | 'UNDISCLOSED';
/** An entry of the list as the API gives it: no declared gender beside the name (issue 12). */
const entry = (id: string, fullName: string, firstTime = true, pointOfOrder = false) => ({
  __typename: 'SpeakerQueueEntry',
  requestId: `r-${id}`,
  deputyId: `d-${id}`,
  fullName,
  pointOfOrder,
  firstTime,
  requestedAt: iso(SERVER_NOW - 60_000),
});

function speakersState(over: Record<string, unknown> = {}) {
  return {
    __typename: 'SpeakersState',
    meetingId: 'm1',
    agendaItemId: 'a1',
    speakingTimeSeconds: 180,
    alternating: false,
    rule: 'Points of order first; then in the order set by the chair.',
    serverTime: iso(SERVER_NOW),
    current: null as null | Record<string, unknown>,
    queue: [] as ReturnType<typeof entry>[],
    ...over,
  };
}

const speech = (fullName: string, startedAt: number, allottedSeconds = 180) => ({
  __typename: 'CurrentSpeech',
  speechId: `s-${fullName}`,
  deputyId: `d-${fullName}`,
  fullName,
  pointOfOrder: false,
  startedAt: iso(startedAt),
  allottedSeconds,
  endsAt: iso(startedAt + allottedSeconds * 1000),
});

function renderPanel(props: Partial<Parameters<typeof SpeakersPanel>[0]>, api: FakeApi, socket = new FakeLiveSocket(true)) {
  return renderWithApi(<SpeakersPanel meetingId="m1" agendaItemId="a1" canRun={false} memberDeputyId={null} {...props} />, api, socket);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('SpeakersPanel: the countdown', () => {
  it('shows the remaining time on the server’s clock, even when the device’s clock is 7 minutes ahead', async () => {
    // The device believes it is 17:27; the server says 17:20, and the speech began at 17:19 for 3 minutes.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(SERVER_NOW + 7 * 60_000);
    const api = fakeApi(() => ({ speakers: speakersState({ current: speech('Amina Haidari', SERVER_NOW - 60_000) }) }));
    renderPanel({}, api);

    const timer = await screen.findByRole('timer', { name: 'Temps de parole restant' });
    expect(timer).toHaveTextContent('2:00');
    expect(screen.getByTestId('current-speaker')).toHaveTextContent('Amina Haidari a la parole');

    // 30 seconds later on the device: 1:30 on everyone's screen.
    vi.setSystemTime(SERVER_NOW + 7 * 60_000 + 30_000);
    await waitFor(() => expect(timer).toHaveTextContent('1:30'));
  });

  it('reads the list again when the connection comes back, with a fresh clock offset', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(SERVER_NOW);
    let server = speakersState({ current: speech('Amina Haidari', SERVER_NOW) });
    const api = fakeApi(() => ({ speakers: server }));
    const socket = renderPanel({}, api);
    await screen.findByText('3:00');

    // Away for a while (the phone's clock drifted 2 minutes back meanwhile); the floor changed hands on the server.
    const later = SERVER_NOW + 5 * 60_000;
    server = speakersState({ serverTime: iso(later), current: speech('Yonas Tesfamariam', later - 40_000) });
    vi.setSystemTime(later - 2 * 60_000);
    const reads = api.sent.filter((s) => s.name === 'Speakers').length;
    act(() => socket.serverEmit('connect'));
    await waitFor(() => expect(api.sent.filter((s) => s.name === 'Speakers').length).toBe(reads + 1));
    await waitFor(() => expect(screen.getByTestId('current-speaker')).toHaveTextContent('Yonas Tesfamariam'));
    expect(screen.getByRole('timer')).toHaveTextContent('2:20');
  });

  it('follows speakers:updated from the channel and ignores a state older than the one shown', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(SERVER_NOW);
    const api = fakeApi(() => ({ speakers: speakersState() }));
    const socket = renderPanel({}, api);
    await screen.findByText('Personne n’a la parole.');

    const { __typename: _t, ...current } = speech('Rokia Traoré', SERVER_NOW + 10_000, 120);
    act(() =>
      socket.serverEmit('speakers:updated', { ...speakersState({ serverTime: iso(SERVER_NOW + 10_000), current }), groupId: 'g1' }),
    );
    expect(await screen.findByRole('timer')).toHaveTextContent('2:00');
    // Another item's list, and a stale state, change nothing.
    act(() =>
      socket.serverEmit('speakers:updated', {
        ...speakersState({ agendaItemId: 'a2', serverTime: iso(SERVER_NOW + 20_000) }),
        groupId: 'g1',
      }),
    );
    act(() => socket.serverEmit('speakers:updated', { ...speakersState({ serverTime: iso(SERVER_NOW + 1_000) }), groupId: 'g1' }));
    expect(screen.getByTestId('current-speaker')).toHaveTextContent('Rokia Traoré');
  });

  it('tells screen readers who has the floor and the marks, not every second', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(SERVER_NOW);
    const api = fakeApi(() => ({ speakers: speakersState({ current: speech('Amina Haidari', SERVER_NOW - 115_000, 180) }) }));
    renderPanel({}, api);
    const announcer = await screen.findByTestId('countdown-announcer');
    expect(announcer).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('timer')).not.toHaveAttribute('aria-live');
    await waitFor(() => expect(announcer).toHaveTextContent('Amina Haidari a la parole, pour 1 minute.'));

    vi.setSystemTime(SERVER_NOW + 2_000);
    await waitFor(() => expect(screen.getByRole('timer')).toHaveTextContent('1:03'));
    expect(announcer).toHaveTextContent('Amina Haidari a la parole, pour 1 minute.');

    vi.setSystemTime(SERVER_NOW + 6_000);
    await waitFor(() => expect(announcer).toHaveTextContent('Plus que 60 secondes.'));
    vi.setSystemTime(SERVER_NOW + 66_000);
    await waitFor(() => expect(announcer).toHaveTextContent('Temps de parole écoulé pour Amina Haidari.'));
    expect(screen.getByRole('timer')).toHaveTextContent('-0:01');
  });
});

describe('SpeakersPanel: the alternating list', () => {
  const alternatingQueue = [
    entry('p', 'Karim Benali', false, true),
    entry('w1', 'Amina Haidari'),
    entry('m1', 'Yonas Tesfamariam'),
    entry('w2', 'Rokia Traoré', false),
  ];

  it('shows the rule to everyone, and whether each person has spoken, in the server’s order, never a declared gender beside a name', async () => {
    const api = fakeApi(() => ({ speakers: speakersState({ alternating: true, queue: alternatingQueue }) }));
    renderPanel({ memberDeputyId: 'd-m1' }, api);

    expect(await screen.findByTestId('speakers-rule')).toHaveTextContent(
      'Liste alternée Règle : motions d’ordre d’abord ; puis celles et ceux qui ne se sont pas encore exprimés sur ce point avant les autres ; dans chaque groupe, femmes et hommes alternent.',
    );
    const entries = within(screen.getByTestId('speakers-queue')).getAllByTestId('speaker-entry');
    expect(entries.map((e) => within(e).getByTestId('speaker-name').textContent)).toEqual([
      '1. Karim Benali',
      '2. Amina Haidari',
      '3. Yonas Tesfamariam (vous)',
      '4. Rokia Traoré',
    ]);
    expect(within(entries[0]).getByText('Motion d’ordre')).toBeInTheDocument();
    expect(screen.getByTestId('speakers-queue')).not.toHaveTextContent(/\b(femme|homme)\b/);
    expect(within(entries[1]).getByTestId('speaker-first')).toHaveTextContent('pas encore intervenu·e');
    expect(within(entries[3]).getByTestId('speaker-first')).toHaveTextContent('déjà intervenu·e');
    // A member in the list withdraws; no chair buttons for them.
    expect(screen.getByRole('button', { name: 'Retirer ma demande' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Donner la parole/ })).not.toBeInTheDocument();
  });

  it('in plain mode, shows no gender and lets the chair move people with the keyboard', async () => {
    let queue = [entry('w1', 'Amina Haidari'), entry('m1', 'Yonas Tesfamariam')];
    const api = fakeApi((name, variables) => {
      if (name === 'ReorderSpeakers') {
        const ids = (variables.input as { requestIds: string[] }).requestIds;
        queue = ids.map((id) => queue.find((q) => q.requestId === id)!);
        return { reorderSpeakers: speakersState({ serverTime: iso(SERVER_NOW + 5000), queue }) };
      }
      return { speakers: speakersState({ queue }) };
    });
    renderPanel({ canRun: true }, api);
    await screen.findByTestId('speakers-queue');
    expect(screen.getByTestId('speakers-rule')).toHaveTextContent('Liste simple');
    expect(screen.queryByTestId('speaker-gender')).not.toBeInTheDocument();

    const down = screen.getByRole('button', { name: 'Faire descendre Amina Haidari' });
    down.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getAllByTestId('speaker-name').map((n) => n.textContent)).toEqual(['1. Yonas Tesfamariam', '2. Amina Haidari']),
    );
    expect(api.sent.find((s) => s.name === 'ReorderSpeakers')?.variables).toEqual({
      input: { agendaItemId: 'a1', requestIds: ['r-m1', 'r-w1'] },
    });
    // Focus follows Amina (now last: the "up" button, since "down" is disabled there).
    expect(screen.getByRole('button', { name: 'Faire monter Amina Haidari' })).toHaveFocus();
    expect(screen.getByTestId('speakers-announcer')).toHaveTextContent('Amina Haidari passe en position 2 sur 2.');
  });

  it('asks the chair for a reason before giving the floor against the rule, and sends it', async () => {
    const api = fakeApi((name) => {
      if (name === 'GiveFloor') {
        const { __typename: _t, ...rest } = speech('Rokia Traoré', SERVER_NOW + 1000);
        return {
          giveFloor: speakersState({
            alternating: true,
            serverTime: iso(SERVER_NOW + 1000),
            current: { __typename: 'CurrentSpeech', ...rest, deputyId: 'd-w2' },
            queue: alternatingQueue.filter((q) => q.requestId !== 'r-w2'),
          }),
        };
      }
      return { speakers: speakersState({ alternating: true, queue: alternatingQueue }) };
    });
    renderPanel({ canRun: true }, api);
    await screen.findByTestId('speakers-queue');

    await userEvent.click(screen.getByRole('button', { name: 'Donner la parole à Rokia Traoré' }));
    const reason = screen.getByRole('textbox', { name: /La règle donne la parole à Karim Benali/ });
    await userEvent.click(within(reason.closest('form')!).getByRole('button', { name: 'Donner la parole à Rokia Traoré' }));
    expect(await screen.findByText('Donnez la raison de la dérogation.')).toBeInTheDocument();
    expect(api.sent.some((s) => s.name === 'GiveFloor')).toBe(false);

    await userEvent.type(reason, 'Rapporteuse du point');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('current-speaker')).toHaveTextContent('Rokia Traoré a la parole'));
    expect(api.sent.find((s) => s.name === 'GiveFloor')?.variables).toEqual({
      input: { agendaItemId: 'a1', requestId: 'r-w2', overrideReason: 'Rapporteuse du point' },
    });
    expect(screen.getByTestId('speakers-announcer')).toHaveTextContent('Rokia Traoré a la parole.');
  });

  it('gives the floor to the head of the list without asking for a reason', async () => {
    const api = fakeApi((name) =>
      name === 'GiveFloor'
        ? {
            giveFloor: speakersState({
              alternating: true,
              serverTime: iso(SERVER_NOW + 1000),
              current: speech('Karim Benali', SERVER_NOW + 1000),
              queue: alternatingQueue.slice(1),
            }),
          }
        : { speakers: speakersState({ alternating: true, queue: alternatingQueue }) },
    );
    renderPanel({ canRun: true }, api);
    await userEvent.click(await screen.findByRole('button', { name: 'Donner la parole à Karim Benali' }));
    await waitFor(() => expect(screen.getByTestId('current-speaker')).toHaveTextContent('Karim Benali a la parole'));
    expect(api.sent.find((s) => s.name === 'GiveFloor')?.variables).toEqual({
      input: { agendaItemId: 'a1', requestId: 'r-p', overrideReason: null },
    });
  });

  it('shows the parity of who actually spoke in the sitting, by declared gender', async () => {
    const byGender = (gender: Gender, seconds: number, share: number) => ({ __typename: 'SpeakingTimeByGender', gender, seconds, share });
    const api = fakeApi((name) =>
      name === 'MeetingSpeakingStats'
        ? {
            speakingStats: {
              __typename: 'SpeakingStats',
              totalSeconds: 400,
              speeches: 3,
              byGender: [byGender('MAN', 160, 0.4), byGender('OTHER', 0, 0), byGender('UNDISCLOSED', 0, 0), byGender('WOMAN', 240, 0.6)],
            },
          }
        : { speakers: speakersState() },
    );
    renderPanel({}, api);
    expect(await screen.findByTestId('speaking-parity')).toHaveTextContent(
      'Temps de parole de la séance (3 interventions) : hommes 40 % · femmes 60 %',
    );
  });
});
