import { Field, ObjectType } from '@nestjs/graphql';
import { User } from './user.model';

@ObjectType()
export class LoginPayload {
  @Field() token: string;
  @Field(() => User) user: User;
}
