import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';

export const NeedsYouQuery = graphql(`
  query NeedsYou {
    needsMe {
      liveMeetings {
        id
        title
        group {
          id
          name
        }
      }
      openVotes {
        id
        question
        meeting {
          id
          title
        }
      }
      openTimePolls {
        pollId
        groupId
        groupName
        title
      }
      actionItems {
        actionItemId
        title
        dueOn
        meetingId
        meetingTitle
      }
    }
  }
`);

/**
 * The top of the home page: what needs the person now. A meeting of theirs live now with
 * "Rejoindre", the votes open to them, the date polls they have not answered, their open actions.
 * Nothing at all when nothing waits.
 */
export function NeedsYou() {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(NeedsYouQuery, { fetchPolicy: 'cache-and-network' });
  const now = data?.needsMe;
  if (!now) return null;
  const { liveMeetings, openVotes, openTimePolls, actionItems } = now;
  if (liveMeetings.length + openVotes.length + openTimePolls.length + actionItems.length === 0) return null;
  const day = (d: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T12:00:00Z`));
  const list = (heading: string, id: string, items: Array<{ key: string; node: React.ReactNode }>) =>
    items.length > 0 && (
      <Stack gap={4}>
        <Title order={3} size="h5" id={id}>
          {heading}
        </Title>
        <Stack component="ul" className="plain-list" gap={4} aria-labelledby={id}>
          {items.map((i) => (
            <li key={i.key}>{i.node}</li>
          ))}
        </Stack>
      </Stack>
    );

  return (
    <Paper component="section" withBorder p="md" aria-labelledby="needs-you" data-testid="needs-you">
      <Stack gap="sm">
        <Title order={2} size="h3" id="needs-you">
          {t('needsYou.title')}
        </Title>
        {liveMeetings.map((m) => (
          <Group key={m.id} justify="space-between" wrap="wrap" gap="xs">
            <Text fw={600} dir="auto">
              {t('needsYou.liveNow', { title: m.title })} · {m.group.name}
            </Text>
            <Button component={Link} to={`/meetings/${m.id}/live`} color="red.8" aria-label={`${t('needsYou.join')} : ${m.title}`}>
              {t('needsYou.join')}
            </Button>
          </Group>
        ))}
        {list(
          t('needsYou.openVotes'),
          'needs-you-votes',
          openVotes.map((v) => ({
            key: v.id,
            node: (
              <Anchor component={Link} to={`/meetings/${v.meeting.id}/live`} dir="auto">
                {v.question} · {v.meeting.title}
              </Anchor>
            ),
          })),
        )}
        {list(
          t('needsYou.openPolls'),
          'needs-you-polls',
          openTimePolls.map((p) => ({
            key: p.pollId,
            node: (
              <Anchor component={Link} to={`/groups/${p.groupId}/time-polls/${p.pollId}`} dir="auto">
                {p.title} · {p.groupName}
              </Anchor>
            ),
          })),
        )}
        {list(
          t('needsYou.myActions'),
          'needs-you-actions',
          actionItems.map((a) => ({
            key: a.actionItemId,
            node: (
              <Text size="sm" dir="auto">
                <Anchor component={Link} to={`/meetings/${a.meetingId}`}>
                  {a.title}
                </Anchor>
                {' · '}
                {a.meetingTitle}
                {a.dueOn ? ` · ${t('needsYou.due', { date: day(a.dueOn) })}` : ''}
              </Text>
            ),
          })),
        )}
      </Stack>
    </Paper>
  );
}
