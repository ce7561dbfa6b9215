import { useState } from 'react';
import { Button, Group, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { skipToken, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageError, PageLoading } from '../ui/PageState';
import { AttendanceTable } from './AttendanceTable';
import { DownloadError, downloadWithToken, type DownloadFailure } from './download';
import { fileSlug, formatShare } from './format';
import { AttendanceRecordQuery, RecordsGroupsQuery } from './operations';
import { RecordsNav } from './RecordsNav';
import { TermSelect } from './TermSelect';
import { useTermChoice } from './useTermChoice';
import './records.css';

/** Why the CSV did not come, in the words the API's errors use. */
const REASON = {
  UNAUTHENTICATED: 'errors.UNAUTHENTICATED',
  FORBIDDEN: 'errors.FORBIDDEN',
  NOT_FOUND: 'errors.NOT_FOUND',
  NETWORK: 'errors.network',
  UNKNOWN: 'errors.unknown',
} as const satisfies Record<DownloadFailure, string>;

/** Administrators: who attended the term's ended meetings (present, excused, absent), by group or overall, with the CSV. */
export function AttendanceRecordPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(`${t('records.attendance.title')} · ${t('app.name')}`);
  const terms = useTermChoice();
  const [groupId, setGroupId] = useState('');
  const groups = useQuery(RecordsGroupsQuery, terms.termId ? { variables: { termId: terms.termId } } : skipToken);
  const record = useQuery(
    AttendanceRecordQuery,
    terms.termId ? { variables: { termId: terms.termId, groupId: groupId || null } } : skipToken,
  );
  const [download, setDownload] = useState<
    { state: 'idle' | 'busy' } | { state: 'done'; file: string } | { state: 'failed'; code: DownloadFailure }
  >({ state: 'idle' });

  if (terms.loading) return <PageLoading label={t('records.attendance.loading')} />;
  if (terms.error) return <PageError title={t('records.attendance.title')} error={terms.error} onRetry={() => void terms.refetch()} />;

  const rows = record.data?.attendanceRecord ?? [];
  const groupName = groups.data?.workingGroups.find((g) => g.id === groupId)?.name;
  const scope = `${terms.term?.name ?? ''}${groupName ? ` · ${groupName}` : ` · ${t('records.allGroups')}`}`;
  const totals = rows.reduce((a, r) => ({ meetings: a.meetings + r.meetings, present: a.present + r.present }), {
    meetings: 0,
    present: 0,
  });

  const downloadCsv = async () => {
    if (!terms.term) return;
    const file = `${t('records.attendance.fileName')}-${fileSlug(terms.term.name)}.csv`;
    setDownload({ state: 'busy' });
    try {
      // Headings in the reader's language (the API speaks the web's three).
      await downloadWithToken(
        `/attendance-record/${encodeURIComponent(terms.term.id)}.csv?lang=${encodeURIComponent(i18n.language)}`,
        file,
      );
      setDownload({ state: 'done', file });
    } catch (e) {
      setDownload({ state: 'failed', code: e instanceof DownloadError ? e.code : 'UNKNOWN' });
    }
  };

  return (
    <Stack gap="md">
      <Title order={1}>{t('records.attendance.title')}</Title>
      <RecordsNav />
      <Text>{t('records.attendance.intro')}</Text>
      {terms.terms.length === 0 || !terms.termId ? (
        <Text role="status">{t('records.noTerm')}</Text>
      ) : (
        <>
          <Group align="end" gap="md" wrap="wrap">
            <TermSelect terms={terms.terms} value={terms.termId} onChange={(id) => (terms.setTermId(id), setGroupId(''))} />
            <NativeSelect
              label={t('records.group')}
              value={groupId}
              onChange={(e) => setGroupId(e.currentTarget.value)}
              data={[
                { value: '', label: t('records.allGroups') },
                ...(groups.data?.workingGroups ?? []).map((g) => ({ value: g.id, label: g.name })),
              ]}
              miw={200}
            />
          </Group>
          <Stack gap={4}>
            <Group>
              <Button onClick={() => void downloadCsv()} loading={download.state === 'busy'} variant="light">
                {t('records.attendance.download')}
              </Button>
            </Group>
            <Text size="sm" c="dimmed">
              {t('records.attendance.downloadHint')}
            </Text>
            <div aria-live="polite">
              {download.state === 'done' && (
                <Text size="sm" data-testid="download-status">
                  {t('records.attendance.downloaded', { file: download.file })}
                </Text>
              )}
            </div>
            {download.state === 'failed' && (
              <ErrorAlert>{t('records.attendance.downloadFailed', { reason: t(REASON[download.code]) })}</ErrorAlert>
            )}
          </Stack>
          {record.loading && !record.data && (
            <Group role="status" gap="sm">
              <Loader size="sm" aria-hidden="true" />
              <Text>{t('records.attendance.loading')}</Text>
            </Group>
          )}
          {record.error && !record.data && (
            <Stack gap="xs">
              <ErrorAlert error={record.error} />
              <Group>
                <Button onClick={() => void record.refetch()}>{t('errors.retry')}</Button>
              </Group>
            </Stack>
          )}
          {record.data &&
            (rows.length === 0 ? (
              <Text role="status" data-testid="attendance-empty">
                {t('records.attendance.empty')}
              </Text>
            ) : (
              <>
                <Text data-testid="attendance-overall">
                  {totals.meetings
                    ? t('records.attendance.overall', {
                        rate: formatShare(totals.present / totals.meetings, i18n.language),
                        count: totals.present,
                        present: totals.present,
                        meetings: totals.meetings,
                      })
                    : t('records.attendance.noEndedMeeting')}
                </Text>
                <AttendanceTable rows={rows} caption={t('records.attendance.caption', { scope })} />
              </>
            ))}
        </>
      )}
    </Stack>
  );
}
