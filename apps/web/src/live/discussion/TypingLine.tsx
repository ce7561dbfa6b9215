import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Typist } from './useChannel';

/** Who is writing now (by name up to three). */
export function TypingLine({ typing }: { typing: Typist[] }) {
  const { t } = useTranslation();
  const text =
    typing.length === 0
      ? ''
      : typing.length > 3
        ? t('live.typingMany')
        : t('live.typing', {
            count: typing.length,
            names: new Intl.ListFormat(undefined, { type: 'conjunction' }).format(typing.map((x) => x.displayName)),
          });
  // Not a live region: a screen reader would hear it every two seconds.
  return (
    <Text size="sm" c="dimmed" className="live-typing" data-testid="typing" dir="auto">
      {text}
    </Text>
  );
}
