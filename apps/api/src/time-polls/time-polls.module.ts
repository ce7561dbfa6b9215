import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { TimePollAnswerResolver, TimePollSlotResolver, TimePollsResolver } from './time-polls.resolver';
import { TimePollsService } from './time-polls.service';
import { TimePollViewerCanResolver } from './viewer-can.resolver';

/** Finding a meeting time (issue 7). */
@Module({
  imports: [MeetingsModule],
  providers: [TimePollsService, TimePollsResolver, TimePollSlotResolver, TimePollAnswerResolver, TimePollViewerCanResolver],
})
export class TimePollsModule {}
