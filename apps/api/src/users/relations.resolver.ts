// The reverse side of relations to accounts, on the types of the features that come before users
// (the audit log): those never import users.
import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { AuditEntry } from '../audit/audit.resolver';
import { Loaders } from '../loaders/loaders';
import { User } from './models/user.model';
import { UsersLoaders } from './users.loaders';

@Resolver(() => AuditEntry)
export class AuditEntryActorResolver {
  @ResolveField(() => User, { nullable: true })
  actor(@Root() entry: AuditEntry, @Context('loaders') loaders: Loaders) {
    return entry.actorId ? loaders.of(UsersLoaders).userById.load(entry.actorId) : null;
  }
}
