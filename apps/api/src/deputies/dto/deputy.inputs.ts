import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { GraphQLDate } from '../../common/scalars';
import { IsTerritory } from '../../territories/is-territory';
import { Gender } from '../models/deputy.model';

@InputType()
export class DeputyAccountInput {
  @Field() @IsEmail({}, { message: 'account.email must be a valid email address' }) @MaxLength(254) email: string;
  @Field({ description: 'At least 10 characters.' }) @IsString() @MinLength(10) @MaxLength(200) password: string;
}

@InputType()
export class CreateDeputyInput {
  @Field() @IsString() @MinLength(1) @MaxLength(120) fullName: string;
  @Field(() => Gender) @IsEnum(Gender) gender: Gender;
  @Field({ description: 'A code from the query territories ("dep:93", "reg:32", "abroad"); never an address.' })
  @IsTerritory()
  territory: string;
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  languages: string[];
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  skills: string[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) bio?: string;
  @Field(() => GraphQLDate, { nullable: true, description: 'Date of the eligibility attestation (never the status itself).' })
  @IsOptional()
  @IsDate()
  eligibilityAttestedOn?: Date;
  @Field(() => DeputyAccountInput, { nullable: true, description: "Creates the deputy's login at the same time." })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeputyAccountInput)
  account?: DeputyAccountInput;
}

@InputType()
export class UpdateDeputyInput {
  @Field(() => ID) @IsString() @MinLength(1) id: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(1) @MaxLength(120) fullName?: string;
  @Field(() => Gender, { nullable: true }) @IsOptional() @IsEnum(Gender) gender?: Gender;
  @Field({ nullable: true, description: 'A code from the query territories.' }) @IsOptional() @IsTerritory() territory?: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  languages?: string[];
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  skills?: string[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) bio?: string;
  @Field(() => GraphQLDate, { nullable: true }) @IsOptional() @IsDate() eligibilityAttestedOn?: Date;
}
