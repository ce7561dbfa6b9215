import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { VotePanel } from './VotePanel';
import { fakeApi, renderWithApi } from '../../test/fake-api';

const OPTIONS = ['For', 'Against', 'Abstain'];

function aVote(over: Record<string, unknown> = {}) {
  return {
    __typename: 'Vote',
    id: 'v1',
    question: 'Demander un interprète dans chaque PASS ?',
    options: OPTIONS,
    secrecy: 'SECRET',
    allowChange: true,
    eligibility: 'PRESENT',
    status: 'OPEN',
    cast: 0,
    eligible: 3,
    canVote: true,
    hasVoted: false,
    openedAt: '2026-11-27T17:30:00.000Z',
    closedAt: null,
    agendaItem: { __typename: 'AgendaItem', id: 'a1', title: 'Interprétariat' },
    results: null as unknown,
    decision: null as unknown,
    namedVotes: null as unknown,
    proxies: [] as unknown[],
    voters: [] as unknown[],
    ...over,
  };
}

const closedResults = {
  __typename: 'VoteResults',
  cast: 3,
  eligible: 3,
  turnout: 1,
  counts: [
    { __typename: 'VoteOptionCount', option: 'For', count: 2 },
    { __typename: 'VoteOptionCount', option: 'Against', count: 1 },
    { __typename: 'VoteOptionCount', option: 'Abstain', count: 0 },
  ],
  quorum: { __typename: 'VoteQuorum', members: 5, present: 3, required: 3, reached: true },
};

const deputy = (id: string, fullName: string) => ({ __typename: 'Deputy', id, fullName });
const MEMBERS = [deputy('d-amina', 'Amina Haidari'), deputy('d-rokia', 'Rokia Traoré'), deputy('d-leyla', 'Leyla Yilmaz')];
const votesOf = (votes: unknown[]) => ({
  meeting: {
    __typename: 'Meeting',
    id: 'm1',
    group: {
      __typename: 'WorkingGroup',
      id: 'g1',
      members: MEMBERS.map((d, i) => ({ __typename: 'GroupMember', id: `gm${i}`, deputy: d })),
    },
    votes,
  },
});
const payload = (vote: Record<string, unknown>, receipt: string | null, firstCast: boolean) => ({
  castVote: { __typename: 'CastVotePayload', cast: 1, eligible: 3, firstCast, receipt, vote },
});

describe('VotePanel', () => {
  it('lets a member cast a secret vote, keeps the receipt on the device only, and sends it to change the vote', async () => {
    let vote = aVote();
    const api = fakeApi((name, variables) => {
      if (name === 'CastVote') {
        const first = !vote.hasVoted;
        vote = aVote({ hasVoted: true, cast: 1 });
        return payload(vote, first ? 'receipt-123' : null, first);
      }
      void variables;
      return votesOf([vote]);
    });
    renderWithApi(<VotePanel meetingId="m1" agendaItem={{ id: 'a1', title: 'Interprétariat' }} canRun={false} />, api);

    const card = await screen.findByTestId('vote-card');
    expect(within(card).getByText('Bulletin secret : personne ne peut relier votre choix à votre nom.')).toBeInTheDocument();
    await userEvent.click(within(card).getByRole('radio', { name: 'Pour' }));
    await userEvent.click(within(card).getByRole('button', { name: 'Voter' }));
    await within(card).findByText('Votre vote est enregistré.');
    expect(api.sent.find((s) => s.name === 'CastVote')?.variables).toEqual({
      input: { voteId: 'v1', choice: 0, receipt: null, onBehalfOf: null },
    });
    expect(localStorage.getItem('tribune.vote-receipt.v1')).toBe('receipt-123');

    await userEvent.click(within(card).getByRole('button', { name: 'Changer mon vote' }));
    await userEvent.click(within(card).getByRole('radio', { name: 'Contre' }));
    await userEvent.click(within(card).getByRole('button', { name: 'Enregistrer mon nouveau vote' }));
    await within(card).findByText('Votre vote est modifié.');
    expect(api.sent.filter((s) => s.name === 'CastVote')[1].variables).toEqual({
      input: { voteId: 'v1', choice: 1, receipt: 'receipt-123', onBehalfOf: null },
    });
  });

  it('shows how many have voted from vote:progress, never how', async () => {
    const api = fakeApi(() => votesOf([aVote({ canVote: false })]));
    const socket = renderWithApi(<VotePanel meetingId="m1" agendaItem={null} canRun={false} />, api);
    const progress = await screen.findByTestId('vote-progress');
    expect(progress).toHaveTextContent('Votes exprimés : 0 sur 3');
    act(() => socket.serverEmit('vote:progress', { groupId: 'g1', meetingId: 'm1', voteId: 'v1', cast: 2, eligible: 3 }));
    await waitFor(() => expect(progress).toHaveTextContent('Votes exprimés : 2 sur 3'));
    expect(screen.queryByTestId('vote-count')).not.toBeInTheDocument();
    expect(screen.queryByTestId('ballot')).not.toBeInTheDocument();
  });

  it('lets the chair open a secret vote with custom options, refusing fewer than two', async () => {
    const api = fakeApi((name) => (name === 'OpenVote' ? { openVote: aVote() } : votesOf([])));
    renderWithApi(<VotePanel meetingId="m1" agendaItem={{ id: 'a1', title: 'Interprétariat' }} canRun />, api);
    await screen.findByText('Aucun vote pour cette séance.');
    await userEvent.click(screen.getByRole('button', { name: 'Ouvrir un vote' }));
    await userEvent.click(screen.getByRole('textbox', { name: 'Question soumise au vote' }));
    await userEvent.paste('Quel jour pour la permanence ?');
    await userEvent.click(screen.getByRole('radio', { name: 'Choix personnalisés' }));
    await userEvent.click(screen.getByRole('textbox', { name: 'Les choix' }));
    await userEvent.paste('Mardi');
    await userEvent.click(screen.getByRole('radio', { name: 'Vote à bulletin secret' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ouvrir le vote' }));
    expect(await screen.findByText('Donnez au moins deux choix.')).toBeInTheDocument();
    expect(api.sent.some((s) => s.name === 'OpenVote')).toBe(false);

    await userEvent.click(screen.getByRole('textbox', { name: 'Les choix' }));
    await userEvent.paste('\nJeudi');
    await userEvent.click(screen.getByRole('button', { name: 'Ouvrir le vote' }));
    await waitFor(() => expect(api.sent.some((s) => s.name === 'OpenVote')).toBe(true));
    expect(api.sent.find((s) => s.name === 'OpenVote')?.variables).toEqual({
      input: {
        agendaItemId: 'a1',
        question: 'Quel jour pour la permanence ?',
        options: ['Mardi', 'Jeudi'],
        secrecy: 'SECRET',
        eligibility: 'PRESENT',
        allowChange: false,
        proxies: [],
      },
    });
  });

  it('shows the results with turnout and quorum, and records the decision in one step', async () => {
    let vote = aVote({ status: 'CLOSED', canVote: false, cast: 3, results: closedResults });
    const api = fakeApi((name, variables) => {
      if (name === 'RecordVoteDecision') {
        const { text } = (variables as { input: { text: string } }).input;
        vote = { ...vote, decision: { __typename: 'Decision', id: 'dec1', text } };
        return { recordVoteDecision: vote };
      }
      return votesOf([vote]);
    });
    renderWithApi(<VotePanel meetingId="m1" agendaItem={{ id: 'a1', title: 'Interprétariat' }} canRun />, api);

    const results = await screen.findByTestId('vote-results');
    expect(
      within(results)
        .getAllByTestId('vote-count')
        .map((c) => c.textContent),
    ).toEqual(['Pour : 2', 'Contre : 1', 'Abstention : 0']);
    expect(within(results).getByTestId('vote-turnout').textContent).toMatch(/^Participation : 3 sur 3 \(100\s?%\)\.$/);
    expect(within(results).getByTestId('vote-quorum')).toHaveTextContent(
      'Quorum à la clôture : 3 présent·es sur 5 membres, 3 requis. Quorum atteint',
    );
    const text = within(results).getByRole('textbox', { name: 'Texte de la décision' });
    expect(text).toHaveValue('Demander un interprète dans chaque PASS ? — Pour 2, Contre 1, Abstention 0');
    await userEvent.clear(text);
    await userEvent.paste('Adopté : un interprète dans chaque PASS.');
    await userEvent.click(within(results).getByRole('button', { name: 'Enregistrer comme décision' }));
    expect(await screen.findByTestId('vote-decision')).toHaveTextContent('Décision enregistrée : Adopté : un interprète dans chaque PASS.');
    expect(api.sent.find((s) => s.name === 'RecordVoteDecision')?.variables).toEqual({
      input: { voteId: 'v1', text: 'Adopté : un interprète dans chaque PASS.' },
    });
  });

  it('lists who voted what once a named vote is closed, with the proxy holder when there was one', async () => {
    const api = fakeApi(() =>
      votesOf([
        aVote({
          secrecy: 'NAMED',
          status: 'CLOSED',
          canVote: false,
          results: closedResults,
          namedVotes: [
            { __typename: 'NamedVote', option: 'For', deputy: deputy('d1', 'Amina Haidari'), castBy: deputy('d1', 'Amina Haidari') },
            { __typename: 'NamedVote', option: 'Against', deputy: deputy('d2', 'Rokia Traoré'), castBy: deputy('d3', 'Leyla Yilmaz') },
          ],
        }),
      ]),
    );
    renderWithApi(<VotePanel meetingId="m1" agendaItem={null} canRun={false} />, api);
    const named = await screen.findByTestId('named-votes');
    expect(within(named).getByText('Vote nominatif : 2 votant·es')).toBeInTheDocument();
    expect(
      within(named)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Amina Haidari : Pour', 'Rokia Traoré : Contre (par procuration, porté par Leyla Yilmaz)']);
  });

  it('lets the holder of a proxy cast the other member’s vote beside their own, and tells the grantor who carries theirs', async () => {
    const proxy = { __typename: 'VoteProxy', grantor: deputy('d-rokia', 'Rokia Traoré'), holder: deputy('d-leyla', 'Leyla Yilmaz') };
    let vote = aVote({ secrecy: 'NAMED', allowChange: false, proxies: [proxy] });
    const api = fakeApi((name) => {
      if (name === 'CastVote') {
        vote = { ...vote, cast: 1, voters: [{ __typename: 'Deputy', id: 'd-rokia' }] };
        return payload(vote, null, true);
      }
      return votesOf([vote]);
    });
    renderWithApi(<VotePanel meetingId="m1" agendaItem={null} canRun={false} memberDeputyId="d-leyla" />, api);

    const proxyBallot = await screen.findByTestId('proxy-ballot');
    expect(screen.getByTestId('ballot')).toBeInTheDocument();
    await userEvent.click(within(proxyBallot).getByRole('radio', { name: 'Abstention' }));
    await userEvent.click(within(proxyBallot).getByRole('button', { name: 'Voter pour Rokia Traoré' }));
    expect(await screen.findByTestId('proxy-ballot-done')).toHaveTextContent(
      'Voix de Rokia Traoré (procuration) Votre vote est enregistré.',
    );
    expect(api.sent.find((s) => s.name === 'CastVote')?.variables).toEqual({
      input: { voteId: 'v1', choice: 2, receipt: null, onBehalfOf: 'd-rokia' },
    });
    // Her own ballot is still there.
    expect(screen.getByTestId('ballot')).toBeInTheDocument();
  });

  it('tells a member who gave their proxy who carries their vote, without a ballot', async () => {
    const proxy = { __typename: 'VoteProxy', grantor: deputy('d-rokia', 'Rokia Traoré'), holder: deputy('d-leyla', 'Leyla Yilmaz') };
    const api = fakeApi(() => votesOf([aVote({ proxies: [proxy] })]));
    renderWithApi(<VotePanel meetingId="m1" agendaItem={null} canRun={false} memberDeputyId="d-rokia" />, api);
    expect(await screen.findByTestId('proxy-given')).toHaveTextContent(
      'Vous avez donné procuration : votre voix est portée par Leyla Yilmaz.',
    );
    expect(screen.queryByTestId('ballot')).not.toBeInTheDocument();
  });

  it('lets the chair declare a proxy when opening a vote, and offers no second vote while one is open', async () => {
    let votes: unknown[] = [];
    const api = fakeApi((name) => {
      if (name === 'OpenVote') {
        votes = [aVote()];
        return { openVote: votes[0] };
      }
      return votesOf(votes);
    });
    renderWithApi(<VotePanel meetingId="m1" agendaItem={{ id: 'a1', title: 'Interprétariat' }} canRun />, api);
    await userEvent.click(await screen.findByRole('button', { name: 'Ouvrir un vote' }));
    await userEvent.click(screen.getByRole('textbox', { name: 'Question soumise au vote' }));
    await userEvent.paste('Adopter le rapport ?');
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter une procuration' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Procuration 1 : voix de' }), 'Rokia Traoré');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Procuration 1 : portée par' }), 'Leyla Yilmaz');
    await userEvent.click(screen.getByRole('button', { name: 'Ouvrir le vote' }));
    await waitFor(() => expect(api.sent.some((s) => s.name === 'OpenVote')).toBe(true));
    expect(api.sent.find((s) => s.name === 'OpenVote')?.variables).toMatchObject({
      input: { proxies: [{ grantorId: 'd-rokia', holderId: 'd-leyla' }] },
    });
    await screen.findByTestId('vote-card');
    expect(screen.queryByRole('button', { name: 'Ouvrir un vote' })).not.toBeInTheDocument();
  });
});
