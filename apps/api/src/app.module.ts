import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { DomainEventsModule } from './common/domain-events';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import type { Request } from 'express';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { APP_CONFIG, AppConfig } from './config/config';
import { Clock, SystemClock } from './common/clock';
import { JobsModule } from './jobs/jobs.module';
import { RemindersModule } from './reminders/reminders.module';
import { PrismaModule } from './prisma/prisma.module';
import { RedisModule } from './redis/redis.module';
import { PrismaService } from './prisma/prisma.service';
import { AuthModule } from './auth/auth.module';
import { AuditModule } from './audit/audit.module';
import { HealthModule } from './health/health.module';
import { UsersModule } from './users/users.module';
import { TermsModule } from './terms/terms.module';
import { MandatesModule } from './mandates/mandates.module';
import { DeputiesModule } from './deputies/deputies.module';
import { WorkingGroupsModule } from './working-groups/working-groups.module';
import { MeetingsModule } from './meetings/meetings.module';
import { AgendaModule } from './agenda/agenda.module';
import { DecisionsModule } from './decisions/decisions.module';
import { FieldReportsModule } from './field-reports/field-reports.module';
import { CalendarModule } from './calendar/calendar.module';
import { LiveModule } from './live/live.module';
import { VotesModule } from './votes/votes.module';
import { SpeakersModule } from './speakers/speakers.module';
import { TerritoriesModule } from './territories/territories.module';
import { TimePollsModule } from './time-polls/time-polls.module';
import { TextsModule } from './texts/texts.module';
import { AttendanceRecordModule } from './attendance-record/attendance-record.module';
import { UnreadModule } from './unread/unread.module';
import { NotificationsModule } from './notifications/notifications.module';
import { SearchModule } from './search/search.module';
import { Loaders } from './loaders/loaders';
import { AccessModule } from './access/access.module';
import { AccessPolicy } from './access/access-policy';
import { policeSchema } from './access/policed-types';
import { formatGraphQLError } from './common/format-error';
import { GraphQLErrorPassThrough } from './common/graphql-exception-filter';
import { validationPipe } from './common/validation';
import { nullMeansAbsentInReads } from './common/null-means-absent';
import { GraphQLDate, withStrictDateTime } from './common/scalars';
import { complexityLimitPlugin, depthLimitRule, withoutSuggestions } from './security/graphql-limits';

@Module({})
export class AppModule {
  /** `clock`: the time the app acts on (tests pass a TestClock they move; default the real time). */
  static register(config: AppConfig, clock: Clock = new SystemClock()): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        PrismaModule,
        RedisModule,
        EventEmitterModule.forRoot(),
        DomainEventsModule,
        AuthModule,
        AuditModule,
        AccessModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [PrismaService, AccessPolicy],
          useFactory: (prisma: PrismaService, policy: AccessPolicy) => ({
            autoSchemaFile: true,
            sortSchema: true,
            path: '/graphql',
            playground: false,
            introspection: !config.production,
            resolvers: { Date: GraphQLDate },
            // DateTime inputs are parsed strictly (RFC 3339 with an offset), not by Nest's `new Date(value)`.
            // Every field returning a policed object (root or relation) passes its read rule (access/).
            // In reads, a null argument or filter field means "not given" (common/null-means-absent.ts).
            transformSchema: (schema) => policeSchema(nullMeansAbsentInReads(withStrictDateTime(schema)), policy),
            context: ({ req }: { req: Request }) => ({ req, loaders: new Loaders(prisma, req) }),
            // Production answers do not spell out the schema ("Did you mean ...?"), as introspection is off there.
            formatError: config.production ? withoutSuggestions(formatGraphQLError) : formatGraphQLError,
            includeStacktraceInErrorResponses: false,
            // Hostile queries are refused before they run: depth and cost limits, no batching.
            validationRules: [depthLimitRule],
            // Cache control is unused (no CDN caches GraphQL answers) and its per-field hook made
            // Apollo wrap every field resolver: a measurable share of each request's CPU.
            plugins: [complexityLimitPlugin(), ApolloServerPluginCacheControlDisabled()],
            allowBatchedHttpRequests: false,
          }),
        }),
        HealthModule,
        UsersModule,
        TermsModule,
        MandatesModule,
        DeputiesModule,
        WorkingGroupsModule,
        MeetingsModule,
        AgendaModule,
        DecisionsModule,
        FieldReportsModule,
        CalendarModule,
        LiveModule,
        VotesModule,
        SpeakersModule,
        TerritoriesModule,
        TimePollsModule,
        TextsModule,
        AttendanceRecordModule,
        UnreadModule,
        NotificationsModule,
        SearchModule,
        JobsModule,
        RemindersModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useValue: clock },
        { provide: APP_PIPE, useValue: validationPipe },
        { provide: APP_FILTER, useClass: GraphQLErrorPassThrough },
      ],
      exports: [APP_CONFIG, Clock],
    };
  }
}
