import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

@InputType()
export class AddAgendaItemInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) meetingId: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) title: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(4000) description: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(480) durationMinutes?: number;
}

@InputType()
export class UpdateAgendaItemInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) agendaItemId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) title?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) description?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(480) durationMinutes?: number;
}

@InputType()
export class RemoveAgendaItemInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) agendaItemId: string;
}

@InputType()
export class ReorderAgendaInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) meetingId: string;
  @Field(() => [ID], { description: 'Every item of the agenda, in the new order.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  itemIds: string[];
}
