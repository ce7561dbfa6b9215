import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Role } from '@tribune/domain';

export const LOCALES = ['fr', 'en', 'ar'];

@InputType()
export class CreateUserInput {
  @Field() @IsEmail({}, { message: 'email must be a valid email address' }) @MaxLength(254) email: string;
  @Field() @IsString() @MinLength(1) @MaxLength(120) displayName: string;
  @Field({ description: 'At least 10 characters.' }) @IsString() @MinLength(10) @MaxLength(200) password: string;
  @Field(() => Role) @IsEnum(Role) role: Role;
  @Field({ nullable: true }) @IsOptional() @IsIn(LOCALES) locale?: string;
  @Field(() => ID, { nullable: true, description: 'Links the account to an existing deputy profile.' })
  @IsOptional()
  @IsString()
  deputyId?: string;
}

@InputType()
export class SetUserRoleInput {
  @Field(() => ID) @IsString() userId: string;
  @Field(() => Role) @IsEnum(Role) role: Role;
}
