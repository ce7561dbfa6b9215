import { Controller, Get, Header, NotFoundException, Param, Query, UseFilters } from '@nestjs/common';
import { Role } from '@tribune/domain';
import { Roles } from '../auth/decorators';
import { AppErrorHttpFilter } from '../common/app-error-http.filter';
import { AttendanceRecordService, CSV_LANGUAGES, CsvLanguage } from './attendance-record.service';

/** GET /attendance-record/<termId>.csv[?lang=fr|en|ar]: administrators only (bearer token); headings in the reader's language (French by default). */
@UseFilters(AppErrorHttpFilter)
@Controller('attendance-record')
export class AttendanceRecordController {
  constructor(private readonly service: AttendanceRecordService) {}

  @Roles(Role.ADMIN)
  @Get(':file')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="attendance.csv"')
  @Header('cache-control', 'no-store')
  csv(@Param('file') file: string, @Query('lang') lang?: string) {
    if (!file.endsWith('.csv') || file.length > 80) throw new NotFoundException();
    return this.service.csv(file.slice(0, -4), (CSV_LANGUAGES as readonly string[]).includes(lang ?? '') ? (lang as CsvLanguage) : 'fr');
  }
}
