import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsDate, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { GraphQLDate } from '../../common/scalars';
import { GroupRole } from '../models/working-group.model';

@InputType()
export class CreateWorkingGroupInput {
  @Field(() => ID, { nullable: true, description: 'Defaults to the current term.' }) @IsOptional() @IsString() termId?: string;
  @Field() @IsString() @MinLength(1) @MaxLength(120) name: string;
  @Field() @IsString() @MinLength(1) @MaxLength(120) theme: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(4000) description: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(15) quorumMinimum?: number;
  @Field(() => [ID], { nullable: true, description: 'Coordinators who run the group (a coordinator creating it is added).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  coordinatorIds?: string[];
}

@InputType()
export class AddGroupMemberInput {
  @Field(() => ID) @IsString() @MinLength(1) groupId: string;
  @Field(() => ID) @IsString() @MinLength(1) deputyId: string;
  @Field(() => GroupRole, { defaultValue: GroupRole.MEMBER }) @IsEnum(GroupRole) role: GroupRole;
  @Field(() => GraphQLDate, { nullable: true, description: 'Defaults to today.' }) @IsOptional() @IsDate() startsOn?: Date;
}

@InputType()
export class RemoveGroupMemberInput {
  @Field(() => ID) @IsString() @MinLength(1) groupId: string;
  @Field(() => ID) @IsString() @MinLength(1) deputyId: string;
  @Field(() => GraphQLDate, { nullable: true, description: 'Defaults to today.' }) @IsOptional() @IsDate() endsOn?: Date;
}

@InputType()
export class AddGroupCoordinatorInput {
  @Field(() => ID) @IsString() @MinLength(1) groupId: string;
  @Field(() => ID) @IsString() @MinLength(1) userId: string;
}
