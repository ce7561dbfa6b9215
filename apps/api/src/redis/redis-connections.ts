import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { createClient } from 'redis';
import { AppConfig } from '../config/config';

const clientFor = (url: string) =>
  createClient({
    url,
    RESP: 2,
    socket: { connectTimeout: 5000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 3000) },
  });
export type RedisClient = ReturnType<typeof clientFor>;

/** How long start-up waits for Redis before going on without it (it keeps reconnecting). */
const START_WAIT_MS = 2000;

/**
 * The Redis connections when REDIS_URL is set (Socket.IO adapter, shared rate limits, health): one to publish, one to
 * subscribe (a subscribed connection can do nothing else). Created by the module's factory,
 * never at import time, and closed when the app shuts down, after the Socket.IO server.
 *
 * Redis is never a start-up condition: when it does not answer within START_WAIT_MS, the API
 * starts anyway (degraded: each instance serves its own clients, /health says so) and the
 * clients keep reconnecting in the background; the adapter (see tolerant-redis-adapter.ts) and the rate
 * limiter stay local while `ready` is false.
 */
export class RedisConnections implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  private down = false;

  private constructor(
    readonly pub: RedisClient | null,
    readonly sub: RedisClient | null,
    readonly keyPrefix: string,
  ) {}

  static async connect(config: AppConfig, startWaitMs = START_WAIT_MS): Promise<RedisConnections> {
    if (!config.redisUrl) return new RedisConnections(null, null, config.redisKeyPrefix);
    const pub = clientFor(config.redisUrl);
    const sub = pub.duplicate();
    const holder = new RedisConnections(pub, sub, config.redisKeyPrefix);
    for (const c of [pub, sub]) {
      // One line when Redis goes away and one when it is back, not one per reconnection attempt.
      c.on('error', (e: Error) => {
        if (holder.down) return;
        holder.down = true;
        holder.logger.warn(`Redis unreachable (${e.message || e.constructor.name}); serving local clients only until it is back`);
      });
      c.on('ready', () => {
        if (holder.down && holder.ready) {
          holder.down = false;
          holder.logger.warn('Redis is back');
        }
      });
    }
    // connect() retries until Redis answers: never awaited unbounded, so the API starts without it.
    const connected = Promise.all([pub.connect(), sub.connect()]).then(
      () => true,
      (e: unknown) => {
        holder.logger.warn(`Redis connection abandoned: ${String(e)}`);
        return false;
      },
    );
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([connected, new Promise((resolve) => (timer = setTimeout(resolve, startWaitMs)))]);
    clearTimeout(timer);
    return holder;
  }

  get enabled(): boolean {
    return this.pub !== null;
  }

  /** Both connections up: cross-instance delivery works. */
  get ready(): boolean {
    return !!this.pub?.isReady && !!this.sub?.isReady;
  }

  // After onModuleDestroy: Nest closes the Socket.IO server (and its adapter's subscriptions)
  // between the two, so the clients are still open while it does. The subscriber goes first,
  // so no request from another instance arrives that would need the publisher to answer.
  // A client that is not connected is destroyed (close() would wait for its queued commands).
  async onApplicationShutdown(): Promise<void> {
    for (const client of [this.sub, this.pub]) {
      if (!client?.isOpen) continue;
      if (client.isReady) await client.close().catch(() => undefined);
      else client.destroy();
    }
  }
}
