import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { ActionItemResolver, DecisionsResolver } from './decisions.resolver';
import { DecisionsService } from './decisions.service';

@Module({ imports: [MeetingsModule], providers: [DecisionsService, DecisionsResolver, ActionItemResolver], exports: [DecisionsService] })
export class DecisionsModule {}
