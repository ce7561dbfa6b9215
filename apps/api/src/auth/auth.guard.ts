import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorReason, Role } from '@tribune/domain';
import { forbidden, unauthenticated } from '../common/app-error';
import { AuthService } from './auth.service';
import { IS_PUBLIC, requestOf, ROLES, WITH_TEMPORARY_PASSWORD } from './decorators';

/** The refusal of everything but choosing one's own password, after an administrator's reset. */
export const temporaryPassword = () =>
  forbidden('Your password is a temporary one: choose your own first (changePassword).', { reason: ErrorReason.TEMPORARY_PASSWORD });

/** Global guard: a valid token on every handler unless marked @Public(), and the @Roles() if any. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = requestOf(context);
    if (!req.user) {
      const header = req.headers['authorization'];
      const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : undefined;
      if (!token) throw unauthenticated();
      // The root fields of one operation are guarded in parallel: they share one token check.
      // The deputy read with the account stays on the request: the request's loaders start from it.
      req.userCheck ??= this.auth.checkToken(token).then(({ user, deputy }) => {
        req.signedIn = { userId: user.id, deputy };
        return user;
      });
      req.user = await req.userCheck;
    }
    // Deny by default: with a temporary password, only the handlers marked for it answer.
    if (req.user.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(WITH_TEMPORARY_PASSWORD, targets))
      throw temporaryPassword();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(req.user.role)) {
      throw forbidden(`This needs the role ${roles.join(' or ')}.`);
    }
    return true;
  }
}
