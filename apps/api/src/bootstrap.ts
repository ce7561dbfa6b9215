import { NestFactory } from '@nestjs/core';
import helmet from 'helmet';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from './config/config';
import { AppModule } from './app.module';
import type { Clock } from './common/clock';

/** Builds the API (used by main.ts, the tests and the scripts): nothing listens until listen(). */
export async function createApp(config: AppConfig, options: { logger?: boolean; clock?: Clock } = {}) {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, options.clock), {
    logger:
      options.logger === false
        ? false
        : ['error', 'warn', ...(config.logLevel === 'info' || config.logLevel === 'debug' ? (['log'] as const) : [])],
    // A list, so the header is only sent back to the configured origin (a string is sent to anyone).
    cors: { origin: [config.webOrigin], credentials: false },
    bodyParser: true,
  });
  app.use(helmet());
  app.useBodyParser('json', { limit: '1mb' });
  app.enableShutdownHooks();
  app.set('trust proxy', config.trustProxy);
  return app;
}
