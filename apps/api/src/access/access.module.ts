import { Global, Module } from '@nestjs/common';
import { AccessPolicy } from './access-policy';

/** The one access policy (rules.ts), for every feature module, the live gateway and the schema's field checks; the base of each feature's `viewerCan`. */
@Global()
@Module({ providers: [AccessPolicy], exports: [AccessPolicy] })
export class AccessModule {}
