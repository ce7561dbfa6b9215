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
