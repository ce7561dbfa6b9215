import { useState } from 'react';
import { Alert, Badge, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { warningMessage } from '../graphql/errors';
import { formatDate, todayIso } from '../i18n/format';
import { CurrentTermQuery, TermAdminQuery } from './operations';
import { SeatAdmin, type SeatOutcome } from './SeatAdmin';
import { ParityLine } from './ParityLine';
import { Hemicycle } from './Hemicycle';
import { SeatList } from './SeatList';
import { CreateTermForm } from './CreateTermForm';
import { ErrorAlert } from '../ui/ErrorAlert';

/** The day after an ISO date: where the next term naturally starts. */
function dayAfter(isoDate: string): string {
  const next = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

// Dark enough for white badge text (WCAG AA at badge size).
const STATUS_COLOR = { ACTIVE: '#1b6e2e', UPCOMING: 'indigo.9', ENDED: 'gray.8' } as const;

/** The current term, its seats and its parity; administrators assign and end mandates here. */
export function TermPage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CurrentTermQuery);
  const admin = useQuery(TermAdminQuery);
  const [outcome, setOutcome] = useState<SeatOutcome | null>(null);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const term = data?.currentTerm;
  const isAdmin = admin.data?.me.role === 'ADMIN';
  useDocumentTitle(`${term?.name ?? t('term.none')} · ${t('app.name')}`);

  if (!data && loading) {
    return (
      <Group role="status" gap="sm" mt="lg">
        <Loader size="sm" aria-hidden="true" />
        <Text>{t('term.loading')}</Text>
      </Group>
    );
  }

  if (!data && error) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('term.loadError')}</Title>
        <ErrorAlert error={error} />
        <Group>
          <Button onClick={() => void refetch()}>{t('errors.retry')}</Button>
        </Group>
      </Stack>
    );
  }

  const createdNote = created && (
    <Alert color="green" variant="light" role="status">
      <Text size="sm">{t('termForm.created', { name: created })}</Text>
    </Alert>
  );

  if (!term) {
    // Administrators are offered the form itself rather than an empty page.
    return (
      <Stack gap="sm">
        <Title order={1}>{t('term.none')}</Title>
        {createdNote}
        <Text>{isAdmin ? t('termForm.noneAdminHint') : t('term.noneHint')}</Text>
        {isAdmin && <CreateTermForm startsOn={todayIso()} onCreated={setCreated} />}
      </Stack>
    );
  }

  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Group gap="sm" align="center">
          <Title order={1}>{term.name}</Title>
          <Badge color={STATUS_COLOR[term.status]} variant="filled">
            {t(`term.status.${term.status}`)}
          </Badge>
        </Group>
        <Text>{t('term.dates', { start: formatDate(term.startsOn, i18n.language), end: formatDate(term.endsOn, i18n.language) })}</Text>
      </Stack>
      {createdNote}
      {isAdmin &&
        (creating ? (
          <CreateTermForm
            startsOn={dayAfter(term.endsOn)}
            onCreated={(name) => (setCreating(false), setCreated(name))}
            onCancel={() => setCreating(false)}
          />
        ) : (
          <Group>
            <Button variant="default" onClick={() => (setCreated(null), setCreating(true))}>
              {t('termForm.open')}
            </Button>
          </Group>
        ))}
      {outcome && (
        <Alert
          color={outcome.warnings.length ? 'orange' : 'green'}
          variant="light"
          role={outcome.warnings.length ? 'alert' : 'status'}
          data-testid="seat-outcome"
        >
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {outcome.text}
            </Text>
            {outcome.warnings.map((w) => (
              <Text size="sm" key={w.code}>
                {warningMessage(w, t)}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      <ParityLine term={term} />
      <Hemicycle term={term} />
      <SeatList
        term={term}
        actions={
          isAdmin && admin.data
            ? (seat) => <SeatAdmin seat={seat} termId={term.id} deputies={admin.data!.deputies} onDone={setOutcome} />
            : undefined
        }
      />
    </Stack>
  );
}
