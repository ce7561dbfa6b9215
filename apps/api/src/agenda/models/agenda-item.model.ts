import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** An item of a meeting's agenda; positions are 1..n, dense and unique within the meeting. */
@ObjectType()
export class AgendaItem {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field() title: string;
  @Field() description: string;
  @Field(() => Int, { nullable: true }) durationMinutes: number | null;
  meetingId: string;
  fieldReportId: string | null;
}
