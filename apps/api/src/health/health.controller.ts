import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/decorators';
import { PrismaService } from '../prisma/prisma.service';

@Controller('health')
export class HealthController {
  constructor(private readonly prisma: PrismaService) {}

  /** 200 when the database answers, 503 otherwise; load balancers and operators read this. */
  @Public()
  @Get()
  async health(@Res() res: Response) {
    const database = await this.prisma.$queryRaw`SELECT 1`.then(
      () => ({ status: 'up' as const, engine: this.prisma.embedded ? 'pglite' : 'postgresql' }),
      (e: Error) => ({ status: 'down' as const, error: e.message }),
    );
    const ok = database.status === 'up';
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({ status: ok ? 'ok' : 'unhealthy', database });
  }
}
