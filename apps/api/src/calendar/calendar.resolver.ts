import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { CalendarService } from './calendar.service';
import { CalendarFeed } from './models/calendar-feed.model';

@Resolver(() => CalendarFeed)
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @Query(() => CalendarFeed, { description: "The caller's calendar feed address." })
  calendarFeed(@CurrentUser() actor: AuthUser) {
    return this.calendar.path(actor);
  }

  @Mutation(() => CalendarFeed, { description: "A new secret address for the caller's feed; the old one stops working." })
  regenerateCalendarToken(@CurrentUser() actor: AuthUser) {
    return this.calendar.regenerate(actor);
  }
}
