/**
 * Members present needed for a group's quorum: the group's own minimum when it set one,
 * otherwise more than half of its members.
 */
export function quorumRequired(members: number, quorumMinimum: number | null | undefined): number {
  return quorumMinimum ?? Math.floor(members / 2) + 1;
}
