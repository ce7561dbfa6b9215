import { Field, ObjectType } from '@nestjs/graphql';

/** Something the user should know, that did not stop the change (parity at risk, a conflict). */
@ObjectType()
export class Warning {
  @Field() code: string;
  @Field() message: string;
}
