import { Button, Group, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, type FragmentType } from '../gql';
import type { RespondToMeetingMutation as RespondResult, RsvpResponse } from '../gql/graphql';
import { errorMessage } from '../graphql/errors';
import { RespondToMeetingMutation, RsvpFragment } from './operations';

const RESPONSES: RsvpResponse[] = ['YES', 'MAYBE', 'NO'];

/**
 * Yes / maybe / no for a member, as toggle buttons (aria-pressed). The answer shows at once
 * (optimistic) and rolls back, with the reason, if the API refuses it.
 */
export function RsvpButtons(props: { meeting: FragmentType<typeof RsvpFragment> }) {
  const { t } = useTranslation();
  const meeting = getFragmentData(RsvpFragment, props.meeting);
  const [respond] = useMutation(RespondToMeetingMutation);
  const [error, setError] = useState<unknown>(null);
  const mine = meeting.myAttendance;
  if (!mine || meeting.status === 'CANCELLED' || meeting.status === 'ENDED') return null;

  const answer = async (response: RsvpResponse) => {
    setError(null);
    try {
      await respond({
        variables: { input: { meetingId: meeting.id, response } },
        optimisticResponse: {
          respondToMeeting: {
            __typename: 'AttendanceEntry',
            response,
            note: null,
            respondedAt: new Date().toISOString(),
            present: false,
            deputy: { __typename: 'Deputy', id: mine.deputy.id },
          } as RespondResult['respondToMeeting'],
        },
        update(cache, { data }) {
          const entry = data?.respondToMeeting;
          if (!entry) return;
          cache.modify({
            id: cache.identify({ __typename: 'Meeting', id: meeting.id }),
            fields: {
              myAttendance: (existing: object | null) => (existing ? { ...existing, response: entry.response } : existing),
            },
          });
        },
      });
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div>
      <Group gap={6} role="group" aria-label={t('rsvp.label', { title: meeting.title })} wrap="wrap">
        {RESPONSES.map((r) => {
          const pressed = mine.response === r;
          return (
            <Button
              key={r}
              size="compact-sm"
              variant={pressed ? 'filled' : 'default'}
              aria-pressed={pressed}
              onClick={() => void answer(r)}
            >
              {t(`rsvp.${r}`)}
            </Button>
          );
        })}
      </Group>
      {error ? (
        <Text size="sm" c="red.9" role="alert" mt={4}>
          {errorMessage(error, t)}
        </Text>
      ) : null}
    </div>
  );
}
