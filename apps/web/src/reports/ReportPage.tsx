import { Anchor, Badge, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { PageError, PageLoading } from '../ui/PageState';
import { REPORT_COLOR } from '../home/FieldReportItem';
import { territoryName } from '../territories/name';

export const ReportPageQuery = graphql(`
  query ReportPage($id: ID!) {
    fieldReport(id: $id) {
      id
      title
      body
      status
      theme
      territory
      territoryLabel
      createdAt
      author {
        id
        fullName
      }
      routedGroup {
        id
        name
      }
      agendaItem {
        id
        meeting {
          id
          title
          startsAt
        }
      }
      decision {
        id
        text
      }
      history {
        at
        fromStatus
        toStatus
        note
        by {
          id
          displayName
        }
      }
    }
  }
`);

/**
 * One field report and what became of it, step by step (issue 14: the loop closed for its author):
 * routed to which group, on which meeting's agenda, the decision, or the explanation of its closing.
 */
export function ReportPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ReportPageQuery, { variables: { id } });
  const report = data?.fieldReport;
  useDocumentTitle(`${report?.title ?? t('nav.reports')} · ${t('app.name')}`);
  if (!data && loading) return <PageLoading label={t('reportPage.loading')} />;
  if (!report) return <PageError title={t('reportPage.loadError')} error={error} onRetry={() => void refetch()} />;

  const when = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
  const detail = (step: (typeof report.history)[number]) => {
    switch (step.toStatus) {
      case 'TRIAGED':
        return report.routedGroup ? t('reportPage.routedTo', { group: report.routedGroup.name }) : null;
      case 'ON_AGENDA':
        return report.agendaItem ? t('reportPage.onAgenda', { meeting: report.agendaItem.meeting.title }) : null;
      case 'ADDRESSED':
        return report.decision ? t('reportPage.decision', { text: report.decision.text }) : null;
      default:
        return null;
    }
  };
  const history = [...report.history].sort((a, b) => a.at.localeCompare(b.at));

  return (
    <Stack gap="lg" maw={720}>
      <Anchor component={Link} to="/" size="sm">
        {t('reportPage.back')}
      </Anchor>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={1} dir="auto">
          {report.title}
        </Title>
        <Badge color={REPORT_COLOR[report.status]} variant="filled" size="lg">
          {t(`report.status.${report.status}`)}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {[territoryName(report, t), report.theme, report.author.fullName].filter(Boolean).join(' · ')}
      </Text>
      <Paper withBorder p="md">
        <Text style={{ whiteSpace: 'pre-wrap' }} dir="auto">
          {report.body}
        </Text>
      </Paper>
      <Stack component="section" aria-labelledby="report-history" gap="sm">
        <Title order={2} size="h3" id="report-history">
          {t('reportPage.history')}
        </Title>
        <Timeline active={history.length - 1} bulletSize={14} lineWidth={2} component="ol" className="plain-list">
          {history.map((step, i) => (
            <Timeline.Item key={i} component="li" title={t(`report.status.${step.toStatus}`)}>
              <Text size="sm" c="dimmed">
                <time dateTime={step.at}>{when(step.at)}</time> · {t('reportPage.by', { name: step.by.displayName })}
              </Text>
              {detail(step) && (
                <Text size="sm" dir="auto">
                  {detail(step)}
                </Text>
              )}
              {step.toStatus === 'ON_AGENDA' && report.agendaItem && (
                <Anchor component={Link} to={`/meetings/${report.agendaItem.meeting.id}`} size="sm">
                  {when(report.agendaItem.meeting.startsAt)}
                </Anchor>
              )}
              {step.note && (
                <Text size="sm" fs="italic" dir="auto">
                  {t('reportPage.note', { note: step.note })}
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
    </Stack>
  );
}
