import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@tribune/domain';

registerEnumType(Role, {
  name: 'Role',
  description: 'ADMIN manages terms, seats and accounts; COORDINATOR runs working groups; DEPUTY sits.',
});

/**
 * An account. Everyone signed in reads its display name; `email`, `role` and `disabled` are field
 * resolvers (UsersResolver) that answer null to anyone but the person, administrators and the
 * coordinators of a group the person belongs to.
 */
@ObjectType()
export class User {
  @Field(() => ID) id: string;
  email: string;
  @Field() displayName: string;
  role: Role;
  @Field() locale: string;
  /** Set when the account is linked to a deputy's profile. */
  deputyId?: string | null;
}
