import { useState } from 'react';
import { Button, Group, Loader, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../app/PageState';
import { AuditLogQuery } from './operations';

/** The actions the API records (AuditEntry.action). */
export const AUDIT_ACTIONS = [
  'mandate.assign',
  'mandate.end',
  'term.create',
  'deputy.create',
  'deputy.update',
  'user.create',
  'user.setRole',
  'user.regenerateCalendarToken',
  'workingGroup.create',
  'workingGroup.addMember',
  'workingGroup.removeMember',
  'workingGroup.addCoordinator',
  'meeting.schedule',
  'meeting.reschedule',
  'meeting.cancel',
  'meeting.start',
  'meeting.end',
  'meeting.minutes',
  'agenda.add',
  'agenda.update',
  'agenda.remove',
  'agenda.reorder',
  'decision.record',
  'action.assign',
  'action.setStatus',
  'fieldReport.submit',
  'fieldReport.route',
  'fieldReport.placeOnAgenda',
  'fieldReport.close',
  'message.moderate',
  'seed.demo',
];

/** Every privileged change, newest first, filtered by action (administrators). */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(`${t('audit.title')} · ${t('app.name')}`);
  const [action, setAction] = useState('');
  const { data, loading, error, refetch } = useQuery(AuditLogQuery, { variables: { filter: { action: action || null, take: 100 } } });
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });

  return (
    <Stack gap="md">
      <Title order={1}>{t('audit.title')}</Title>
      <NativeSelect
        label={t('audit.filter')}
        maw={360}
        value={action}
        onChange={(e) => setAction(e.currentTarget.value)}
        data={[{ value: '', label: t('audit.all') }, ...AUDIT_ACTIONS.map((a) => ({ value: a, label: a }))]}
      />
      {loading && (
        <Group role="status" gap="sm">
          <Loader size="sm" aria-hidden="true" />
          <Text>{t('audit.loading')}</Text>
        </Group>
      )}
      {error && !loading && (
        <Stack gap="xs">
          <ErrorAlert error={error} />
          <Group>
            <Button onClick={() => void refetch()}>{t('errors.retry')}</Button>
          </Group>
        </Stack>
      )}
      {data && !loading && (data.auditLog.length === 0 ? (
        <Text role="status">{t('audit.none')}</Text>
      ) : (
        <Paper withBorder style={{ overflowX: 'auto' }}>
          <Table striped data-testid="audit-table" aria-label={t('audit.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('audit.when')}</Table.Th>
                <Table.Th scope="col">{t('audit.action')}</Table.Th>
                <Table.Th scope="col">{t('audit.actor')}</Table.Th>
                <Table.Th scope="col">{t('audit.details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.auditLog.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <time dateTime={e.at}>{when.format(new Date(e.at))}</time>
                  </Table.Td>
                  <Table.Td>
                    <code>{e.action}</code>
                  </Table.Td>
                  <Table.Td>{e.actor?.displayName ?? t('audit.system')}</Table.Td>
                  <Table.Td>
                    <Text size="xs" style={{ wordBreak: 'break-word' }}>
                      {e.entityType}
                      {summarize(e.data)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ))}
    </Stack>
  );
}

/** A short "key: value" line of an entry's data (scalars only). */
function summarize(data: unknown): string {
  if (!data || typeof data !== 'object') return '';
  const parts = Object.entries(data as Record<string, unknown>)
    .filter(([, v]) => v !== null && ['string', 'number', 'boolean'].includes(typeof v))
    .slice(0, 4)
    .map(([k, v]) => `${k}: ${String(v)}`);
  return parts.length ? ` · ${parts.join(', ')}` : '';
}
