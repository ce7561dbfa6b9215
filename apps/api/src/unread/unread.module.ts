import { Module } from '@nestjs/common';
import { UnreadResolver } from './unread.resolver';
import { UnreadService } from './unread.service';

/** Unread counts per group discussion and each person's read position (issue 5). */
@Module({ providers: [UnreadService, UnreadResolver] })
export class UnreadModule {}
