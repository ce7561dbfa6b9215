import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class SetUserDisabledInput {
  @Field(() => ID) @IsString() userId: string;
  @Field({ description: 'true disables the account (it can no longer log in, its sessions end); false enables it again.' })
  @IsBoolean()
  disabled: boolean;
}

@InputType()
export class ResetUserPasswordInput {
  @Field(() => ID) @IsString() userId: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() @IsString() @MaxLength(200) currentPassword: string;
  @Field({ description: 'At least 10 characters.' }) @IsString() @MinLength(10) @MaxLength(200) newPassword: string;
}
