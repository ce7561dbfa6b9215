import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import type { MeetingStatus } from '../gql/graphql';
import { formatDateTime } from '../i18n/format';
import { UpdateMinutesMutation } from './operations';
import { useFormMutation } from '../graphql/useFormMutation';

interface Props {
  meeting: {
    id: string;
    status: MeetingStatus;
    timeZone: string;
    minutes: string;
    minutesVersions: Array<{ version: number; createdAt: string }>;
  };
  canEdit: boolean;
}

/**
 * The minutes, for whoever reads the meeting, with the date of their last version. Coordinators
 * and administrators edit them; once the meeting has ended, each save is kept as a new version.
 */
export function MeetingMinutes({ meeting, canEdit }: Props) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const last = meeting.minutesVersions.reduce<Props['meeting']['minutesVersions'][number] | null>(
    (a, v) => (!a || v.version > a.version ? v : a),
    null,
  );

  // Closing the form gives focus back to the button that opened it.
  const returnFocus = useRef(false);
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    editButton.current?.focus();
  }, [editing]);
  const close = (done: boolean) => {
    returnFocus.current = true;
    setEditing(false);
    setSaved(done);
  };

  return (
    <Stack component="section" aria-labelledby="meeting-minutes" gap="xs">
      <Title order={2} size="h3" id="meeting-minutes">
        {t('meetingAdmin.minutes')}
      </Title>
      {saved && (
        <Alert color="green" variant="light" role="status">
          <Text size="sm">{t('meetingAdmin.minutesSaved')}</Text>
        </Alert>
      )}
      {editing ? (
        <MinutesForm meeting={meeting} onClose={close} />
      ) : (
        <>
          {meeting.minutes ? (
            <Text dir="auto" style={{ whiteSpace: 'pre-wrap' }} data-testid="minutes-text">
              {meeting.minutes}
            </Text>
          ) : (
            <Text>{t('meetingAdmin.minutesEmpty')}</Text>
          )}
          {last ? (
            <Text size="sm" c="dimmed" data-testid="minutes-version">
              {t('meetingAdmin.minutesVersion', {
                version: last.version,
                when: formatDateTime(last.createdAt, i18n.language, meeting.timeZone),
              })}
            </Text>
          ) : (
            meeting.minutes && (
              <Text size="sm" c="dimmed">
                {t('meetingAdmin.minutesDraft')}
              </Text>
            )
          )}
          {canEdit && (
            <Group>
              <Button
                ref={editButton}
                variant="default"
                onClick={() => {
                  setSaved(false);
                  setEditing(true);
                }}
              >
                {t('meetingAdmin.minutesEdit')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}

function MinutesForm({ meeting, onClose }: { meeting: Props['meeting']; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState(meeting.minutes);
  const [update, { loading, error }] = useFormMutation(UpdateMinutesMutation, {
    refetchQueries: ['MeetingPage'],
    awaitRefetchQueries: true,
  });
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const saved = await update({ input: { meetingId: meeting.id, body } });
    if (!saved) return;
    onClose(true);
  };

  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} noValidate aria-labelledby="minutes-form-heading">
      <Stack gap="xs">
        <Title order={3} size="h5" id="minutes-form-heading">
          {t('meetingAdmin.minutesEdit')}
        </Title>
        {error && <ErrorAlert error={error} />}
        <Textarea
          ref={field}
          label={t('meetingAdmin.minutesField')}
          description={meeting.status === 'ENDED' ? t('meetingAdmin.minutesVersioned') : t('meetingAdmin.minutesDraft')}
          autosize
          minRows={6}
          dir="auto"
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
        />
        <Group gap="sm">
          <Button type="submit" loading={loading}>
            {t('meetingAdmin.minutesSave')}
          </Button>
          <Button variant="default" onClick={() => onClose(false)}>
            {t('meetingAdmin.discard')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
