import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, type FragmentType } from '../gql';
import { ParityLineFragment } from './operations';
import { ErrorAlert } from '../ui/ErrorAlert';

/** "8 women of 15 seats, minimum 8: met", the vacant seats, and a warning when the minimum is out of reach. */
export function ParityLine(props: { term: FragmentType<typeof ParityLineFragment> }) {
  const { t } = useTranslation();
  const { seatCount, parity } = getFragmentData(ParityLineFragment, props.term);
  const result = parity.satisfied ? t('term.parityMet') : t('term.parityNotMet');
  return (
    <Stack component="section" aria-labelledby="parity-heading" gap="xs">
      <Title order={2} id="parity-heading" size="h3">
        {t('term.parityHeading')}
      </Title>
      <Text data-testid="parity-line" fw={600} c={parity.satisfied ? undefined : 'red.9'}>
        {t('term.parityLine', { count: parity.women, seats: seatCount, minimum: parity.minimumWomen, result })}
      </Text>
      {parity.vacant > 0 && <Text size="sm">{t('term.vacantSeats', { count: parity.vacant })}</Text>}
      {!parity.reachable && <ErrorAlert>{t('term.parityUnreachable', { minimum: parity.minimumWomen })}</ErrorAlert>}
    </Stack>
  );
}
