import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class RequestPasswordResetInput {
  @Field({ description: "The account's email address." }) @IsString() @MinLength(3) @MaxLength(254) email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token of the link received by mail.' }) @IsString() @MinLength(1) @MaxLength(200) token: string;
  @Field({ description: 'At least 10 characters.' }) @IsString() @MinLength(10) @MaxLength(200) newPassword: string;
}

@InputType()
export class SetMyLocaleInput {
  @Field({ description: 'fr, en or ar: the language the web opens in, mails and the calendar feed are written in.' })
  @IsString()
  @MaxLength(10)
  locale: string;
}
