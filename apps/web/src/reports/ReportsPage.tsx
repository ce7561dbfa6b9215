import { useState } from 'react';
import { NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PageError, PageLoading } from '../ui/PageState';
import type { FieldReportStatus } from '../gql/graphql';
import { ReportsPageQuery } from './operations';
import { ReportTriageCard } from './ReportTriageCard';

const STATUSES: FieldReportStatus[] = ['SUBMITTED', 'TRIAGED', 'ON_AGENDA', 'ADDRESSED', 'CLOSED'];

/** Coordinators and administrators: every field report, filtered by status, to route, place on an agenda or close. */
export function ReportsPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('reports.title')} · ${t('app.name')}`);
  const [status, setStatus] = useState<FieldReportStatus | ''>('');
  const { data, previousData, loading, error, refetch } = useQuery(ReportsPageQuery, { variables: { status: status || null } });
  const shown = data ?? previousData;

  if (!shown && loading) return <PageLoading label={t('reports.loading')} />;
  if (!shown) return <PageError title={t('reports.loadError')} error={error} onRetry={() => void refetch()} />;

  const { me, workingGroups, meetings, fieldReports } = shown;
  if (me.role === 'DEPUTY') {
    return (
      <Stack gap="md">
        <Title order={1}>{t('reports.title')}</Title>
        <Text>{t('reports.forbidden')}</Text>
      </Stack>
    );
  }
  // The groups the person coordinates (administrators: all), as the API's viewerCan says.
  const manageable = workingGroups.filter((g) => g.viewerCan.coordinate);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('reports.title')}</Title>
        <Text>{t('reports.intro')}</Text>
      </Stack>
      <NativeSelect
        label={t('reports.filter')}
        maw={320}
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value as FieldReportStatus | '')}
        data={[{ value: '', label: t('reports.allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: t(`report.status.${s}`) }))]}
      />
      <Text role="status" size="sm" c="dimmed">
        {loading ? t('reports.loading') : t('reports.count', { count: fieldReports.length })}
      </Text>
      {fieldReports.length === 0 ? (
        <Text>{t('reports.none')}</Text>
      ) : (
        <Stack component="ul" className="plain-list" gap="md" aria-label={t('reports.title')}>
          {fieldReports.map((r) => (
            <ReportTriageCard key={r.id} report={r} groups={manageable} meetings={meetings} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
