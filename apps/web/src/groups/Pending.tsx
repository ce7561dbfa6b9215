import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A form's choices (or code) are on their way: a polite status. */
export function Pending() {
  const { t } = useTranslation();
  return (
    <Group role="status" gap="sm">
      <Loader size="sm" aria-hidden="true" />
      <Text size="sm">{t('groupAdmin.loading')}</Text>
    </Group>
  );
}
