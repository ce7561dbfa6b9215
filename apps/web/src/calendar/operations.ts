import { graphql } from '../gql';

export const CalendarQuery = graphql(`
  query CalendarPage {
    meetings(filter: { when: UPCOMING, limit: 60 }) {
      id
      startsAt
      ...MeetingItem_meeting
    }
    calendarFeed {
      path
      token
    }
  }
`);

export const RegenerateCalendarTokenMutation = graphql(`
  mutation RegenerateCalendarToken {
    regenerateCalendarToken {
      path
      token
    }
  }
`);

/** The meetings of the period a month or week view shows (at most 100: a month of one person's meetings). */
export const CalendarRangeQuery = graphql(`
  query CalendarRange($from: DateTime!, $to: DateTime!) {
    meetings(filter: { from: $from, to: $to, limit: 100 }) {
      id
      title
      startsAt
      endsAt
      status
      group {
        id
        name
      }
    }
  }
`);

/** The caller's feed token: a meeting's own .ics is at /calendar/<token>/<meetingId>.ics. */
export const AddToCalendarQuery = graphql(`
  query AddToCalendar {
    calendarFeed {
      token
    }
  }
`);
