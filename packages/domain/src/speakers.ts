/**
 * The order in which the floor is given, shared by the API (which enforces it) and the web
 * client (which shows it). Points of order always come first, in the order they were raised.
 * Otherwise the chair's manual order (position, then request time) holds; in alternating mode
 * the rule reorders it: people who have not yet spoken on the item go before those who have,
 * and within that the queue alternates women and men (starting opposite to the last speaker).
 * Members who declared another gender, or none, are never held back by the alternation.
 */
export type SpeakerGender = 'WOMAN' | 'MAN' | 'OTHER' | 'UNDISCLOSED';

export interface QueuedSpeaker {
  id: string;
  gender: SpeakerGender;
  pointOfOrder: boolean;
  /** Has not spoken yet on this item. */
  firstTime: boolean;
  position: number;
  requestedAt: number;
}

export const ALTERNATING_RULE =
  'Alternating list: points of order first; then members who have not yet spoken on this item before those who have; within each, women and men alternate.';
export const PLAIN_RULE = 'Points of order first; then in the order set by the chair (by default, the order of the requests).';

function alternate<T extends QueuedSpeaker>(list: T[], last: SpeakerGender | null): { order: T[]; last: SpeakerGender | null } {
  const rest = [...list];
  const order: T[] = [];
  let previous = last === 'WOMAN' || last === 'MAN' ? last : null;
  while (rest.length) {
    let i = previous ? rest.findIndex((s) => s.gender !== previous) : 0;
    if (i < 0) i = 0;
    const [next] = rest.splice(i, 1);
    order.push(next);
    if (next.gender === 'WOMAN' || next.gender === 'MAN') previous = next.gender;
  }
  return { order, last: previous };
}

/** The queue in the order the floor will be given. `lastSpeaker`: gender of the last speaker on the item. */
export function orderSpeakers<T extends QueuedSpeaker>(queue: T[], alternating: boolean, lastSpeaker: SpeakerGender | null = null): T[] {
  const byManual = (a: T, b: T) => a.position - b.position || a.requestedAt - b.requestedAt || (a.id < b.id ? -1 : 1);
  const points = queue.filter((s) => s.pointOfOrder).sort((a, b) => a.requestedAt - b.requestedAt || (a.id < b.id ? -1 : 1));
  const floor = queue.filter((s) => !s.pointOfOrder).sort(byManual);
  if (!alternating) return [...points, ...floor];
  const fresh = alternate(
    floor.filter((s) => s.firstTime),
    lastSpeaker,
  );
  const again = alternate(
    floor.filter((s) => !s.firstTime),
    fresh.last,
  );
  return [...points, ...fresh.order, ...again.order];
}
