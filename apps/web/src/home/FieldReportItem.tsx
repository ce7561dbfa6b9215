import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getFragmentData, type FragmentType } from '../gql';
import { FieldReportItemFragment } from './operations';
import { territoryName } from '../territories/name';

export const REPORT_COLOR = {
  SUBMITTED: 'gray.8',
  TRIAGED: 'indigo.9',
  ON_AGENDA: 'violet.9',
  ADDRESSED: '#1b6e2e',
  CLOSED: 'dark.6',
} as const;

/** A field report: title, status badge, territory and theme, and the group it was routed to. */
export function FieldReportItem(props: { report: FragmentType<typeof FieldReportItemFragment>; showAuthor?: boolean }) {
  const { t } = useTranslation();
  const r = getFragmentData(FieldReportItemFragment, props.report);
  return (
    <Paper component="li" withBorder p="sm" data-testid="report-item">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Anchor component={Link} to={`/reports/${r.id}`} fw={600}>
            {r.title}
          </Anchor>
          <Badge color={REPORT_COLOR[r.status]} variant="filled">
            {t(`report.status.${r.status}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {[territoryName(r, t), r.theme, props.showAuthor ? r.author.fullName : null].filter(Boolean).join(' · ')}
        </Text>
        {r.routedGroup && <Text size="sm">{t('report.routedTo', { group: r.routedGroup.name })}</Text>}
      </Stack>
    </Paper>
  );
}
