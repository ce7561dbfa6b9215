import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class AttendanceCounts {
  @Field(() => Int, { description: 'Ended meetings of the groups the deputy belonged to on the day.' }) meetings: number;
  @Field(() => Int) present: number;
  @Field(() => Int, { description: 'Absent with an excuse entered (an answer NO) before the meeting started.' }) excused: number;
  @Field(() => Int) absent: number;
  @Field(() => Float, { description: 'present / meetings, 0..1 (0 without meetings).' }) rate: number;
}

@ObjectType()
export class GroupAttendance extends AttendanceCounts {
  @Field(() => ID) groupId: string;
  @Field() groupName: string;
}

@ObjectType()
export class DeputyAttendance extends AttendanceCounts {
  @Field(() => ID) deputyId: string;
  @Field() fullName: string;
  @Field(() => [GroupAttendance]) byGroup: GroupAttendance[];
}
