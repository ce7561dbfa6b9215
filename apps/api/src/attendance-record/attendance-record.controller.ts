import { ArgumentsHost, Catch, Controller, ExceptionFilter, Get, Header, NotFoundException, Param, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { ErrorCode, Role } from '@tribune/domain';
import { Roles } from '../auth/decorators';
import { AppError } from '../common/app-error';
import { AttendanceRecordService } from './attendance-record.service';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

/** The guard's and the service's AppErrors as HTTP statuses with the same JSON codes. */
@Catch(AppError)
export class AppErrorHttpFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost) {
    host.switchToHttp().getResponse<Response>().status(STATUS[error.code] ?? 500).json({ code: error.code, message: error.message });
  }
}

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
