import { Controller, Get, Header, NotFoundException, Param, UseFilters } from '@nestjs/common';
import { Role } from '@tribune/domain';
import { Roles } from '../auth/decorators';
import { AppErrorHttpFilter } from '../common/app-error-http.filter';
import { AttendanceRecordService } from './attendance-record.service';

/** GET /attendance-record/<termId>.csv: administrators only (bearer token). */
@UseFilters(AppErrorHttpFilter)
@Controller('attendance-record')
export class AttendanceRecordController {
  constructor(private readonly service: AttendanceRecordService) {}

  @Roles(Role.ADMIN)
  @Get(':file')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="attendance.csv"')
  @Header('cache-control', 'no-store')
  csv(@Param('file') file: string) {
    if (!file.endsWith('.csv') || file.length > 80) throw new NotFoundException();
    return this.service.csv(file.slice(0, -4));
  }
}
