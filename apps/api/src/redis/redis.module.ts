import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { RedisConnections } from './redis-connections';

/** Redis, when REDIS_URL is set: one set of connections for the whole process, from DI. */
@Global()
@Module({
  providers: [{ provide: RedisConnections, inject: [APP_CONFIG], useFactory: (config: AppConfig) => RedisConnections.connect(config) }],
  exports: [RedisConnections],
})
export class RedisModule {}
