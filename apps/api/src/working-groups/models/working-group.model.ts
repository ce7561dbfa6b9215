import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLDate } from '../../common/scalars';

export enum GroupRole {
  LEAD = 'LEAD',
  RAPPORTEUR = 'RAPPORTEUR',
  MEMBER = 'MEMBER',
}
registerEnumType(GroupRole, { name: 'GroupRole' });

@ObjectType()
export class WorkingGroup {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() theme: string;
  @Field() description: string;
  @Field(() => Int, { nullable: true, description: 'Members present needed for quorum; null means more than half.' })
  quorumMinimum: number | null;
  termId: string;
}

/** A deputy's membership of a group, from a date to a date. */
@ObjectType()
export class GroupMember {
  @Field(() => ID) id: string;
  @Field(() => GroupRole) role: GroupRole;
  @Field(() => GraphQLDate) startsOn: Date;
  @Field(() => GraphQLDate, { nullable: true }) endsOn: Date | null;
  groupId: string;
  deputyId: string;
}
