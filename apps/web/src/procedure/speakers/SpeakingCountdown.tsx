import { useEffect, useRef, useState } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CurrentSpeech } from '@tribune/domain';
import { crossedMark, formatCountdown, remainingSeconds } from './server-clock';

interface Props {
  speech: CurrentSpeech;
  /** Server clock minus this device's clock (ms). */
  offsetMs: number;
  /** The device's clock (tests pass their own). */
  now?: () => number;
}

/**
 * The remaining speaking time on the server's clock, redrawn twice a second. Screen readers hear
 * who has the floor and then only the marks (1 minute, 30 s, 10 s, time up), never every second.
 */
export function SpeakingCountdown({ speech, offsetMs, now = Date.now }: Props) {
  const { t } = useTranslation();
  const left = () => remainingSeconds(speech.endsAt, offsetMs, now());
  const [seconds, setSeconds] = useState(left);
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef<number | null>(null);

  useEffect(() => {
    previous.current = null;
    const tick = () => {
      const s = remainingSeconds(speech.endsAt, offsetMs, now());
      const mark = crossedMark(previous.current, s);
      if (mark !== null)
        setAnnouncement(mark === 0 ? t('procedure.timeUp', { name: speech.fullName }) : t('procedure.timeLeftMark', { count: mark }));
      previous.current = s;
      setSeconds(s);
    };
    tick();
    const timer = setInterval(tick, 500);
    return () => clearInterval(timer);
  }, [speech.endsAt, speech.fullName, offsetMs, now, t]);

  // A new speaker: say who, and how long they have (once).
  useEffect(() => {
    setAnnouncement(
      t('procedure.hasFloorFor', {
        name: speech.fullName,
        count: Math.max(0, Math.round(remainingSeconds(speech.endsAt, offsetMs, now()) / 60)),
      }),
    );
    // Only when the speech changes, not on every offset correction.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [speech.speechId]);

  const over = seconds <= 0;
  return (
    <>
      <Text
        component="span"
        role="timer"
        aria-label={t('procedure.remaining')}
        data-testid="speaking-countdown"
        fz={32}
        fw={700}
        ff="monospace"
        c={over ? 'red.9' : seconds <= 30 ? '#a34100' : undefined}
      >
        {formatCountdown(seconds)}
      </Text>
      <span className="visually-hidden" aria-live="polite" role="status" data-testid="countdown-announcer">
        {announcement}
      </span>
    </>
  );
}
