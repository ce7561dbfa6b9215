import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLDate } from '../../common/scalars';

export enum Gender {
  WOMAN = 'WOMAN',
  MAN = 'MAN',
  OTHER = 'OTHER',
  UNDISCLOSED = 'UNDISCLOSED',
}
registerEnumType(Gender, { name: 'Gender', description: 'Declared by the deputy; used only to compute parity.' });

/**
 * A deputy's profile. Eligibility is an attestation and its date, never an administrative
 * status; territory is a region or department, never an address.
 */
@ObjectType()
export class Deputy {
  @Field(() => ID) id: string;
  @Field() fullName: string;
  /** Resolved by DeputiesResolver.gender: the person and administrators only. */
  gender: Gender;
  @Field(() => String, {
    nullable: true,
    description: 'A code of the official list ("dep:75", "reg:11", "abroad"); null when an old free-text value could not be mapped.',
  })
  territory: string | null;
  @Field(() => [String]) languages: string[];
  @Field(() => [String]) skills: string[];
  @Field(() => String, { nullable: true }) bio: string | null;
  @Field(() => GraphQLDate, { nullable: true, description: 'Date of the eligibility attestation.' })
  eligibilityAttestedOn: Date | null;
  userId: string | null;
}
