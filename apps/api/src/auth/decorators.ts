import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from '@tribune/domain';
import { AuthUser } from './auth-user';
import type { Deputy } from '../generated/prisma/client';

export const IS_PUBLIC = 'tribune:isPublic';
export const ROLES = 'tribune:roles';
export const WITH_TEMPORARY_PASSWORD = 'tribune:withTemporaryPassword';

/** Opens a resolver or route to anonymous callers. Everything else requires a valid token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * Answers also while the account's password is a temporary one set by an administrator. Every
 * other handler refuses such an account (AuthGuard): only what it takes to choose one's own
 * password is marked so.
 */
export const AllowedWithTemporaryPassword = () => SetMetadata(WITH_TEMPORARY_PASSWORD, true);

/** Restricts to these roles (row-level checks stay in the services). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

export function requestOf(context: ExecutionContext): {
  user?: AuthUser;
  userCheck?: Promise<AuthUser>;
  /** Who signed in, with their deputy profile read by the same statement (the request's loaders prime it: LoadersRequest). */
  signedIn?: { userId: string; deputy: Deputy | null };
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
} {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext().req;
  return context.switchToHttp().getRequest();
}

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = requestOf(context).user;
  if (!user) throw new Error('CurrentUser used on a public handler');
  return user;
});
