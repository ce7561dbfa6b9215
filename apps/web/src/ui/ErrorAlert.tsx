import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../graphql/errors';

interface Props {
  /** An API error (GraphQL or network): said by its reason when the API names one, else by its code. */
  error?: unknown;
  /** This screen's own wording of the error (default: `errorMessage`). */
  describe?: (error: unknown, t: TFunction) => string;
  /** A problem already in words (shown instead of the error's). */
  children?: ReactNode;
  'data-testid'?: string;
}

/** A refusal or a failure in the reader's language, announced at once (role="alert"); the server's sentence is never shown. */
export function ErrorAlert({ error, describe = errorMessage, children, 'data-testid': testId }: Props) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" role="alert" data-testid={testId}>
      <Text size="sm" c="red.9">
        {children ?? describe(error, t)}
      </Text>
    </Alert>
  );
}
