import { useState } from 'react';
import {
  Button,
  CloseButton,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { AUDIT_ACTION_BY_NAME, AUDIT_ACTIONS, AUDIT_TARGETS, auditActionName } from '@tribune/domain';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatDate } from '../i18n/format';
import type { AuditAction, AuditLogFilter } from '../gql/graphql';
import { AuditActorsQuery, AuditLogQuery } from './operations';

const PAGE = 50;

/** The start of a day picked in a date field, on the reader's clock, as an instant. */
function startOfDay(day: string, plusDays = 0): string {
  const d = new Date(`${day}T00:00:00`);
  d.setDate(d.getDate() + plusDays);
  return d.toISOString();
}

/**
 * Every privileged change, newest first (administrators): filtered by action, by who made it,
 * by what it was made to (a kind, or one object from a row) and by dates; pages of 50 with
 * "show more" until every row is shown. Actions and targets in words, never as codes.
 */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(`${t('audit.title')} · ${t('app.name')}`);
  const [action, setAction] = useState('');
  const [actorId, setActorId] = useState('');
  const [entityType, setEntityType] = useState('');
  const [target, setTarget] = useState<{ type: string; id: string } | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  // Only what is set is sent: an unset filter is left out, not sent as null.
  const filter: AuditLogFilter = {
    ...(action ? { action: action as AuditAction } : {}),
    ...(actorId ? { actorId } : {}),
    ...(target ? { entityType: target.type, entityId: target.id } : entityType ? { entityType } : {}),
    ...(from ? { from: startOfDay(from) } : {}),
    ...(to ? { to: startOfDay(to, 1) } : {}),
  };
  const { data, loading, error, refetch, fetchMore } = useQuery(AuditLogQuery, {
    variables: { filter, first: PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const actors = useQuery(AuditActorsQuery);
  const [moreLoading, setMoreLoading] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const lookup = t as unknown as (key: string, options?: object) => string;
  // The API names an action as its GraphQL enum (MEETING_START); the words are the action's (meeting.start).
  const actionLabel = (name: string) =>
    AUDIT_ACTION_BY_NAME[name] ? lookup(`auditActions.${AUDIT_ACTION_BY_NAME[name]}`) : t('audit.otherAction');
  const targetLabel = (type: string) =>
    (AUDIT_TARGETS as readonly string[]).includes(type) ? lookup(`auditTargets.${type}`) : t('audit.otherTarget');
  const page = data?.auditLog;

  const loadMore = async () => {
    if (!page?.endCursor) return;
    setMoreLoading(true);
    setMoreError(null);
    try {
      await fetchMore({
        variables: { after: page.endCursor },
        updateQuery: (previous, { fetchMoreResult }) =>
          ({
            auditLog: {
              ...fetchMoreResult.auditLog,
              entries: [...(previous.auditLog?.entries ?? []), ...fetchMoreResult.auditLog.entries],
            },
          }) as typeof fetchMoreResult,
      });
    } catch (e) {
      setMoreError(e);
    } finally {
      setMoreLoading(false);
    }
  };

  const actionOptions = AUDIT_ACTIONS.map(auditActionName)
    .map((a) => ({ value: a, label: actionLabel(a) }))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  const targetOptions = AUDIT_TARGETS.map((a) => ({ value: a, label: targetLabel(a) })).sort((a, b) =>
    a.label.localeCompare(b.label, i18n.language),
  );
  const actorOptions = [...(actors.data?.users ?? [])]
    .sort((a, b) => a.displayName.localeCompare(b.displayName, i18n.language))
    .map((u) => ({ value: u.id, label: u.displayName }));

  return (
    <Stack gap="md">
      <Title order={1}>{t('audit.title')}</Title>
      <Paper component="form" role="search" aria-labelledby="audit-filters" withBorder p="sm" onSubmit={(e) => e.preventDefault()}>
        <Stack gap="xs">
          <Title order={2} size="h4" id="audit-filters">
            {t('audit.filters')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            <NativeSelect
              label={t('audit.filter')}
              value={action}
              onChange={(e) => setAction(e.currentTarget.value)}
              data={[{ value: '', label: t('audit.all') }, ...actionOptions]}
            />
            <NativeSelect
              label={t('audit.actor')}
              value={actorId}
              onChange={(e) => setActorId(e.currentTarget.value)}
              data={[{ value: '', label: t('audit.anyone') }, ...actorOptions]}
            />
            {target ? (
              <Stack gap={4}>
                <Text size="sm" fw={500} id="audit-target-label">
                  {t('audit.target')}
                </Text>
                <Group gap="xs" wrap="nowrap" aria-labelledby="audit-target-label" role="group">
                  <Text size="sm" data-testid="audit-target">
                    {t('audit.oneTarget', { target: targetLabel(target.type) })}
                  </Text>
                  <CloseButton aria-label={t('audit.clearTarget')} onClick={() => setTarget(null)} />
                </Group>
              </Stack>
            ) : (
              <NativeSelect
                label={t('audit.target')}
                value={entityType}
                onChange={(e) => setEntityType(e.currentTarget.value)}
                data={[{ value: '', label: t('audit.anyTarget') }, ...targetOptions]}
              />
            )}
            <TextInput
              type="date"
              label={t('audit.from')}
              value={from}
              max={to || undefined}
              onChange={(e) => setFrom(e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('audit.to')}
              value={to}
              min={from || undefined}
              onChange={(e) => setTo(e.currentTarget.value)}
            />
          </SimpleGrid>
        </Stack>
      </Paper>

      <Text role="status" aria-live="polite" data-testid="audit-count">
        {loading && !page ? t('audit.loading') : page ? t('audit.shown', { shown: page.entries.length, total: page.totalCount }) : ''}
      </Text>
      {loading && !page && <Loader size="sm" aria-hidden="true" />}
      {error && !loading && (
        <Stack gap="xs">
          <ErrorAlert error={error} />
          <Group>
            <Button onClick={() => void refetch()}>{t('errors.retry')}</Button>
          </Group>
        </Stack>
      )}
      {page &&
        (page.entries.length === 0 ? (
          <Text>{t('audit.none')}</Text>
        ) : (
          <Paper withBorder style={{ overflowX: 'auto' }}>
            <Table striped data-testid="audit-table" aria-label={t('audit.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('audit.when')}</Table.Th>
                  <Table.Th scope="col">{t('audit.action')}</Table.Th>
                  <Table.Th scope="col">{t('audit.actor')}</Table.Th>
                  <Table.Th scope="col">{t('audit.target')}</Table.Th>
                  <Table.Th scope="col">{t('audit.details')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.entries.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <time dateTime={e.at}>{when.format(new Date(e.at))}</time>
                    </Table.Td>
                    <Table.Td>{actionLabel(e.action)}</Table.Td>
                    <Table.Td>{e.actor?.displayName ?? t('audit.system')}</Table.Td>
                    <Table.Td>
                      {e.entityId ? (
                        <UnstyledButton
                          td="underline"
                          fz="sm"
                          onClick={() => setTarget({ type: e.entityType, id: e.entityId! })}
                          aria-label={t('audit.historyOf', { target: targetLabel(e.entityType) })}
                        >
                          {targetLabel(e.entityType)}
                        </UnstyledButton>
                      ) : (
                        targetLabel(e.entityType)
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" style={{ wordBreak: 'break-word' }}>
                        {summarize(e.data, t, i18n.language)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        ))}
      {moreError ? <ErrorAlert error={moreError} /> : null}
      {page?.hasMore && (
        <Group>
          <Button variant="light" loading={moreLoading} onClick={() => void loadMore()}>
            {t('audit.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

const ROLES = new Set(['ADMIN', 'COORDINATOR', 'DEPUTY']);
const ACTION_STATUSES = new Set(['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED']);

/**
 * A short "label: value" line of an entry's data, in the reader's words: only the details that
 * have a label (audit.data), never an id or a raw code; yes/no, roles, statuses, scopes and days
 * translated, people's own words (a title, a reason, a note) as written.
 */
function summarize(data: unknown, t: TFunction, lng: string): string {
  if (!data || typeof data !== 'object') return '';
  const lookup = t as unknown as (key: string, options?: object) => string;
  const value = (key: string, v: string | number | boolean): string | null => {
    if (typeof v === 'boolean') return t(v ? 'audit.yes' : 'audit.no');
    if (typeof v === 'number') return String(v);
    if (ROLES.has(v) && ['role', 'from', 'to'].includes(key)) return lookup(`accounts.roles.${v}`);
    if (ACTION_STATUSES.has(v) && ['from', 'to'].includes(key)) return lookup(`outcomes.status.${v}`);
    if (key === 'scope') return lookup(`meetingAdmin.scope${v}`, { defaultValue: '' }) || null;
    if (key.endsWith('On')) return formatDate(v, lng);
    // An id or a code with no words for it says nothing to the reader.
    return /^[A-Z_]+$/.test(v) || /^[0-9a-f]{8}-[0-9a-f-]{27}$/i.test(v) ? null : v;
  };
  return Object.entries(data as Record<string, unknown>)
    .flatMap(([k, v]) => {
      if (v === null || !['string', 'number', 'boolean'].includes(typeof v)) return [];
      const label = lookup(`audit.data.${k}`, { defaultValue: '' });
      const shown = label ? value(k, v as string | number | boolean) : null;
      return shown ? [t('audit.detail', { label, value: shown })] : [];
    })
    .slice(0, 4)
    .join(', ');
}
