import { Args, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, MaxLength } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { AUDIT_ACTION_BY_NAME, Role } from '@tribune/domain';
import { Roles } from '../auth/decorators';
import { AuditService } from './audit.service';
import { DEFAULT_LIST_SIZE } from '../security/graphql-limits';

// GraphQL names take no dot: MEETING_START on the wire, 'meeting.start' in the database and the services.
registerEnumType(AUDIT_ACTION_BY_NAME, {
  name: 'AuditAction',
  description: 'What an audit entry records (packages/domain AUDIT_ACTIONS).',
});

@ObjectType()
export class AuditEntry {
  @Field(() => ID) id: string;
  @Field(() => AUDIT_ACTION_BY_NAME, {
    description: 'What was done (packages/domain AUDIT_ACTIONS), e.g. MEETING_START for meeting.start.',
  })
  action: string;
  @Field({ description: 'What the change was made to (AUDIT_TARGETS), e.g. Meeting.' }) entityType: string;
  @Field(() => ID, { nullable: true, description: 'The id of what the change was made to (of entityType).' }) entityId: string | null;
  @Field(() => GraphQLJSON) data: unknown;
  @Field() at: Date;
  actorId: string | null;
}

/** Every field is optional; a null field is no filter (common/null-means-absent.ts). */
@InputType()
export class AuditLogFilter {
  @Field(() => AUDIT_ACTION_BY_NAME, { nullable: true, description: 'Only this action.' }) @IsOptional() @IsString() action?: string;
  @Field(() => ID, { nullable: true, description: 'Who made the change.' }) @IsOptional() @IsString() @MaxLength(100) actorId?: string;
  @Field({ nullable: true, description: "The target's kind (Meeting, User...)." })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string;
  @Field(() => ID, { nullable: true, description: 'The target itself.' }) @IsOptional() @IsString() @MaxLength(100) entityId?: string;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Changes at or after this instant.' })
  @IsOptional()
  @IsDate()
  from?: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Changes before this instant.' }) @IsOptional() @IsDate() to?: Date;
}

@ObjectType({ description: 'One page of the audit log, newest first.' })
export class AuditLogPage {
  @Field(() => [AuditEntry]) entries: AuditEntry[];
  @Field({ description: 'Whether rows older than this page match the filter: ask again with after: endCursor.' }) hasMore: boolean;
  @Field(() => Int, { description: 'How many rows match the filter, over all pages.' }) totalCount: number;
  @Field(() => String, { nullable: true, description: "The cursor of this page's last row." }) endCursor: string | null;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Roles(Role.ADMIN)
  @Query(() => AuditLogPage, {
    description: 'Every privileged change, newest first, page by page (administrators).',
    // The entries list is counted at the default list size; scale it to the page asked (first).
    complexity: ({ args, childComplexity }) => 1 + Math.ceil((childComplexity * Math.max(1, Number(args.first) || 50)) / DEFAULT_LIST_SIZE),
  })
  auditLog(
    @Args('filter', { nullable: true, type: () => AuditLogFilter }) filter?: AuditLogFilter,
    @Args('first', { type: () => Int, defaultValue: 50, description: 'Page size, at most 200.' }) first = 50,
    @Args('after', { type: () => String, nullable: true, description: 'endCursor of the previous page.' }) after?: string,
  ) {
    return this.audit.page(filter ?? {}, first, after);
  }
}
