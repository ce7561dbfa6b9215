import { Args, Context, ID, Mutation, Query, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { Role } from '@tribune/domain';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { Loaders } from '../loaders/loaders';
import { CreateTermInput } from './dto/create-term.input';
import { Seat, Term, TermStatus } from './models/term.model';
import { termStatus, TermsService } from './terms.service';
import { listOf } from '../security/graphql-limits';
import { TermsLoaders } from './terms.loaders';

@Resolver(() => Term)
export class TermsResolver {
  constructor(private readonly termsService: TermsService) {}

  @Query(() => Term, { nullable: true, description: 'The term running today, or else the next one.' })
  currentTerm() {
    return this.termsService.current();
  }

  @Query(() => Term, { nullable: true, description: 'One term (two-year mandate) with its seats and parity.' })
  term(@Args('id', { type: () => ID }) id: string) {
    return this.termsService.byId(id);
  }

  @Query(() => [Term], { complexity: listOf(20), description: 'Every term, newest first.' })
  terms() {
    return this.termsService.list();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Term, { description: 'Creates a term and its seats (two years, 15 seats, 8 women by default).' })
  createTerm(@CurrentUser() actor: AuthUser, @Args('input') input: CreateTermInput) {
    return this.termsService.create(actor, input);
  }

  @ResolveField(() => TermStatus)
  status(@Root() term: Term) {
    return termStatus(term);
  }
}

@Resolver(() => Seat)
export class SeatResolver {
  @ResolveField(() => Term)
  term(@Root() seat: Seat, @Context('loaders') loaders: Loaders) {
    return loaders.of(TermsLoaders).termById.load(seat.termId);
  }
}
