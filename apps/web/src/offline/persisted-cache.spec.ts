import { describe, expect, it } from 'vitest';
import { InMemoryCache, gql } from '@apollo/client';
import { offlineSubset } from './persisted-cache';

const READ = gql`
  query Offline {
    me {
      id
      displayName
    }
    workingGroups {
      id
      name
    }
    auditLog {
      totalCount
    }
  }
`;

function cacheWith(groups: number) {
  const cache = new InMemoryCache();
  cache.writeQuery({
    query: READ,
    data: {
      me: { __typename: 'User', id: 'u1', displayName: 'Amina' },
      workingGroups: Array.from({ length: groups }, (_, i) => ({
        __typename: 'WorkingGroup',
        id: `g${i}`,
        name: `Groupe ${i} ${'x'.repeat(50)}`,
      })),
      auditLog: { __typename: 'AuditLogPage', totalCount: 3 },
    },
  });
  return cache.extract();
}

describe('offlineSubset', () => {
  it('keeps what is read offline (the person, their groups) and leaves the rest (the audit log)', () => {
    const kept = offlineSubset(cacheWith(3))!;
    expect(Object.keys(kept.ROOT_QUERY!)).toEqual(expect.arrayContaining(['me', 'workingGroups']));
    expect(Object.keys(kept.ROOT_QUERY!).some((k) => k.startsWith('auditLog'))).toBe(false);
    expect(kept['WorkingGroup:g2']).toMatchObject({ name: expect.stringContaining('Groupe 2') });
  });

  it('stays under its size bound by dropping the least useful fields first, with what they alone referred to', () => {
    const data = cacheWith(200);
    const bound = JSON.stringify(offlineSubset(cacheWith(0))).length + 100;
    const kept = offlineSubset(data, bound)!;
    expect(JSON.stringify(kept).length).toBeLessThanOrEqual(bound);
    expect(kept.ROOT_QUERY!.me).toBeDefined();
    expect(kept.ROOT_QUERY!.workingGroups).toBeUndefined();
    expect(kept['WorkingGroup:g0']).toBeUndefined();
  });

  it('keeps nothing when even the most useful part is over the bound', () => {
    expect(offlineSubset(cacheWith(3), 10)).toBeNull();
  });
});
