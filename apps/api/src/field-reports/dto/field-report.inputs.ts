import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { FieldReportStatus } from '../models/field-report.model';
import { IsTerritory } from '../../territories/is-territory';

@InputType()
export class SubmitFieldReportInput {
  @Field({ description: 'A code from the query territories ("dep:62", "reg:11", "abroad"); never an address.' })
  @IsTerritory()
  territory: string;
  @Field() @IsString() @MinLength(1) @MaxLength(120) theme: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) title: string;
  @Field() @IsString() @MinLength(1) @MaxLength(20000) body: string;
  @Field({ defaultValue: false }) @IsBoolean() anonymisedTestimony: boolean;
}

@InputType()
export class RouteFieldReportInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) reportId: string;
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) groupId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

@InputType()
export class PlaceReportOnAgendaInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) reportId: string;
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) meetingId: string;
  @Field(() => String, { nullable: true, description: "Defaults to the report's title." })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(480) durationMinutes?: number;
}

@InputType()
export class CloseFieldReportInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) reportId: string;
  @Field() @IsString() @MinLength(3) @MaxLength(1000) note: string;
}

@InputType()
export class FieldReportFilter {
  @Field(() => FieldReportStatus, { nullable: true }) @IsOptional() @IsEnum(FieldReportStatus) status?: FieldReportStatus;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120) theme?: string;
  @Field(() => String, { nullable: true, description: 'A territory code (query territories).' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  territory?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(64) groupId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(64) authorId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(64) termId?: string;
  @Field(() => Int, { defaultValue: 50 }) @IsInt() @Min(1) @Max(100) limit: number;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) @Max(100000) offset: number;
}
