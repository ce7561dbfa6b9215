import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { createClient } from 'redis';
import { AppConfig } from '../config/config';

const clientFor = (url: string) =>
  createClient({ url, RESP: 2, socket: { connectTimeout: 5000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 3000) } });
export type RedisClient = ReturnType<typeof clientFor>;

/**
 * The Redis connections when REDIS_URL is set (Socket.IO adapter, shared rate limits, health): one to publish, one to
 * subscribe (a subscribed connection can do nothing else). Created by the module's factory,
 * never at import time, and closed when the app shuts down, after the Socket.IO server.
 */
export class RedisConnections implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');

  private constructor(
    readonly pub: RedisClient | null,
    readonly sub: RedisClient | null,
    readonly keyPrefix: string,
  ) {}

  static async connect(config: AppConfig): Promise<RedisConnections> {
    if (!config.redisUrl) return new RedisConnections(null, null, config.redisKeyPrefix);
    const pub = clientFor(config.redisUrl);
    const sub = pub.duplicate();
    const holder = new RedisConnections(pub, sub, config.redisKeyPrefix);
    for (const c of [pub, sub]) c.on('error', (e: Error) => holder.logger.warn(`Redis: ${e.message}`));
    await Promise.all([pub.connect(), sub.connect()]);
    return holder;
  }

  get enabled(): boolean {
    return this.pub !== null;
  }

  // After onModuleDestroy: Nest closes the Socket.IO server (and its adapter's subscriptions)
  // between the two, so the clients are still open while it does. The subscriber goes first,
  // so no request from another instance arrives that would need the publisher to answer.
  async onApplicationShutdown(): Promise<void> {
    for (const client of [this.sub, this.pub]) {
      if (client?.isOpen) await client.close().catch(() => undefined);
    }
  }
}
