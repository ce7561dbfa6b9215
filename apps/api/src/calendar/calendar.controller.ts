import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
import { Public } from '../auth/decorators';
import { CalendarService } from './calendar.service';

const ics = (file: string) => {
  if (!file.endsWith('.ics')) throw new NotFoundException();
  return file.slice(0, -4);
};

/** Public routes: the token in the URL is the secret (calendar apps cannot send a bearer token). */
@Public()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  /** GET /calendar/<token>.ics: the user's meetings. */
  @Get(':file')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, max-age=300')
  feed(@Param('file') file: string) {
    return this.calendar.feed(ics(file));
  }

  /** GET /calendar/<token>/<meetingId>.ics: one meeting, to download. */
  @Get(':token/:file')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="meeting.ics"')
  oneMeeting(@Param('token') token: string, @Param('file') file: string) {
    return this.calendar.oneMeeting(token, ics(file));
  }
}
