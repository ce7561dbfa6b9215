import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { ActionItemResolver, DecisionsResolver } from './decisions.resolver';
import { DecisionsService } from './decisions.service';
import { AgendaItemDecisionsResolver, FieldReportDecisionResolver, MeetingDecisionsResolver } from './relations.resolver';

@Module({
  imports: [MeetingsModule],
  providers: [
    DecisionsService,
    DecisionsResolver,
    ActionItemResolver,
    MeetingDecisionsResolver,
    AgendaItemDecisionsResolver,
    FieldReportDecisionResolver,
  ],
  exports: [DecisionsService],
})
export class DecisionsModule {}
