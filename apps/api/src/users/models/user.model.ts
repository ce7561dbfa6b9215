import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@tribune/domain';

registerEnumType(Role, { name: 'Role', description: 'ADMIN manages terms, seats and accounts; COORDINATOR runs working groups; DEPUTY sits.' });

@ObjectType()
export class User {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => Role) role: Role;
  @Field() locale: string;
  /** Set when the account is linked to a deputy's profile. */
  deputyId?: string | null;
}
