import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { ErrorParams, ErrorReason } from '@tribune/domain';

/**
 * Something the user should know, that did not stop the change (parity at risk, a conflict). Its
 * code is a refusal reason of packages/domain, so clients translate it like one, with `params`.
 */
@ObjectType()
export class Warning {
  @Field(() => String, { description: 'A reason of packages/domain ErrorReason: clients translate it (never show `message`).' })
  code: ErrorReason;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Values the translated sentence interpolates (strings and numbers).' })
  params?: ErrorParams;
  @Field({ description: 'For logs and developers only.' })
  message: string;
}
