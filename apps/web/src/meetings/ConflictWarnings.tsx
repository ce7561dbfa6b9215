import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorReason } from '@tribune/domain';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import { formatShortDateTime } from '../i18n/format';
import { warningMessage } from '../graphql/errors';

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
export function ConflictWarnings(props: { conflicts: Conflicts; warnings?: Array<{ code: string; params?: unknown }>; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const conflicts = getFragmentData(ConflictWarningsFragment, props.conflicts);
  const { timeZone } = props;
  // The API's other warnings, in the reader's language; its scheduling-conflict warnings repeat the clashes listed above.
  const warnings = (props.warnings ?? [])
    .filter((w) => !(w.code === ErrorReason.SCHEDULING_CONFLICT && conflicts.length > 0))
    .map((w) => ({ code: w.code, text: warningMessage(w, t) }))
    .filter((w): w is { code: string; text: string } => w.text !== null);
  return (
    <>
      {conflicts.length > 0 && (
        <>
          <Text size="sm">{t('schedule.conflicts', { count: conflicts.length })}</Text>
          <List size="sm">
            {conflicts.slice(0, SHOWN).map((c) => (
              <List.Item key={`${c.deputyId}-${c.meeting.id}-${c.startsAt}`}>
                {t('schedule.conflict', {
                  name: c.deputyName,
                  meeting: c.meeting.title,
                  when: formatShortDateTime(c.startsAt, i18n.language, timeZone),
                })}
              </List.Item>
            ))}
          </List>
        </>
      )}
      {warnings.map((w, i) => (
        <Text size="sm" key={`${w.code}-${i}`}>
          {w.text}
        </Text>
      ))}
    </>
  );
}
