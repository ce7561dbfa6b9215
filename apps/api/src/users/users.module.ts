import { Module } from '@nestjs/common';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';
import { AuditEntryActorResolver } from './relations.resolver';

@Module({ providers: [UsersResolver, UsersService, AuditEntryActorResolver], exports: [UsersService] })
export class UsersModule {}
