import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NOTIFICATION_KINDS, DEFAULT_CHANNELS } from '@tribune/domain';
import { graphQLErrorResult } from '../test/fixtures';
import { NotificationPreferencesForm } from './NotificationPreferencesForm';
import { NotificationPreferencesQuery, UpdateNotificationPreferencesMutation } from './operations';
import { renderWithLive } from './testing';

const channels = NOTIFICATION_KINDS.map((kind) => ({
  __typename: 'NotificationChannelPreference' as const,
  kind,
  ...DEFAULT_CHANNELS[kind],
  mandatory: kind === 'MANDATE_CHANGED',
}));
const prefs = {
  __typename: 'NotificationPreferences' as const,
  channels,
  reminderMinutes: [1440, 60],
  reminderChoices: [10080, 2880, 1440, 180, 120, 60, 30, 15],
  timeZone: 'Europe/Paris',
};
const load = { request: { query: NotificationPreferencesQuery }, result: { data: { notificationPreferences: prefs } } };
const input = {
  channels: channels
    .filter((c) => !c.mandatory)
    .map(({ kind, inApp, email }) => ({ kind, inApp, email: kind === 'MEETING_STARTED' ? true : email })),
  reminderMinutes: [1440],
  timeZone: 'Europe/Paris',
};

describe('NotificationPreferencesForm', () => {
  it('saves each kind per channel and the reminders before a meeting', async () => {
    renderWithLive(<NotificationPreferencesForm />, {
      mocks: [
        load,
        {
          request: { query: UpdateNotificationPreferencesMutation, variables: { input } },
          result: { data: { updateNotificationPreferences: { ...prefs, reminderMinutes: [1440] } } },
        },
      ],
    });
    const startedByMail = await screen.findByRole('checkbox', { name: 'Séance ouverte : Par courriel' });
    expect(startedByMail).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Mon siège et mon mandat : Par courriel' })).toBeDisabled();
    await userEvent.click(startedByMail);
    expect(screen.getByRole('checkbox', { name: /^1\s+jour$/ })).toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: /^1\s+heure$/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer mes choix' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Vos choix sont enregistrés.');
  });

  it('allows three reminders at most, and says a refusal in words (English)', async () => {
    renderWithLive(<NotificationPreferencesForm />, {
      lang: 'en',
      mocks: [
        load,
        {
          request: {
            query: UpdateNotificationPreferencesMutation,
            variables: {
              input: {
                ...input,
                channels: input.channels.map((c) => ({ ...c, email: c.kind === 'MEETING_STARTED' ? false : c.email })),
                reminderMinutes: [1440, 60, 15],
              },
            },
          },
          result: graphQLErrorResult('BAD_USER_INPUT', 'refused', { reason: 'REMINDER_DELAY_NOT_OFFERED', params: { max: 3 } }),
        },
      ],
    });
    await userEvent.click(await screen.findByRole('checkbox', { name: '15 minutes' }));
    expect(screen.getByRole('checkbox', { name: '30 minutes' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Save my choices' }));
    expect(await screen.findByText('Choose your reminders among those offered, 3 at most.')).toBeInTheDocument();
  });
});
