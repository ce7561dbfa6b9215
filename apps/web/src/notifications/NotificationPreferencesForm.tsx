import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MAX_REMINDER_DELAYS } from '@tribune/domain';
import { ErrorAlert } from '../ui/ErrorAlert';
import { NotificationPreferencesQuery, UpdateNotificationPreferencesMutation } from './operations';
import type { NotificationKind } from '../gql/graphql';

interface Channel {
  kind: NotificationKind;
  inApp: boolean;
  email: boolean;
  mandatory: boolean;
}

/** "1 day", "3 hours", "15 minutes" in the page's language. */
export function delayLabel(minutes: number, language: string): string {
  const [value, unit] = minutes % 1440 === 0 ? [minutes / 1440, 'day'] : minutes % 60 === 0 ? [minutes / 60, 'hour'] : [minutes, 'minute'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

const timeZones = (): string[] => {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return supported.length ? supported : ['Europe/Paris'];
};

/** On "Mon compte": each kind in the app and by email, the reminders before a meeting, the time zone notices are written in. */
export function NotificationPreferencesForm() {
  const { t, i18n } = useTranslation();
  const { data, error: loadError } = useQuery(NotificationPreferencesQuery);
  const [save, { loading, error, reset }] = useMutation(UpdateNotificationPreferencesMutation);
  const [channels, setChannels] = useState<Channel[]>([]);
  const [reminders, setReminders] = useState<number[]>([]);
  const [timeZone, setTimeZone] = useState('Europe/Paris');
  const [saved, setSaved] = useState(false);
  const prefs = data?.notificationPreferences;
  useEffect(() => {
    if (!prefs) return;
    setChannels(prefs.channels.map(({ kind, inApp, email, mandatory }) => ({ kind, inApp, email, mandatory })));
    setReminders(prefs.reminderMinutes);
    setTimeZone(prefs.timeZone);
  }, [prefs]);

  if (!prefs) return loadError ? <ErrorAlert error={loadError} /> : null;

  const set = (kind: NotificationKind, channel: 'inApp' | 'email', on: boolean) => {
    setSaved(false);
    setChannels((all) => all.map((c) => (c.kind === kind ? { ...c, [channel]: on } : c)));
  };
  const chooseReminders = (values: string[]) => {
    setSaved(false);
    setReminders(values.map(Number).sort((a, b) => b - a));
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset();
    setSaved(false);
    try {
      await save({
        variables: {
          input: {
            channels: channels.filter((c) => !c.mandatory).map(({ kind, inApp, email }) => ({ kind, inApp, email })),
            reminderMinutes: reminders,
            timeZone,
          },
        },
      });
      setSaved(true);
    } catch {
      // Shown from `error`.
    }
  };

  return (
    <Paper
      withBorder
      p="lg"
      component="form"
      onSubmit={submit}
      noValidate
      aria-labelledby="notification-preferences-title"
      id="notification-preferences"
    >
      <Stack gap="md">
        <Title order={2} size="h3" id="notification-preferences-title">
          {t('notifications.prefs.title')}
        </Title>
        <Text size="sm">{t('notifications.prefs.intro')}</Text>
        <Table.ScrollContainer minWidth={300}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('notifications.prefs.kind')}</Table.Th>
                <Table.Th scope="col">{t('notifications.prefs.inApp')}</Table.Th>
                <Table.Th scope="col">{t('notifications.prefs.email')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {channels.map((c) => {
                const kind = t(`notifications.kinds.${c.kind}`);
                return (
                  <Table.Tr key={c.kind}>
                    <Table.Th scope="row" fw={400}>
                      {kind}
                      {c.mandatory && (
                        <Text size="xs" c="dimmed">
                          {t('notifications.prefs.mandatory')}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td>
                      <Checkbox
                        aria-label={`${kind} : ${t('notifications.prefs.inApp')}`}
                        checked={c.inApp}
                        disabled={c.mandatory}
                        onChange={(e) => set(c.kind, 'inApp', e.currentTarget.checked)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Checkbox
                        aria-label={`${kind} : ${t('notifications.prefs.email')}`}
                        checked={c.email}
                        disabled={c.mandatory}
                        onChange={(e) => set(c.kind, 'email', e.currentTarget.checked)}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Checkbox.Group
          label={t('notifications.prefs.reminders')}
          description={t('notifications.prefs.remindersHint', { max: MAX_REMINDER_DELAYS })}
          value={reminders.map(String)}
          onChange={chooseReminders}
        >
          <Group gap="sm" mt="xs">
            {prefs.reminderChoices.map((minutes) => (
              <Checkbox
                key={minutes}
                value={String(minutes)}
                label={delayLabel(minutes, i18n.language)}
                disabled={!reminders.includes(minutes) && reminders.length >= MAX_REMINDER_DELAYS}
              />
            ))}
          </Group>
        </Checkbox.Group>
        <Select
          label={t('notifications.prefs.timeZone')}
          data={timeZones()}
          value={timeZone}
          onChange={(value) => value && (setSaved(false), setTimeZone(value))}
          searchable
          allowDeselect={false}
          maw={320}
        />
        {saved && (
          <Alert color="green" variant="light" role="status">
            <Text size="sm">{t('notifications.prefs.saved')}</Text>
          </Alert>
        )}
        {error && <ErrorAlert error={error} />}
        <Group>
          <Button type="submit" loading={loading}>
            {t('notifications.prefs.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
