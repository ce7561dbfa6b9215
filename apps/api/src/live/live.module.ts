import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AttendanceService } from './attendance.service';
import { LiveEventsListener } from './live-events.listener';
import { LiveGateway } from './live.gateway';
import { LiveRedis } from './live-redis';
import { MessageResolver } from './messages.resolver';
import { MessagesService } from './messages.service';

/** Live sessions: the Socket.IO gateway, the channel's messages (also over GraphQL), presence. */
@Module({
  providers: [
    { provide: LiveRedis, inject: [APP_CONFIG], useFactory: (config: AppConfig) => LiveRedis.connect(config) },
    MessagesService,
    AttendanceService,
    LiveGateway,
    LiveEventsListener,
    MessageResolver,
  ],
})
export class LiveModule {}
