import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { PasswordResetService } from './password-reset.service';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';
import { AuditEntryActorResolver } from './relations.resolver';

@Module({
  imports: [MailModule],
  providers: [UsersResolver, UsersService, PasswordResetService, AuditEntryActorResolver],
  exports: [UsersService],
})
export class UsersModule {}
