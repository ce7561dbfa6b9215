import { Module } from '@nestjs/common';
import { JobQueue } from './job-queue';

/**
 * The durable job queue (pg-boss). Import it where jobs are sent or worked; not global, so that
 * Nest stops it before the database closes (global modules are destroyed last).
 */
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}
