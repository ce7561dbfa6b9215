import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** `login(input: { email, password })`: one input argument, like every mutation (DESIGN.md). */
@InputType()
export class LoginInput {
  @Field() @IsString() @MinLength(3) @MaxLength(254) email: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) password: string;
}
