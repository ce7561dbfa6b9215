import { useId, useState } from 'react';
import { Button, Group, Loader, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { skipToken, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageError, PageLoading } from '../ui/PageState';
import type { SpeakingStatsInput } from '../gql/graphql';
import { formatShortDateTime, PARIS } from '../i18n/format';
import { formatDuration, formatShare } from './format';
import { GenderShares } from './GenderShares';
import { RecordsGroupsQuery, RecordsMeetingsQuery, SpeakingStatsQuery } from './operations';
import { RecordsNav } from './RecordsNav';
import { TermSelect } from './TermSelect';
import { useTermChoice } from './useTermChoice';
import './records.css';

type Scope = 'TERM' | 'GROUP' | 'MEETING';

/** Who actually speaks: time and number of speeches by person and by declared gender, for a term, a group or one meeting. */
export function SpeakingStatsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(`${t('records.speaking.title')} · ${t('app.name')}`);
  const terms = useTermChoice();
  const [scope, setScope] = useState<Scope>('TERM');
  const [chosenGroup, setChosenGroup] = useState('');
  const [chosenMeeting, setChosenMeeting] = useState('');
  const groups = useQuery(RecordsGroupsQuery, terms.termId ? { variables: { termId: terms.termId } } : skipToken);
  const groupList = groups.data?.workingGroups ?? [];
  const groupId = scope !== 'TERM' ? chosenGroup || groupList[0]?.id || '' : '';
  const meetings = useQuery(RecordsMeetingsQuery, scope === 'MEETING' && groupId ? { variables: { groupId } } : skipToken);
  const meetingList = meetings.data?.meetings.filter((m) => m.status === 'ENDED' || m.status === 'LIVE') ?? [];
  const meetingId = scope === 'MEETING' ? chosenMeeting || meetingList[0]?.id || '' : '';
  const input: SpeakingStatsInput | null =
    scope === 'TERM'
      ? terms.termId
        ? { termId: terms.termId }
        : null
      : scope === 'GROUP'
        ? groupId
          ? { groupId }
          : null
        : meetingId
          ? { meetingId }
          : null;
  const stats = useQuery(SpeakingStatsQuery, input ? { variables: { input } } : skipToken);
  const captionId = useId();

  if (terms.loading) return <PageLoading label={t('records.speaking.loading')} />;
  if (terms.error) return <PageError title={t('records.speaking.title')} error={terms.error} onRetry={() => void terms.refetch()} />;

  const data = stats.data?.speakingStats;
  const women = data?.byGender.find((g) => g.gender === 'WOMAN');

  return (
    <Stack gap="md">
      <Title order={1}>{t('records.speaking.title')}</Title>
      <RecordsNav />
      <Text>{t('records.speaking.intro')}</Text>
      {terms.terms.length === 0 || !terms.termId ? (
        <Text role="status">{t('records.noTerm')}</Text>
      ) : (
        <>
          <Group align="end" gap="md" wrap="wrap">
            <TermSelect
              terms={terms.terms}
              value={terms.termId}
              onChange={(id) => (terms.setTermId(id), setChosenGroup(''), setChosenMeeting(''))}
            />
            <NativeSelect
              label={t('records.speaking.scope')}
              value={scope}
              onChange={(e) => setScope(e.currentTarget.value as Scope)}
              data={(['TERM', 'GROUP', 'MEETING'] as const).map((s) => ({ value: s, label: t(`records.speaking.scopes.${s}`) }))}
              miw={180}
            />
            {scope !== 'TERM' && (
              <NativeSelect
                label={t('records.group')}
                value={groupId}
                onChange={(e) => (setChosenGroup(e.currentTarget.value), setChosenMeeting(''))}
                data={groupList.map((g) => ({ value: g.id, label: g.name }))}
                miw={200}
              />
            )}
            {scope === 'MEETING' && meetingList.length > 0 && (
              <NativeSelect
                label={t('records.speaking.meeting')}
                value={meetingId}
                onChange={(e) => setChosenMeeting(e.currentTarget.value)}
                data={meetingList.map((m) => ({
                  value: m.id,
                  label: `${m.title} · ${formatShortDateTime(m.startsAt, i18n.language, PARIS)}`,
                }))}
                maw="100%"
                miw={200}
              />
            )}
          </Group>
          {scope === 'MEETING' && meetings.data && meetingList.length === 0 && (
            <Text role="status">{t('records.speaking.noMeetings')}</Text>
          )}
          {stats.loading && !stats.data && (
            <Group role="status" gap="sm">
              <Loader size="sm" aria-hidden="true" />
              <Text>{t('records.speaking.loading')}</Text>
            </Group>
          )}
          {stats.error && !stats.data && (
            <Stack gap="xs">
              <ErrorAlert error={stats.error} />
              <Group>
                <Button onClick={() => void stats.refetch()}>{t('errors.retry')}</Button>
              </Group>
            </Stack>
          )}
          {data &&
            (data.speeches === 0 ? (
              <Text role="status" data-testid="speaking-empty">
                {t('records.speaking.empty')}
              </Text>
            ) : (
              <>
                <Stack gap="xs">
                  <Title order={2} size="h3" data-testid="women-share">
                    {t('records.speaking.womenShare', { share: formatShare(women?.share ?? 0, i18n.language) })}
                  </Title>
                  <Text data-testid="speaking-total">
                    {t('records.speaking.total', { count: data.speeches, duration: formatDuration(data.totalSeconds, t) })}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('records.speaking.barHint')}
                  </Text>
                  <GenderShares byGender={data.byGender} />
                </Stack>
                <div className="records-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
                  <Table className="records-table" striped data-testid="speaking-table">
                    <caption id={captionId}>
                      <Text component="span" fw={600} className="records-caption">
                        {t('records.speaking.caption')}
                      </Text>
                    </caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('records.speaking.column.fullName')}</Table.Th>
                        <Table.Th scope="col" ta="end">
                          {t('records.speaking.column.speeches')}
                        </Table.Th>
                        <Table.Th scope="col" ta="end">
                          {t('records.speaking.column.time')}
                        </Table.Th>
                        <Table.Th scope="col" ta="end">
                          {t('records.speaking.column.share')}
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.byPerson.map((p) => (
                        <Table.Tr key={p.deputyId} data-testid="speaking-row">
                          <Table.Th scope="row" fw={500}>
                            {p.fullName}
                          </Table.Th>
                          <Table.Td ta="end">{p.speeches}</Table.Td>
                          <Table.Td ta="end">{formatDuration(p.seconds, t)}</Table.Td>
                          <Table.Td ta="end">{formatShare(data.totalSeconds ? p.seconds / data.totalSeconds : 0, i18n.language)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </div>
              </>
            ))}
        </>
      )}
    </Stack>
  );
}
