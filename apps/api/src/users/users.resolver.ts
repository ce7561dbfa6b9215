import { Args, Context, Mutation, Query, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { listOf } from '../security/graphql-limits';
import { Role } from '@tribune/domain';
import { AuthService } from '../auth/auth.service';
import { AuthUser } from '../auth/auth-user';
import { AllowedWithTemporaryPassword, CurrentUser, Public, Roles } from '../auth/decorators';
import { notFound } from '../common/app-error';
import { LoginInput } from './dto/login.input';
import { CreateUserInput, SetUserRoleInput } from './dto/create-user.input';
import { ChangePasswordInput, ResetUserPasswordInput, SetUserDisabledInput } from './dto/account.inputs';
import { RequestPasswordResetInput, ResetPasswordInput, SetMyLocaleInput } from './dto/password-reset.inputs';
import { PasswordResetService } from './password-reset.service';
import { LoginPayload } from './models/login-payload.model';
import { TemporaryPassword } from './models/temporary-password.model';
import { User } from './models/user.model';
import { MAX_ACCOUNTS, UsersService } from './users.service';
import { mayReadAccount, ownAccount } from './account-visibility';
import { PrismaService } from '../prisma/prisma.service';

type Viewer = { user?: AuthUser };

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly usersService: UsersService,
    private readonly prisma: PrismaService,
    private readonly passwordReset: PasswordResetService,
  ) {}

  @Public()
  @Mutation(() => LoginPayload, { description: 'Exchanges an email and password for a bearer token. Rate-limited.' })
  async login(@Args('input') input: LoginInput, @Context('req') req: { ip?: string }) {
    const payload = await this.auth.login(input.email, input.password, req.ip);
    // The request carried no token: the account in the answer is the caller's own.
    ownAccount(payload.user);
    return payload;
  }

  @AllowedWithTemporaryPassword()
  @Mutation(() => LoginPayload, {
    description:
      "Replaces the signed-in person's password (the current one is asked again); their other sessions end, this one goes on with the token returned.",
  })
  changePassword(@CurrentUser() actor: AuthUser, @Args('input') input: ChangePasswordInput, @Context('req') req: { ip?: string }) {
    return this.usersService.changePassword(actor, input, req.ip);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      '"Forgot password": mails a single-use link that expires, if the address has an account. Always answers true (it does not tell whether the account exists); rate-limited like login.',
  })
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput, @Context('req') req: { ip?: string }) {
    await this.passwordReset.request(input.email, req.ip);
    return true;
  }

  @Public()
  @Mutation(() => LoginPayload, {
    description:
      "Sets a new password with the token of a reset link (once, before it expires): the account's other sessions end, a temporary password stops being one, and the answer signs this browser in.",
  })
  async resetPassword(@Args('input') input: ResetPasswordInput) {
    const payload = await this.passwordReset.reset(input.token, input.newPassword);
    // The token proved the account is the caller's own.
    ownAccount(payload.user);
    return payload;
  }

  @AllowedWithTemporaryPassword()
  @Mutation(() => User, {
    description: "Saves the signed-in person's language (fr, en or ar): the web opens in it, mails and the calendar feed use it.",
  })
  setMyLocale(@CurrentUser() actor: AuthUser, @Args('input') input: SetMyLocaleInput) {
    return this.usersService.setLocale(actor, input.locale);
  }

  @AllowedWithTemporaryPassword()
  @Query(() => User, { description: 'The logged-in user.' })
  async me(@CurrentUser() user: AuthUser) {
    // The guard loaded the account with the token check, moments ago in this request.
    if (user.displayName !== undefined && user.locale !== undefined) {
      return {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        role: user.role,
        locale: user.locale,
        deputyId: user.deputyId,
        mustChangePassword: user.mustChangePassword ?? false,
      };
    }
    const found = await this.usersService.findById(user.id);
    if (!found) throw notFound('User', user.id);
    return found;
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      'The password is a temporary one set by an administrator: the person must choose their own before anything else (read by the person and administrators; null for anyone else).',
  })
  mustChangePassword(@Root() user: User & { mustChangePassword?: boolean }, @Context('req') req: { user?: AuthUser }) {
    // No viewer: the login's answer, whose account is the caller's own.
    const viewer = req.user;
    if (viewer && viewer.id !== user.id && viewer.role !== Role.ADMIN) return null;
    return user.mustChangePassword ?? false;
  }

  @Roles(Role.ADMIN)
  @Query(() => [User], { complexity: listOf(MAX_ACCOUNTS), description: 'Every account (administrators).' })
  users() {
    return this.usersService.list();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, {
    description: 'Administrators: creates an account with the role and password given, optionally linked to a deputy profile. Audited.',
  })
  createUser(@CurrentUser() actor: AuthUser, @Args('input') input: CreateUserInput) {
    return this.usersService.create(actor, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: "Changes an account's role; its open sessions end." })
  setUserRole(@CurrentUser() actor: AuthUser, @Args('input') input: SetUserRoleInput) {
    return this.usersService.setRole(actor, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, {
    description:
      'Disables an account (it can no longer log in; its open sessions end) or enables it again. Neither your own account nor the last active administrator.',
  })
  setUserDisabled(@CurrentUser() actor: AuthUser, @Args('input') input: SetUserDisabledInput) {
    return this.usersService.setDisabled(actor, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => TemporaryPassword, { description: 'Gives an account a new generated password, shown this once; its open sessions end.' })
  resetUserPassword(@CurrentUser() actor: AuthUser, @Args('input') input: ResetUserPasswordInput) {
    return this.usersService.resetPassword(actor, input);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Read by the person, administrators and coordinators of a group the person belongs to; null for anyone else.',
  })
  async email(@Root() user: User, @Context('req') req: Viewer) {
    return (await this.mayRead(req, user)) ? user.email : null;
  }

  @ResolveField(() => Role, {
    nullable: true,
    description: 'Read by the person, administrators and coordinators of a group the person belongs to; null for anyone else.',
  })
  async role(@Root() user: User, @Context('req') req: Viewer) {
    return (await this.mayRead(req, user)) ? user.role : null;
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      'Disabled by an administrator: the account cannot log in. Read by the person, administrators and coordinators of a group the person belongs to; null for anyone else.',
  })
  async disabled(@Root() user: User & { disabledAt?: Date | null }, @Context('req') req: Viewer) {
    if (!(await this.mayRead(req, user))) return null;
    // `me` answers from the guard's copy, without disabledAt: a disabled account has no session.
    return user.disabledAt != null;
  }

  private mayRead(req: Viewer, user: User) {
    return mayReadAccount(this.prisma, req, req.user, user);
  }
}
