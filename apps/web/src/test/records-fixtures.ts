import { RecordsGroupsQuery, RecordsTermsQuery } from '../records/operations';

/** The records pages' term choice: one term, current. */
export const recordsTermsMock = {
  request: { query: RecordsTermsQuery },
  result: {
    data: { currentTerm: { __typename: 'Term', id: 't1' }, terms: [{ __typename: 'Term', id: 't1', name: 'Mandature 2025-2027' }] },
  },
  maxUsageCount: Infinity,
};

/** The records pages' group choice in term t1: Logement and Santé. */
export const recordsGroupsMock = {
  request: { query: RecordsGroupsQuery, variables: { termId: 't1' } },
  result: {
    data: {
      workingGroups: [
        { __typename: 'WorkingGroup', id: 'g1', name: 'Logement' },
        { __typename: 'WorkingGroup', id: 'g2', name: 'Santé' },
      ],
    },
  },
  maxUsageCount: Infinity,
};
