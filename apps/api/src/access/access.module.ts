import { Global, Module } from '@nestjs/common';
import { AccessPolicy } from './access-policy';
import { VIEWER_CAN_RESOLVERS } from './viewer-can.resolver';

/** The one access policy (rules.ts), for every feature module, the live gateway and the schema's field checks; `viewerCan` on the objects the web acts on. */
@Global()
@Module({ providers: [AccessPolicy, ...VIEWER_CAN_RESOLVERS], exports: [AccessPolicy] })
export class AccessModule {}
