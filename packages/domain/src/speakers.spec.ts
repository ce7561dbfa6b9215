import { orderSpeakers, QueuedSpeaker, SpeakerGender } from './speakers';

const s = (id: string, gender: SpeakerGender, o: Partial<QueuedSpeaker> = {}): QueuedSpeaker => ({
  id,
  gender,
  pointOfOrder: false,
  firstTime: true,
  position: 0,
  requestedAt: Number(id.replace(/\D/g, '')) || 0,
  ...o,
});
const ids = (q: QueuedSpeaker[]) => q.map((x) => x.id);

describe('orderSpeakers', () => {
  it('keeps the request order, points of order first, when not alternating', () => {
    const q = [s('m1', 'MAN'), s('m2', 'MAN'), s('w3', 'WOMAN'), s('p4', 'MAN', { pointOfOrder: true })];
    expect(ids(orderSpeakers(q, false))).toEqual(['p4', 'm1', 'm2', 'w3']);
  });

  it("follows the chair's manual positions", () => {
    const q = [s('m1', 'MAN', { position: 2 }), s('m2', 'MAN', { position: 1 })];
    expect(ids(orderSpeakers(q, false))).toEqual(['m2', 'm1']);
  });

  it('alternates women and men, starting opposite to the last speaker', () => {
    const q = [s('m1', 'MAN'), s('m2', 'MAN'), s('m3', 'MAN'), s('w4', 'WOMAN'), s('w5', 'WOMAN')];
    expect(ids(orderSpeakers(q, true))).toEqual(['m1', 'w4', 'm2', 'w5', 'm3']);
    expect(ids(orderSpeakers(q, true, 'MAN'))).toEqual(['w4', 'm1', 'w5', 'm2', 'm3']);
  });

  it('puts first-time speakers on the item before the others, and never holds back other genders', () => {
    const q = [
      s('w1', 'WOMAN', { firstTime: false }),
      s('m2', 'MAN'),
      s('o3', 'OTHER'),
      s('m4', 'MAN'),
      s('p5', 'WOMAN', { pointOfOrder: true, firstTime: false }),
    ];
    expect(ids(orderSpeakers(q, true, 'MAN'))).toEqual(['p5', 'o3', 'm2', 'm4', 'w1']);
  });
});
