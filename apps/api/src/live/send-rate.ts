import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { ErrorCode } from '@tribune/domain';
import { AppError } from '../common/app-error';
import { APP_CONFIG, AppConfig } from '../config/config';
import { RedisConnections } from '../redis/redis-connections';

/** An account's message sends per second (LIVE_SENDS_PER_SECOND), shared by every instance through Redis. */
@Injectable()
export class SendRate {
  private readonly limiter: RateLimiterAbstract;

  constructor(redis: RedisConnections, @Inject(APP_CONFIG) config: AppConfig) {
    const limits = { keyPrefix: `${redis.keyPrefix}:send`, points: config.liveSendsPerSecond, duration: 1 };
    // With several instances the budget is shared through Redis; in memory if Redis is away
    // (not ready: at once, rather than a command waiting in the client's offline queue).
    this.limiter = redis.pub
      ? new RateLimiterRedis({
          ...limits,
          storeClient: redis.pub,
          useRedisPackage: true,
          rejectIfRedisNotReady: true,
          insuranceLimiter: new RateLimiterMemory(limits),
        })
      : new RateLimiterMemory(limits);
  }

  /** Counts one send of the account, or refuses it with RATE_LIMITED and retryAfterMs. */
  async consume(userId: string): Promise<void> {
    try {
      await this.limiter.consume(userId);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      const retryAfterMs = Math.max(1, Math.ceil(e.msBeforeNext));
      throw new AppError(
        ErrorCode.RATE_LIMITED,
        `You are sending messages too fast; nothing was stored. Try again in ${Math.ceil(retryAfterMs / 1000)} s.`,
        { retryAfterMs },
      );
    }
  }
}
