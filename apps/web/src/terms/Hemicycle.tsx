import { useRef, useState, type KeyboardEvent } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, type FragmentType } from '../gql';
import type { Gender } from '../gql/graphql';
import { HemicycleFragment } from './operations';
import './hemicycle.css';

export interface SeatPosition {
  x: number;
  y: number;
}

const WIDTH = 420;
const HEIGHT = 230;
const CENTER = { x: WIDTH / 2, y: 210 };
const SEAT = 17; // half the size of a seat's shape

/**
 * Where each seat sits: rows of concentric half circles (two rows up to 24 seats, three beyond),
 * each row holding seats in proportion to its length, numbered by angle from the left end to the
 * right end as in a parliament's chamber. Index i is seat i + 1.
 */
export function hemicycleLayout(count: number): SeatPosition[] {
  if (count <= 0) return [];
  const rowCount = count <= 7 ? 1 : count <= 24 ? 2 : 3;
  const outer = 190;
  const inner = rowCount === 1 ? outer : 110;
  const radii = Array.from({ length: rowCount }, (_, i) => (rowCount === 1 ? outer : inner + ((outer - inner) * i) / (rowCount - 1)));
  const total = radii.reduce((a, b) => a + b, 0);
  const perRow = radii.map((r) => Math.round((count * r) / total));
  perRow[perRow.length - 1] += count - perRow.reduce((a, b) => a + b, 0);
  const seats: Array<SeatPosition & { angle: number; radius: number }> = [];
  radii.forEach((radius, row) => {
    const n = perRow[row];
    for (let i = 0; i < n; i++) {
      // From the left (pi) to the right (0), with half a step of margin at both ends.
      const angle = Math.PI - (Math.PI * (i + 0.5)) / n;
      seats.push({ angle, radius, x: CENTER.x + radius * Math.cos(angle), y: CENTER.y - radius * Math.sin(angle) });
    }
  });
  seats.sort((a, b) => b.angle - a.angle || a.radius - b.radius);
  return seats.map(({ x, y }) => ({ x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 }));
}

type Kind = 'WOMAN' | 'MAN' | 'OTHER' | 'HELD' | 'VACANT';
/**
 * A seat's kind. The API gives a holder's declared gender only to administrators and to the person
 * themself (issue 12): for everyone else a held seat is just HELD, and parity is the aggregate below.
 */
const kindOf = (deputy: { gender?: Gender | null } | undefined): Kind =>
  !deputy ? 'VACANT' : !deputy.gender ? 'HELD' : deputy.gender === 'WOMAN' || deputy.gender === 'MAN' ? deputy.gender : 'OTHER';

/** The seat's shape: the shape, not only its colour, tells the gender (circle, square, diamond; dashed when vacant). */
function SeatShape({ kind, x, y }: { kind: Kind; x: number; y: number }) {
  const className = `hemicycle-shape hemicycle-${kind.toLowerCase()}`;
  if (kind === 'MAN')
    return <rect className={className} x={x - SEAT + 1} y={y - SEAT + 1} width={2 * SEAT - 2} height={2 * SEAT - 2} rx={3} />;
  if (kind === 'OTHER')
    return <polygon className={className} points={`${x},${y - SEAT - 2} ${x + SEAT + 2},${y} ${x},${y + SEAT + 2} ${x - SEAT - 2},${y}`} />;
  return <circle className={className} cx={x} cy={y} r={SEAT} />;
}

function LegendMark({ kind }: { kind: Kind }) {
  return (
    <svg width="20" height="20" viewBox="0 0 40 40" aria-hidden="true" focusable="false" className="hemicycle-legend-mark">
      <SeatShape kind={kind} x={20} y={20} />
    </svg>
  );
}

/**
 * The term's seats drawn as a hemicycle. Each seat is a button in one tab stop (arrows, Home and
 * End move between seats) named "Seat 3: name, gender"; choosing one writes its holder under the
 * drawing, for those who cannot hover. The legend counts each kind, and the seat list below the
 * drawing on the term page says the same in text.
 */
export function Hemicycle(props: { term: FragmentType<typeof HemicycleFragment> }) {
  const { t } = useTranslation();
  const { seats, seatCount, parity } = getFragmentData(HemicycleFragment, props.term);
  const ordered = [...seats].sort((a, b) => a.number - b.number);
  const positions = hemicycleLayout(ordered.length);
  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<number | null>(null);
  const refs = useRef<Array<SVGGElement | null>>([]);

  const label = (i: number) => {
    const seat = ordered[i];
    const deputy = seat.currentMandate?.deputy;
    if (!deputy) return t('hemicycle.seatVacant', { number: seat.number });
    return deputy.gender
      ? t('hemicycle.seat', { number: seat.number, name: deputy.fullName, gender: t(`hemicycle.gender.${deputy.gender}`) })
      : t('hemicycle.seatHeld', { number: seat.number, name: deputy.fullName });
  };

  const counts = { WOMAN: 0, MAN: 0, OTHER: 0, HELD: 0, VACANT: 0 };
  for (const s of ordered) counts[kindOf(s.currentMandate?.deputy)]++;

  const move = (to: number) => {
    const next = (to + ordered.length) % ordered.length;
    setActive(next);
    refs.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, i: number) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(i + 1),
      ArrowDown: () => move(i + 1),
      ArrowLeft: () => move(i - 1),
      ArrowUp: () => move(i - 1),
      Home: () => move(0),
      End: () => move(ordered.length - 1),
      Enter: () => setSelected(i),
      ' ': () => setSelected(i),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  return (
    <Stack component="section" aria-labelledby="hemicycle-heading" gap="xs">
      <Title order={2} id="hemicycle-heading" size="h3">
        {t('hemicycle.heading')}
      </Title>
      <Text size="sm" id="hemicycle-description">
        {t(counts.HELD ? 'hemicycle.descriptionHeld' : 'hemicycle.description', { count: seatCount })}
      </Text>
      <svg
        className="hemicycle"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label={t('hemicycle.seatsLabel')}
        aria-describedby="hemicycle-description"
        data-testid="hemicycle"
        // The drawing is a picture of the chamber: it keeps its left and right in Arabic too.
        direction="ltr"
      >
        {ordered.map((seat, i) => {
          const { x, y } = positions[i];
          const kind = kindOf(seat.currentMandate?.deputy);
          return (
            <g
              key={seat.id}
              ref={(el) => {
                refs.current[i] = el;
              }}
              className="hemicycle-seat"
              role="button"
              tabIndex={i === active ? 0 : -1}
              aria-label={label(i)}
              aria-pressed={selected === i}
              data-testid="hemicycle-seat"
              data-kind={kind}
              onKeyDown={(e) => onKeyDown(e, i)}
              onFocus={() => setActive(i)}
              onClick={() => {
                setActive(i);
                setSelected(i);
              }}
            >
              <title>{label(i)}</title>
              <SeatShape kind={kind} x={x} y={y} />
              <text x={x} y={y} className="hemicycle-number" textAnchor="middle" dominantBaseline="central" aria-hidden="true">
                {seat.number}
              </text>
            </g>
          );
        })}
      </svg>
      <Text size="sm" aria-live="polite" data-testid="hemicycle-selected" mih="1.5em">
        {selected !== null && ordered[selected] ? t('hemicycle.selected', { seat: label(selected) }) : ''}
      </Text>
      <Group component="ul" className="plain-list" gap="md" aria-label={t('hemicycle.legend')}>
        {(
          [
            ['WOMAN', 'legendWomen'],
            ['MAN', 'legendMen'],
            ['OTHER', 'legendOther'],
            ['HELD', 'legendHeld'],
            ['VACANT', 'legendVacant'],
          ] as const
        )
          // Without genders (not an administrator), held and vacant only; with them, no "held".
          .filter(([kind]) => (counts.HELD ? kind === 'HELD' || kind === 'VACANT' : kind !== 'HELD'))
          .map(([kind, key]) => (
            <Group component="li" key={kind} gap={6} wrap="nowrap">
              <LegendMark kind={kind} />
              <Text size="sm">{t(`hemicycle.${key}`, { count: counts[kind] })}</Text>
            </Group>
          ))}
      </Group>
      <Text size="sm" fw={600} data-testid="hemicycle-parity">
        {t('hemicycle.parity', {
          women: parity.women,
          minimum: parity.minimumWomen,
          result: parity.satisfied ? t('term.parityMet') : t('term.parityNotMet'),
        })}
      </Text>
    </Stack>
  );
}
