import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class LoginArgs {
  @Field() @IsString() @MinLength(3) @MaxLength(254) email: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) password: string;
}
