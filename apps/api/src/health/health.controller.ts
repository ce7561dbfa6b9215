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
    const database = await this.prisma.$queryRaw`SELECT 1`.then(
      () => ({ status: 'up' as const, engine: this.prisma.embedded ? 'pglite' : 'postgresql' }),
      (e: Error) => ({ status: 'down' as const, error: e.message }),
    );
    const redis = this.redis.pub
      ? await Promise.race([
          this.redis.pub.ping().then(() => ({ status: 'up' as const })),
          new Promise<{ status: 'down'; error: string }>((resolve) => setTimeout(() => resolve({ status: 'down', error: 'no answer within 1 s' }), 1000).unref()),
        ]).catch((e: Error) => ({ status: 'down' as const, error: e.message }))
      : undefined;
    const ok = database.status === 'up';
    const status = !ok ? 'unhealthy' : redis?.status === 'down' ? 'degraded' : 'ok';
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({ status, database, ...(redis ? { redis } : {}) });
  }
}
