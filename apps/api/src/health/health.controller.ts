import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/decorators';
import { PrismaService } from '../prisma/prisma.service';
import { RedisConnections } from '../redis/redis-connections';

@Controller('health')
export class HealthController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly redis: RedisConnections,
  ) {}

  /**
   * 200 when the database answers, 503 otherwise: load balancers take the instance out.
   * Redis down only degrades (each instance still serves its own clients), so it stays 200.
   */
  @Public()
  @Get()
  async health(@Res() res: Response) {
    const database = await withinSeconds(
      this.prisma.$queryRaw`SELECT 1`.then(() => ({ status: 'up' as const, engine: this.prisma.embedded ? 'pglite' : 'postgresql' })),
      2,
    ).catch((e: Error) => ({ status: 'down' as const, error: e.message }));
    // Not connected: down at once (a PING would wait in the client's offline queue).
    const redis = this.redis.pub
      ? this.redis.ready
        ? await withinSeconds(
            this.redis.pub.ping().then(() => ({ status: 'up' as const })),
            1,
          ).catch((e: Error) => ({ status: 'down' as const, error: e.message }))
        : { status: 'down' as const, error: 'not connected (reconnecting)' }
      : undefined;
    const ok = database.status === 'up';
    const status = !ok ? 'unhealthy' : redis?.status === 'down' ? 'degraded' : 'ok';
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({ status, database, ...(redis ? { redis } : {}) });
  }
}

/** The promise, or a rejection once `seconds` have passed: a health check answers, it never hangs. */
function withinSeconds<T>(promise: Promise<T>, seconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${seconds} s`)), seconds * 1000);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
