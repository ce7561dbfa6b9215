import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum FieldReportStatus {
  SUBMITTED = 'SUBMITTED',
  TRIAGED = 'TRIAGED',
  ON_AGENDA = 'ON_AGENDA',
  ADDRESSED = 'ADDRESSED',
  CLOSED = 'CLOSED',
}
registerEnumType(FieldReportStatus, {
  name: 'FieldReportStatus',
  description: 'SUBMITTED -> TRIAGED (routed to a group) -> ON_AGENDA -> ADDRESSED (a decision) or CLOSED.',
});

/** A "remontée": what a deputy hears in their territory. Nothing identifying a third person is asked. */
@ObjectType()
export class FieldReport {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => FieldReportStatus) status: FieldReportStatus;
  @Field(() => String, {
    nullable: true,
    description:
      'A code of the official list ("dep:62", "reg:11", "abroad"); null when an old free-text value could not be mapped. Never an address.',
  })
  territory: string | null;
  @Field() theme: string;
  @Field() body: string;
  @Field({ description: 'The report carries a testimony the author has anonymised.' }) anonymisedTestimony: boolean;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
  authorId: string;
  routedGroupId: string | null;
  decisionId: string | null;
}

/** Who moved a report, from which status to which, and when. */
@ObjectType()
export class FieldReportEvent {
  @Field(() => FieldReportStatus, { nullable: true }) fromStatus: FieldReportStatus | null;
  @Field(() => FieldReportStatus) toStatus: FieldReportStatus;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => GraphQLISODateTime) at: Date;
  byUserId: string;
}

@ObjectType()
export class FieldReportCount {
  @Field({ description: 'The theme, or the territory code ("none" for reports without one).' }) key: string;
  @Field(() => String, { nullable: true, description: "byTerritory: the territory's name; null for themes." }) label?: string | null;
  @Field(() => Int) total: number;
  @Field(() => Int, { description: 'Reports that reached a decision (ADDRESSED).' }) decided: number;
}

@ObjectType()
export class FieldReportStatusCount {
  @Field(() => FieldReportStatus) status: FieldReportStatus;
  @Field(() => Int) count: number;
}

/** The "remontée" pipeline of a term at a glance. */
@ObjectType()
export class FieldReportSummary {
  @Field(() => ID) termId: string;
  @Field(() => Int) total: number;
  @Field(() => Int) decided: number;
  @Field(() => [FieldReportStatusCount]) byStatus: FieldReportStatusCount[];
  @Field(() => [FieldReportCount]) byTheme: FieldReportCount[];
  @Field(() => [FieldReportCount]) byTerritory: FieldReportCount[];
}
