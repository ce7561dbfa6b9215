import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsString } from 'class-validator';

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
