import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum VoteSecrecy {
  NAMED = 'NAMED',
  SECRET = 'SECRET',
}
registerEnumType(VoteSecrecy, {
  name: 'VoteSecrecy',
  description: 'NAMED: who voted what is published; SECRET: ballots cannot be linked to voters.',
});

export enum VoteStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(VoteStatus, { name: 'VoteStatus' });

export enum VoteEligibility {
  PRESENT = 'PRESENT',
  MEMBERS = 'MEMBERS',
}
registerEnumType(VoteEligibility, {
  name: 'VoteEligibility',
  description: 'Who may vote: members present when the vote opens, or every member.',
});

@ObjectType()
export class VoteOptionCount {
  @Field() option: string;
  @Field(() => Int) count: number;
}

@ObjectType()
export class VoteQuorum {
  @Field(() => Int) members: number;
  @Field(() => Int) present: number;
  @Field(() => Int) required: number;
  @Field() reached: boolean;
}

@ObjectType()
export class VoteResults {
  @Field(() => [VoteOptionCount]) counts: VoteOptionCount[];
  @Field(() => Int) cast: number;
  @Field(() => Int) eligible: number;
  @Field(() => Float, { description: 'cast / eligible, 0..1.' }) turnout: number;
  @Field(() => VoteQuorum, { description: 'As recorded at the close.' }) quorum: VoteQuorum;
}

@ObjectType()
export class NamedVote {
  @Field() option: string;
  @Field(() => Int) choice: number;
  deputyId: string;
  castById: string;
}

@ObjectType()
export class VoteProxy {
  grantorId: string;
  holderId: string;
}

@ObjectType()
export class Vote {
  @Field(() => ID) id: string;
  @Field() question: string;
  @Field(() => [String]) options: string[];
  @Field(() => VoteSecrecy) secrecy: VoteSecrecy;
  @Field(() => VoteEligibility) eligibility: VoteEligibility;
  @Field() allowChange: boolean;
  @Field(() => VoteStatus) status: VoteStatus;
  @Field(() => GraphQLISODateTime) openedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) closedAt: Date | null;
  meetingId: string;
  agendaItemId: string;
  eligibleIds: string[];
  counts: number[];
  membersCount: number | null;
  presentCount: number | null;
  quorumRequired: number | null;
  quorumReached: boolean | null;
  decisionId: string | null;
}

@ObjectType()
export class CastVotePayload {
  @Field(() => Vote) vote: Vote;
  @Field(() => Int) cast: number;
  @Field(() => Int) eligible: number;
  @Field({ description: 'False when an earlier vote was changed.' }) firstCast: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'Secret vote that allows changes: keep it to change your vote; the server does not keep it with your name.',
  })
  receipt: string | null;
}

@ObjectType()
export class CloseVotePayload {
  @Field(() => Vote) vote: Vote;
  @Field(() => VoteResults) results: VoteResults;
}
