import { Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MeQuery } from './operations';

/** "Signed in: <name>" in the header, on screens wide enough for it. */
export function CurrentUserName() {
  const { t } = useTranslation();
  const { data } = useQuery(MeQuery);
  if (!data?.me) return null;
  return (
    <Text size="sm" visibleFrom="sm" truncate maw={320}>
      {t('app.signedInAs', { name: data.me.displayName })}
    </Text>
  );
}
