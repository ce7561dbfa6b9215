import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { ErrorCode } from '@tribune/domain';
import { AppError } from './app-error';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
};

/**
 * AppErrors on plain HTTP routes (the guard's, the validation pipe's on a route parameter, the
 * services') as their HTTP status with the same JSON code and reason: without it they are not
 * HttpExceptions and Nest answered 500 (`GET /calendar/%00.ics`).
 */
@Catch(AppError)
export class AppErrorHttpFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost) {
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(STATUS[error.code] ?? 500)
      .json({ code: error.code, reason: error.reason, message: error.message });
  }
}
