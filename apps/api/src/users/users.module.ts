import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';
import { AuditEntryActorResolver } from './relations.resolver';

@Module({ imports: [MailModule], providers: [UsersResolver, UsersService, AuditEntryActorResolver], exports: [UsersService] })
export class UsersModule {}
