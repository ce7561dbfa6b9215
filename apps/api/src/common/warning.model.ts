import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { ErrorReason } from '@tribune/domain';
import type { ErrorParams } from '@tribune/domain';

registerEnumType(ErrorReason, {
  name: 'ErrorReason',
  description: 'Why a rule refused or warned (packages/domain ErrorReason): clients translate it, with its params.',
});

/**
 * Something the user should know, that did not stop the change (parity at risk, a conflict). Its
 * code is a refusal reason of packages/domain, so clients translate it like one, with `params`.
 */
@ObjectType()
export class Warning {
  @Field(() => ErrorReason, { description: 'A reason of packages/domain ErrorReason: clients translate it (never show `message`).' })
  code: ErrorReason;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Values the translated sentence interpolates (strings and numbers).' })
  params?: ErrorParams;
  @Field({ description: 'For logs and developers only.' })
  message: string;
}
