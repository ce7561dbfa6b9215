import { Args, Context, Mutation, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { Role } from '@tribune/domain';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { Loaders } from '../loaders/loaders';
import { Seat } from '../terms/models/term.model';
import { AssignSeatInput, EndMandateInput } from './dto/mandate.inputs';
import { AssignSeatPayload, EndMandatePayload, Mandate } from './models/mandate.model';
import { MandatesService } from './mandates.service';
import { MandatesLoaders } from './mandates.loaders';

@Resolver(() => Mandate)
export class MandatesResolver {
  constructor(private readonly mandates: MandatesService) {}

  @Roles(Role.ADMIN)
  @Mutation(() => AssignSeatPayload, { description: 'A deputy takes a seat; warns when parity becomes unreachable.' })
  assignSeat(@CurrentUser() actor: AuthUser, @Args('input') input: AssignSeatInput) {
    return this.mandates.assignSeat(actor, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => EndMandatePayload, {
    description: "Ends a mandate (term end, resignation, replacement, revocation), optionally opening the successor's.",
  })
  endMandate(@CurrentUser() actor: AuthUser, @Args('input') input: EndMandateInput) {
    return this.mandates.endMandate(actor, input);
  }

  @ResolveField(() => Seat)
  seat(@Root() mandate: Mandate, @Context('loaders') loaders: Loaders) {
    return loaders.of(MandatesLoaders).seatById.load(mandate.seatId);
  }

  @ResolveField(() => Mandate, { nullable: true, description: 'Who took over the seat when this mandate ended by replacement.' })
  successor(@Root() mandate: Mandate, @Context('loaders') loaders: Loaders) {
    return mandate.successorMandateId ? loaders.of(MandatesLoaders).mandateById.load(mandate.successorMandateId) : null;
  }
}
