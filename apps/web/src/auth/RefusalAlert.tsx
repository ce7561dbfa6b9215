import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../graphql/errors';

/** An API refusal in the reader's language, announced to screen readers (role alert). */
export function RefusalAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" role="alert">
      <Text size="sm" c="red.9">
        {errorMessage(error, t)}
      </Text>
    </Alert>
  );
}
