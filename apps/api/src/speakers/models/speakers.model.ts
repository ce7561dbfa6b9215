import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Gender } from '../../deputies/models/deputy.model';

@ObjectType()
export class SpeakerQueueEntry {
  @Field(() => ID) requestId: string;
  @Field(() => ID) deputyId: string;
  @Field() fullName: string;
  /** Resolved by SpeakerQueueEntryResolver: the person and administrators only; never in the socket's state. */
  gender: Gender;
  @Field() pointOfOrder: boolean;
  @Field({ description: 'Has not spoken yet on this item.' }) firstTime: boolean;
  @Field(() => GraphQLISODateTime) requestedAt: Date;
}

@ObjectType()
export class CurrentSpeech {
  @Field(() => ID) speechId: string;
  @Field(() => ID) deputyId: string;
  @Field() fullName: string;
  @Field() pointOfOrder: boolean;
  @Field(() => GraphQLISODateTime, { description: 'Server clock.' }) startedAt: Date;
  @Field(() => Int) allottedSeconds: number;
  @Field(() => GraphQLISODateTime, { description: 'startedAt + allottedSeconds.' }) endsAt: Date;
}

/** The list of speakers of an agenda item, with the server's clock (reconnecting clients compute the remaining time from it). */
@ObjectType()
export class SpeakersState {
  @Field(() => ID) meetingId: string;
  @Field(() => ID) agendaItemId: string;
  @Field(() => Int) speakingTimeSeconds: number;
  @Field() alternating: boolean;
  @Field({ description: 'The rule in force, shown to everyone.' }) rule: string;
  @Field(() => CurrentSpeech, { nullable: true }) current: CurrentSpeech | null;
  @Field(() => [SpeakerQueueEntry], { description: 'In the order the floor will be given.' }) queue: SpeakerQueueEntry[];
  @Field(() => GraphQLISODateTime) serverTime: Date;
  groupId: string;
}

@ObjectType()
export class Speech {
  @Field(() => ID) id: string;
  @Field(() => GraphQLISODateTime) startedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) endedAt: Date | null;
  @Field(() => Int, { nullable: true }) durationSeconds: number | null;
  @Field(() => Int) allottedSeconds: number;
  @Field() pointOfOrder: boolean;
  @Field(() => String, { nullable: true }) overrideReason: string | null;
  deputyId: string;
  agendaItemId: string;
  meetingId: string;
}

@ObjectType()
export class SpeakingTimeByPerson {
  @Field(() => ID) deputyId: string;
  @Field() fullName: string;
  /** Resolved by SpeakingTimeByPersonResolver: the person and administrators only (byGender carries the aggregate). */
  gender: Gender;
  @Field(() => Int) seconds: number;
  @Field(() => Int) speeches: number;
}

@ObjectType()
export class SpeakingTimeByGender {
  @Field(() => Gender) gender: Gender;
  @Field(() => Int) seconds: number;
  @Field(() => Int) speeches: number;
  @Field(() => Float, { description: 'Share of the total speaking time, 0..1.' }) share: number;
}

@ObjectType()
export class SpeakingStats {
  @Field(() => Int) totalSeconds: number;
  @Field(() => Int) speeches: number;
  @Field(() => [SpeakingTimeByPerson], { description: 'Longest first.' }) byPerson: SpeakingTimeByPerson[];
  @Field(() => [SpeakingTimeByGender]) byGender: SpeakingTimeByGender[];
}
