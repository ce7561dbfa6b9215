import { GraphQLError } from 'graphql';
import { MeQuery } from '../auth/operations';
import { CurrentTermQuery } from '../terms/operations';

/** What the API answers for `currentTerm` (with the __typename the cache needs to match fragments). */
/** `hideGenders`: as the API answers anyone but administrators (issue 12: no declared gender beside a name). */
export function termData({ women = 8, men = 7, vacant = 0, minimumWomen = 8, hideGenders = false } = {}) {
  const genders = [...Array(women).fill('WOMAN'), ...Array(men).fill('MAN'), ...Array(vacant).fill(null)] as Array<string | null>;
  const seats = genders.map((gender, i) => ({
    __typename: 'Seat',
    id: `seat-${i + 1}`,
    number: i + 1,
    currentMandate: gender
      ? {
          __typename: 'Mandate',
          id: `mandate-${i + 1}`,
          startsOn: i === 2 ? '2025-09-01' : '2025-01-08',
          deputy: {
            __typename: 'Deputy',
            id: `deputy-${i + 1}`,
            fullName: `Député·e ${i + 1}`,
            territory: 'reg:11',
            territoryLabel: `Territoire ${i + 1}`,
            gender: hideGenders ? null : gender,
          },
        }
      : null,
    history: [],
  }));
  const total = women + men;
  return {
    currentTerm: {
      __typename: 'Term',
      id: 'term-1',
      name: 'Mandature 2025-2027',
      status: 'ACTIVE',
      startsOn: '2025-01-08',
      endsOn: '2027-01-07',
      seatCount: seats.length,
      parity: {
        __typename: 'Parity',
        women,
        total,
        minimumWomen,
        satisfied: women >= minimumWomen,
        vacant,
        reachable: women + vacant >= minimumWomen,
      },
      seats,
    },
  };
}

export const meMock = {
  request: { query: MeQuery },
  result: { data: { me: { __typename: 'User', id: 'u1', displayName: 'Claire Martin', role: 'ADMIN' } } },
  maxUsageCount: Infinity,
};

export const termMock = (data: ReturnType<typeof termData> | { currentTerm: null }) => ({
  request: { query: CurrentTermQuery },
  result: { data },
});

export const graphQLErrorResult = (code: string, message: string, extensions: Record<string, unknown> = {}) => ({
  errors: [new GraphQLError(message, { extensions: { code, ...extensions } })],
});

/**
 * `viewerCan` as the API answers it (its access policy decides; a fixture states the answer for
 * the person it plays). Unlisted actions are refused.
 */
export const groupCan = (can: Partial<Record<'coordinate' | 'run' | 'discuss' | 'moderate', boolean>> = {}) => ({
  __typename: 'WorkingGroupViewerCan' as const,
  coordinate: false,
  run: false,
  discuss: false,
  moderate: false,
  ...can,
});
export const meetingCan = (can: Partial<Record<'coordinate' | 'run' | 'moderate' | 'attend' | 'discuss', boolean>> = {}) => ({
  __typename: 'MeetingViewerCan' as const,
  coordinate: false,
  run: false,
  moderate: false,
  attend: false,
  discuss: false,
  ...can,
});
export const reportCan = (can: Partial<Record<'route' | 'coordinate', boolean>> = {}) => ({
  __typename: 'FieldReportViewerCan' as const,
  route: false,
  coordinate: false,
  ...can,
});
