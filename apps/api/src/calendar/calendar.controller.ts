import { Controller, Get, Header, NotFoundException, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/decorators';
import { AppErrorHttpFilter } from '../common/app-error-http.filter';
import { CalendarFile } from './calendar-render';
import { CalendarService } from './calendar.service';

const ics = (file: string) => {
  if (!file.endsWith('.ics')) throw new NotFoundException();
  return file.slice(0, -4);
};

/**
 * Sends a calendar file with its Last-Modified. Conditional requests are answered from the ETag
 * (Express's, a hash of the body) only: Last-Modified says when a meeting in the feed last
 * changed, but joining or leaving a group changes the feed without changing any meeting, so an
 * If-Modified-Since alone must not earn a 304.
 */
function send(req: Request, res: Response, file: CalendarFile) {
  if (file.lastModified) res.setHeader('last-modified', file.lastModified.toUTCString());
  delete req.headers['if-modified-since'];
  return file.body;
}

/** Public routes: the token in the URL is the secret (calendar apps cannot send a bearer token). */
@Public()
@UseFilters(AppErrorHttpFilter)
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  /** GET /calendar/<token>.ics: the user's meetings. */
  @Get(':file')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, max-age=300')
  async feed(@Param('file') file: string, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return send(req, res, await this.calendar.feed(ics(file)));
  }

  /** GET /calendar/<token>/<meetingId>.ics: one meeting, to download. */
  @Get(':token/:file')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="meeting.ics"')
  async oneMeeting(
    @Param('token') token: string,
    @Param('file') file: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return send(req, res, await this.calendar.oneMeeting(token, ics(file)));
  }
}
