import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';

/**
 * Hands what a resolver, guard or pipe threw to Apollo as it is, without Nest's default
 * ExceptionsHandler, which logged every error (a refusal to an anonymous request included) at
 * error level with its stack. formatGraphQLError answers and logs it once, at the right level.
 * Outside GraphQL (HTTP routes), returning the error leaves it to Nest's usual HTTP handling.
 */
@Catch()
export class GraphQLErrorPassThrough implements ExceptionFilter {
  catch(exception: unknown, _host: ArgumentsHost) {
    return exception instanceof Error ? exception : new Error(String(exception));
  }
}
