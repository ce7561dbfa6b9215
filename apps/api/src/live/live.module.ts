import { Module } from '@nestjs/common';
import { AttendanceService } from './attendance.service';
import { LiveEventsListener } from './live-events.listener';
import { LiveGateway } from './live.gateway';
import { MessageResolver } from './messages.resolver';
import { MessageViewerCanResolver } from './viewer-can.resolver';
import { MessagesService } from './messages.service';
import { MessageWriter } from './message-writer';
import { LiveAcks } from './live-acks';
import { PresenceService } from './presence.service';
import { SendRate } from './send-rate';
import { SocketAccess } from './socket-access';

/** Live sessions: the Socket.IO gateway, the channel's messages (also over GraphQL), presence. */
@Module({
  providers: [
    MessagesService,
    MessageWriter,
    AttendanceService,
    LiveAcks,
    SocketAccess,
    PresenceService,
    SendRate,
    LiveGateway,
    LiveEventsListener,
    MessageResolver,
    MessageViewerCanResolver,
  ],
})
export class LiveModule {}
