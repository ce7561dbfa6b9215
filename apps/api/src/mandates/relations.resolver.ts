// The reverse side of relations to mandates, on the types of the features that come before them
// (terms and their seats): those never import mandates. A term's seats and parity come from the
// seat grid (seats, current mandates and their holders in one statement).
import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { Loaders } from '../loaders/loaders';
import { Parity, Seat, Term } from '../terms/models/term.model';
import { Mandate } from './models/mandate.model';
import { MandatesLoaders } from './mandates.loaders';

@Resolver(() => Term)
export class TermSeatsResolver {
  @ResolveField(() => [Seat])
  seats(@Root() term: Term, @Context('loaders') loaders: Loaders) {
    return loaders.of(MandatesLoaders).seatsByTermId.load(term.id);
  }

  @ResolveField(() => Parity)
  parity(@Root() term: Term, @Context('loaders') loaders: Loaders) {
    return loaders.of(MandatesLoaders).parityByTermId.load(term.id);
  }
}

@Resolver(() => Seat)
export class SeatMandatesResolver {
  @ResolveField(() => Mandate, { nullable: true, description: 'The mandate holding the seat now, if any.' })
  currentMandate(@Root() seat: Seat, @Context('loaders') loaders: Loaders) {
    return loaders.of(MandatesLoaders).openMandateBySeatId.load(seat.id);
  }

  @ResolveField(() => [Mandate], { description: 'Every mandate on this seat, oldest first.' })
  history(@Root() seat: Seat, @Context('loaders') loaders: Loaders) {
    return loaders.of(MandatesLoaders).mandatesBySeatId.load(seat.id);
  }
}
