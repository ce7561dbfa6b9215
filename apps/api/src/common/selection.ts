import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/**
 * Whether the operation asks, under the field being resolved, for the field at `path` (through
 * fragments and inline fragments, whatever their type condition): lets a resolver fetch in its
 * own statement what a nested field will need. A hint only: the nested field must still resolve
 * on its own when the answer is wrong.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const search = (sets: readonly (SelectionSetNode | undefined)[], depth: number, seen: Set<string>): boolean => {
    const fields: FieldNode[] = [];
    const collect = (set: SelectionSetNode | undefined) => {
      for (const s of set?.selections ?? []) {
        if (s.kind === Kind.FIELD) fields.push(s);
        else if (s.kind === Kind.INLINE_FRAGMENT) collect(s.selectionSet);
        else if (!seen.has(s.name.value)) {
          seen.add(s.name.value);
          collect(info.fragments[s.name.value]?.selectionSet);
        }
      }
    };
    sets.forEach(collect);
    const matching = fields.filter((f) => f.name.value === path[depth]);
    if (matching.length === 0) return false;
    if (depth === path.length - 1) return true;
    return search(
      matching.map((f) => f.selectionSet),
      depth + 1,
      new Set(),
    );
  };
  return search(
    info.fieldNodes.map((f) => f.selectionSet),
    0,
    new Set(),
  );
}
