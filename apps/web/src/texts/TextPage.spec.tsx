import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../test/render';
import { TextMeetingsQuery, TextPageQuery } from './operations';

const paragraph = (id: string, text: string, line: number) => ({
  __typename: 'TextParagraph' as const,
  id,
  text,
  firstLine: line,
  lastLine: line,
});
const P1 = 'Le logement est un droit.';
const P2 = 'يجب على الدولة أن تضمن الحق في السكن.';
const deputy = (id: string, fullName: string) => ({ __typename: 'Deputy' as const, id, fullName });

function amendment(o: {
  id: string;
  number: number;
  targets: ReturnType<typeof paragraph>[];
  text: string | null;
  kind?: string;
  stale?: string[];
  version?: number;
}) {
  return {
    __typename: 'Amendment' as const,
    id: o.id,
    number: o.number,
    status: 'SUBMITTED',
    reason: 'Plus juste',
    procedure: null,
    procedureNote: null,
    staleParagraphIds: o.stale ?? [],
    author: deputy('d2', 'Yonas Tesfamariam'),
    signers: [],
    version: { __typename: 'TextVersion' as const, id: `v${o.version ?? 2}`, number: o.version ?? 2 },
    targets: o.targets,
    changes: [
      { __typename: 'ParagraphChange' as const, kind: o.kind ?? 'REPLACE', paragraphId: o.targets[0].id, afterId: null, text: o.text },
    ],
    modifiedChanges: null,
    block: null,
    agendaItem: null,
  };
}

function textResult(coordinate: boolean) {
  return {
    text: {
      __typename: 'Text' as const,
      id: 't1',
      title: 'Logement digne',
      kind: 'RECOMMENDATION',
      status: 'OPEN',
      amendmentDeadline: '2030-01-01T12:00:00.000Z',
      decidedAt: null,
      group: { __typename: 'WorkingGroup' as const, id: 'g1', name: 'Logement' },
      viewerCan: { __typename: 'TextViewerCan' as const, edit: false, agree: false, amend: true, coordinate },
      authors: [{ __typename: 'TextAuthor' as const, agreed: true, deputy: deputy('d1', 'Amina Haidari') }],
      fieldReports: [],
      currentVersion: {
        __typename: 'TextVersion' as const,
        id: 'v2',
        number: 2,
        paragraphs: [paragraph('p1', P1, 1), paragraph('p2', P2, 2)],
      },
      versions: [
        { __typename: 'TextVersion' as const, id: 'v1', number: 1, origin: 'draft', createdAt: '2026-01-01T00:00:00.000Z' },
        { __typename: 'TextVersion' as const, id: 'v2', number: 2, origin: 'draft', createdAt: '2026-01-02T00:00:00.000Z' },
      ],
      amendments: [
        amendment({ id: 'a1', number: 1, targets: [paragraph('p2', P2, 2)], text: 'يجب على الحكومة أن تضمن الحق في السكن.' }),
        amendment({ id: 'a2', number: 2, targets: [paragraph('p2', P2, 2)], text: null, kind: 'DELETE' }),
        // Written on version 1, where the first paragraph read otherwise: shown against that wording, flagged.
        amendment({
          id: 'a3',
          number: 3,
          targets: [paragraph('p1', 'Le logement est un besoin.', 1)],
          text: 'Le logement est un droit fondamental.',
          stale: ['p1'],
          version: 1,
        }),
      ],
      overlaps: [{ __typename: 'AmendmentOverlap' as const, amendmentIds: ['a1', 'a2'] }],
      blocks: [],
      pendingCollisions: [],
      agendaItem: null,
    },
  };
}

const mocks = (coordinate: boolean) => [
  { request: { query: TextPageQuery, variables: { id: 't1' } }, result: { data: textResult(coordinate) }, maxUsageCount: 5 },
  { request: { query: TextMeetingsQuery, variables: { groupId: 'g1' } }, result: { data: { meetings: [] } }, maxUsageCount: 20 },
];

describe('TextPage', () => {
  it('reads the text with its line numbers, each paragraph in its own direction', async () => {
    renderApp({ route: '/texts/t1', mocks: mocks(false) });
    const paragraphs = await screen.findAllByTestId('text-paragraph');
    expect(paragraphs).toHaveLength(2);
    expect(within(paragraphs[0]).getByLabelText('lignes 1 à 1')).toHaveTextContent('1');
    expect(within(paragraphs[1]).getAllByText(P2)[0]).toHaveAttribute('dir', 'auto');
  });

  it('shows amendments as changes in place, word by word, with overlaps and stale targets flagged', async () => {
    renderApp({ route: '/texts/t1', mocks: mocks(false) });
    await screen.findAllByTestId('amendment');
    const [first, second, third] = [1, 2, 3].map((n) => screen.getByLabelText(`Amendement n° ${n}`));
    // Whole Arabic words removed and added, never letters.
    expect(within(first).getByLabelText('supprimé')).toHaveTextContent(/^الدولة$/);
    expect(within(first).getByLabelText('ajouté')).toHaveTextContent(/^الحكومة$/);
    expect(within(first).getByTestId('overlap-flag')).toHaveTextContent('Recoupe les amendements n° 2');
    expect(within(second).getByTestId('overlap-flag')).toHaveTextContent('n° 1');
    // Against the wording of version 1, and flagged.
    expect(within(third).getByText(/sur la version 1/)).toBeInTheDocument();
    expect(within(third).getByLabelText('supprimé')).toHaveTextContent('besoin');
    expect(within(third).getByTestId('stale-flag')).toBeInTheDocument();
  });

  it('offers the proposed procedure to coordination only (the API says who)', async () => {
    const { unmount } = renderApp({ route: '/texts/t1', mocks: mocks(false) });
    await screen.findAllByTestId('amendment');
    expect(screen.queryByLabelText('Procédure proposée (n° 1)')).toBeNull();
    unmount();
    renderApp({ route: '/texts/t1', mocks: mocks(true) });
    expect(await screen.findByLabelText('Procédure proposée (n° 1)')).toBeInTheDocument();
  });
});
