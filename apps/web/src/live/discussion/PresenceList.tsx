import { useId } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PresenceEntry } from '@tribune/domain';

/** Who is in the channel now (the signed-in person named as such). */
export function PresenceList({
  presence,
  userId,
  headingOrder = 3,
}: {
  presence: PresenceEntry[];
  userId: string | null;
  headingOrder?: 2 | 3 | 4;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Stack gap={4} component="section" aria-labelledby={id}>
      <Title order={headingOrder} size="h5" id={id}>
        {t('live.present', { count: presence.length })}
      </Title>
      {presence.length === 0 ? (
        <Text size="sm">{t('live.nobody')}</Text>
      ) : (
        <ul className="plain-list live-presence" aria-labelledby={id} data-testid="presence">
          {presence.map((p) => (
            <li key={p.userId}>
              <span className="live-dot" aria-hidden="true" />
              <bdi>{p.userId === userId ? t('live.you', { name: p.displayName }) : p.displayName}</bdi>
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}
