import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLDate } from '../../common/scalars';

export enum TermStatus {
  UPCOMING = 'UPCOMING',
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}
registerEnumType(TermStatus, { name: 'TermStatus' });

/** The two-year mandate of the assembly. Its status follows from its dates. */
@ObjectType()
export class Term {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => GraphQLDate) startsOn: Date;
  @Field(() => GraphQLDate) endsOn: Date;
  @Field(() => Int) seatCount: number;
  @Field(() => Int) minimumWomen: number;
}

@ObjectType()
export class Parity {
  @Field(() => Int, { description: 'Seats held by women.' }) women: number;
  @Field(() => Int, { description: 'Seats held.' }) total: number;
  @Field(() => Int) minimumWomen: number;
  @Field() satisfied: boolean;
  @Field(() => Int, { description: 'Seats without a holder.' }) vacant: number;
  @Field({ description: 'Whether the minimum can still be met with the vacant seats.' }) reachable: boolean;
}

@ObjectType()
export class Seat {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  termId: string;
}
