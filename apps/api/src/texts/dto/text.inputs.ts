import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { TEXT_LIMITS } from '@tribune/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { AmendmentProcedure, ParagraphChangeKind, TextKind } from '../models/text.model';

const ID_LENGTH = 64;

@InputType()
export class CreateTextInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(ID_LENGTH) groupId: string;
  @Field(() => TextKind) @IsEnum(TextKind) kind: TextKind;
  @Field() @IsString() @MinLength(1) @MaxLength(TEXT_LIMITS.titleLength) title: string;
  @Field(() => [String], { description: 'The paragraphs of the first version, in order.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(TEXT_LIMITS.paragraphs)
  @IsString({ each: true })
  @MaxLength(TEXT_LIMITS.paragraphLength, { each: true })
  paragraphs: string[];
  @Field(() => [ID], { defaultValue: [], description: 'Members invited to co-author it (they agree with agreeToText).' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(ID_LENGTH, { each: true })
  coAuthorIds: string[];
  @Field(() => [ID], { defaultValue: [], description: 'Field reports routed to the group that the text answers.' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(ID_LENGTH, { each: true })
  fieldReportIds: string[];
}

@InputType()
export class TextRefInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(ID_LENGTH) textId: string;
}

@InputType()
export class ParagraphInput {
  @Field(() => ID, { nullable: true, description: 'An existing paragraph (kept id); none: a new paragraph.' })
  @IsOptional()
  @IsString()
  @MaxLength(ID_LENGTH)
  id?: string | null;
  @Field() @IsString() @MaxLength(TEXT_LIMITS.paragraphLength) text: string;
}

@InputType()
export class UpdateTextDraftInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(ID_LENGTH) textId: string;
  @Field(() => ID, {
    description: 'The version the edit was made on: refused with CHANGED_MEANWHILE when it is no longer the current one.',
  })
  @IsString()
  @MaxLength(ID_LENGTH)
  baseVersionId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MinLength(1) @MaxLength(TEXT_LIMITS.titleLength) title?: string;
  @Field(() => [ParagraphInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(TEXT_LIMITS.paragraphs)
  @ValidateNested({ each: true })
  @Type(() => ParagraphInput)
  paragraphs: ParagraphInput[];
}

@InputType()
export class OpenTextForAmendmentsInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(ID_LENGTH) textId: string;
  @Field(() => GraphQLISODateTime, { description: 'Amendments are proposed until this instant (in the future).' })
  @IsDate()
  deadline: Date;
}

@InputType()
export class PlaceTextOnAgendaInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(ID_LENGTH) textId: string;
  @Field(() => ID, { description: 'A meeting of the text’s group, not ended.' }) @IsString() @MaxLength(ID_LENGTH) meetingId: string;
}

@InputType()
export class ParagraphChangeInput {
  @Field(() => ParagraphChangeKind) @IsEnum(ParagraphChangeKind) kind: ParagraphChangeKind;
  @Field(() => ID, { nullable: true, description: 'REPLACE, DELETE: the paragraph. INSERT_AFTER: none (a new id is given).' })
  @IsOptional()
  @IsString()
  @MaxLength(ID_LENGTH)
  paragraphId?: string | null;
  @Field(() => ID, { nullable: true, description: 'INSERT_AFTER: the paragraph the new one follows (none: at the start).' })
  @IsOptional()
  @IsString()
  @MaxLength(ID_LENGTH)
  afterId?: string | null;
  @Field(() => String, { nullable: true, description: 'REPLACE, INSERT_AFTER: the wording.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.paragraphLength)
  text?: string | null;
}

@InputType()
export class ProposeAmendmentInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(ID_LENGTH) textId: string;
  @Field(() => ID, { description: 'The version it is written on (the current one, or an older one: it is then shown against it).' })
  @IsString()
  @MaxLength(ID_LENGTH)
  versionId: string;
  @Field(() => [ParagraphChangeInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ParagraphChangeInput)
  changes: ParagraphChangeInput[];
  @Field() @IsString() @MinLength(1) @MaxLength(TEXT_LIMITS.reasonLength) reason: string;
}

@InputType()
export class AmendmentRefInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(ID_LENGTH) amendmentId: string;
}

@InputType()
export class SetAmendmentProcedureInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(ID_LENGTH) amendmentId: string;
  @Field(() => AmendmentProcedure) @IsEnum(AmendmentProcedure) procedure: AmendmentProcedure;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT_LIMITS.reasonLength) note?: string | null;
  @Field(() => [ParagraphChangeInput], { nullable: true, description: 'MODIFIED: the wording proposed instead (on the same version).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ParagraphChangeInput)
  modifiedChanges?: ParagraphChangeInput[] | null;
  @Field(() => ID, { nullable: true, description: 'MERGED_INTO: the amendment of the same text it is merged into.' })
  @IsOptional()
  @IsString()
  @MaxLength(ID_LENGTH)
  mergedIntoId?: string | null;
}

@InputType()
export class CreateAmendmentBlockInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(ID_LENGTH) textId: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) name: string;
  @Field(() => [ID])
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(ID_LENGTH, { each: true })
  amendmentIds: string[];
}

@InputType()
export class PlaceAmendmentOnAgendaInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(ID_LENGTH) meetingId: string;
  @Field(() => ID, { nullable: true, description: 'One amendment voted alone…' })
  @IsOptional()
  @IsString()
  @MaxLength(ID_LENGTH)
  amendmentId?: string | null;
  @Field(() => ID, { nullable: true, description: '…or a block voted as one.' })
  @IsOptional()
  @IsString()
  @MaxLength(ID_LENGTH)
  blockId?: string | null;
}

@InputType()
export class ParagraphWordingInput {
  @Field(() => ID) @IsString() @MaxLength(ID_LENGTH) paragraphId: string;
  @Field(() => String, { nullable: true, description: 'The wording kept; null: the paragraph goes.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.paragraphLength)
  text?: string | null;
}

@InputType()
export class ResolveAmendmentCollisionInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(ID_LENGTH) amendmentId: string;
  @Field(() => [ParagraphWordingInput], { description: 'A wording for every paragraph where the amendment collides.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ParagraphWordingInput)
  wordings: ParagraphWordingInput[];
}
