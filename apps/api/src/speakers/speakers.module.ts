import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import {
  MeetingSpeechesResolver,
  SpeakerQueueEntryResolver,
  SpeakersResolver,
  SpeakingTimeByPersonResolver,
  SpeechResolver,
} from './speakers.resolver';
import { SpeakersService } from './speakers.service';

/** The list of speakers of live meetings (issue 7): floor requests, speaking time, alternation, statistics. */
@Module({
  imports: [MeetingsModule],
  providers: [
    SpeakersService,
    SpeakersResolver,
    SpeechResolver,
    MeetingSpeechesResolver,
    SpeakerQueueEntryResolver,
    SpeakingTimeByPersonResolver,
  ],
})
export class SpeakersModule {}
