import { meMock } from '../test/fixtures';
import { DeputiesQuery, DeputyQuery } from './operations';

const seat = (number: number) => ({
  __typename: 'Mandate',
  id: `mandate-${number}`,
  startsOn: '2025-01-08',
  seat: { __typename: 'Seat', id: `seat-${number}`, number },
});
const membership = (id: string, name: string, role = 'MEMBER') => ({
  __typename: 'GroupMember',
  id: `m-${id}`,
  role,
  group: { __typename: 'WorkingGroup', id, name },
});

export interface DeputyData {
  __typename: 'Deputy';
  id: string;
  fullName: string;
  gender: string;
  territory: string | null;
  territoryLabel: string | null;
  languages: string[];
  skills: string[];
  bio: string | null;
  eligibilityAttestedOn: string | null;
  currentMandate: ReturnType<typeof seat> | null;
  memberships: Array<ReturnType<typeof membership>>;
}

/** Three deputies as the directory and the profile read them (one seatless and in no group). */
export const deputiesData: DeputyData[] = [
  {
    __typename: 'Deputy',
    id: 'd1',
    fullName: 'Amina Haidari',
    gender: 'WOMAN',
    territory: 'dep:62',
    territoryLabel: 'Pas-de-Calais (62)',
    languages: ['dari', 'français'],
    skills: ['droit du travail'],
    bio: 'Juriste, arrivée à Calais en 2019.',
    eligibilityAttestedOn: '2024-11-02',
    currentMandate: seat(3),
    memberships: [membership('g1', 'Logement', 'LEAD'), membership('g2', 'Santé')],
  },
  {
    __typename: 'Deputy',
    id: 'd2',
    fullName: 'Émilie Nkosi',
    gender: 'WOMAN',
    territory: 'reg:11',
    territoryLabel: 'Île-de-France',
    languages: ['lingala', 'français'],
    skills: [],
    bio: null,
    eligibilityAttestedOn: null,
    currentMandate: seat(7),
    memberships: [membership('g2', 'Santé')],
  },
  {
    __typename: 'Deputy',
    id: 'd3',
    fullName: 'Yonas Tesfaye',
    gender: 'MAN',
    territory: 'dep:59',
    territoryLabel: 'Nord (59)',
    languages: ['tigrinya'],
    skills: ['interprétariat'],
    bio: null,
    eligibilityAttestedOn: null,
    currentMandate: null,
    memberships: [],
  },
];

const me = (role: string, deputyId: string | null) => ({
  __typename: 'User',
  id: 'u1',
  role,
  deputy: deputyId ? { __typename: 'Deputy', id: deputyId } : null,
});

/** The signed-in person for the layout: an administrator (meMock) or the deputy Amina Haidari. */
export const deputyMeMock = {
  ...meMock,
  result: { data: { me: { __typename: 'User', id: 'u1', displayName: 'Amina Haidari', role: 'DEPUTY' } } },
};

export const deputiesMock = ({ role = 'ADMIN', deputyId = null as string | null, list = deputiesData } = {}) => ({
  request: { query: DeputiesQuery },
  result: { data: { me: me(role, deputyId), deputies: list } },
});

export const deputyMock = (deputy: DeputyData, { role = 'ADMIN', deputyId = null as string | null } = {}) => ({
  request: { query: DeputyQuery, variables: { id: deputy.id } },
  result: { data: { me: me(role, deputyId), deputy } },
});
