import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWidget } from '../test/render';
import { AddToCalendarLink } from './AddToCalendarLink';
import { AddToCalendarQuery } from './operations';

describe('AddToCalendarLink', () => {
  it("links the meeting's own .ics through the person's feed address, with what it is for", async () => {
    renderWidget(<AddToCalendarLink meetingId="m-42" />, {
      mocks: [
        {
          request: { query: AddToCalendarQuery },
          result: { data: { calendarFeed: { __typename: 'CalendarFeed', token: 'secret-token' } } },
        },
      ],
    });
    const link = await screen.findByRole('link', { name: 'Ajouter à mon agenda' });
    expect(link).toHaveAttribute('href', '/calendar/secret-token/m-42.ics');
    expect(link).toHaveAttribute('download', 'meeting.ics');
    expect(link).toHaveAccessibleDescription(/fichier \.ics/);
  });
});
