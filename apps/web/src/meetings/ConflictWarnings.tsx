import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import { formatShortDateTime } from '../i18n/format';

/** What each scheduling payload asks of its conflicts (spread in the schedule, reschedule and time-poll mutations). */
export const ConflictWarningsFragment = graphql(`
  fragment ConflictWarnings_conflict on MeetingConflict {
    deputyId
    deputyName
    startsAt
    meeting {
      id
      title
    }
  }
`);

/** Conflicts as a payload carries them (the fragment spread). */
export type Conflicts = ReadonlyArray<FragmentType<typeof ConflictWarningsFragment>>;

/** At most this many clashes are listed (a weekly series can clash every week). */
const SHOWN = 10;

/**
 * What a scheduling change reports besides its result: the members already in another meeting at
 * one of the times (DESIGN.md: nobody in two meetings at once without a warning), on the meeting's
 * clock, and the API's other warnings. Used after scheduling, rescheduling and scheduling from a poll.
 */
export function ConflictWarnings(props: {
  conflicts: Conflicts;
  warnings?: Array<{ code: string; message: string }>;
  timeZone: string;
}) {
  const { t, i18n } = useTranslation();
  const conflicts = getFragmentData(ConflictWarningsFragment, props.conflicts);
  const { warnings = [], timeZone } = props;
  return (
    <>
      {conflicts.length > 0 && (
        <>
          <Text size="sm">{t('schedule.conflicts', { count: conflicts.length })}</Text>
          <List size="sm">
            {conflicts.slice(0, SHOWN).map((c) => (
              <List.Item key={`${c.deputyId}-${c.meeting.id}-${c.startsAt}`}>
                {t('schedule.conflict', { name: c.deputyName, meeting: c.meeting.title, when: formatShortDateTime(c.startsAt, i18n.language, timeZone) })}
              </List.Item>
            ))}
          </List>
        </>
      )}
      {warnings.map((w) => (
        <Text size="sm" key={w.code}>
          {w.message}
        </Text>
      ))}
    </>
  );
}
