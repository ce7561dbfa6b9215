import { Args, Context, Field, ID, InputType, Int, ObjectType, Query, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { Role } from '@tribune/domain';
import { Roles } from '../auth/decorators';
import { PrismaService } from '../prisma/prisma.service';
import { User } from '../users/models/user.model';
import { Loaders } from '../loaders/loaders';
import { listOf } from '../security/graphql-limits';

@ObjectType()
export class AuditEntry {
  @Field(() => ID) id: string;
  @Field() action: string;
  @Field() entityType: string;
  @Field(() => String, { nullable: true }) entityId: string | null;
  @Field(() => GraphQLJSON) data: unknown;
  @Field() at: Date;
  actorId: string | null;
}

@InputType()
export class AuditLogFilter {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) action?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) entityType?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) entityId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) actorId?: string;
  @Field(() => Int, { defaultValue: 50 }) @IsOptional() @IsInt() @Min(1) @Max(200) take?: number;
  @Field(() => Int, { defaultValue: 0 }) @IsOptional() @IsInt() @Min(0) skip?: number;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly prisma: PrismaService) {}

  @Roles(Role.ADMIN)
  @Query(() => [AuditEntry], { complexity: listOf(200), description: 'Every privileged change, newest first (administrators).' })
  auditLog(@Args('filter', { nullable: true, type: () => AuditLogFilter }) filter?: AuditLogFilter) {
    const f: AuditLogFilter = filter ?? {};
    return this.prisma.auditLog.findMany({
      where: { action: f.action, entityType: f.entityType, entityId: f.entityId, actorId: f.actorId },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: f.take ?? 50,
      skip: f.skip ?? 0,
    });
  }

  @ResolveField(() => User, { nullable: true })
  actor(@Root() entry: AuditEntry, @Context('loaders') loaders: Loaders) {
    return entry.actorId ? loaders.userById.load(entry.actorId) : null;
  }
}
