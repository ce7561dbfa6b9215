// The reverse side of relations to mandates, on the types of the features that come before them
// (terms and their seats): those never import mandates.
import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { Loaders } from '../loaders/loaders';
import { Seat } from '../terms/models/term.model';
import { Mandate } from './models/mandate.model';

@Resolver(() => Seat)
export class SeatMandatesResolver {
  @ResolveField(() => Mandate, { nullable: true, description: 'The mandate holding the seat now, if any.' })
  currentMandate(@Root() seat: Seat, @Context('loaders') loaders: Loaders) {
    return loaders.openMandateBySeatId.load(seat.id);
  }

  @ResolveField(() => [Mandate], { description: 'Every mandate on this seat, oldest first.' })
  history(@Root() seat: Seat, @Context('loaders') loaders: Loaders) {
    return loaders.mandatesBySeatId.load(seat.id);
  }
}
