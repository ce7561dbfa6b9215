import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLDate } from '../../common/scalars';
import { Warning } from '../../common/warning.model';
import { Parity, Seat } from '../../terms/models/term.model';

export enum MandateEndReason {
  TERM_END = 'TERM_END',
  RESIGNATION = 'RESIGNATION',
  REPLACEMENT = 'REPLACEMENT',
  REVOCATION = 'REVOCATION',
}
registerEnumType(MandateEndReason, { name: 'MandateEndReason' });

/** A deputy holding a seat from a date to a date; a seat's history is its mandates. */
@ObjectType()
export class Mandate {
  @Field(() => ID) id: string;
  @Field(() => GraphQLDate) startsOn: Date;
  @Field(() => GraphQLDate, { nullable: true }) endsOn: Date | null;
  @Field(() => MandateEndReason, { nullable: true }) endReason: MandateEndReason | null;
  @Field(() => String, { nullable: true }) endNote: string | null;
  seatId: string;
  deputyId: string;
  successorMandateId: string | null;
}

@ObjectType()
export class AssignSeatPayload {
  @Field(() => Mandate) mandate: Mandate;
  @Field(() => Seat) seat: Seat;
  @Field(() => Parity) parity: Parity;
  @Field(() => [Warning]) warnings: Warning[];
}

@ObjectType()
export class EndMandatePayload {
  @Field(() => Mandate) mandate: Mandate;
  @Field(() => Mandate, { nullable: true }) successor: Mandate | null;
  @Field(() => Parity) parity: Parity;
  @Field(() => [Warning]) warnings: Warning[];
}
