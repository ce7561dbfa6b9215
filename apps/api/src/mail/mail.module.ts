import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { MailDelivery } from './mail-delivery';
import { MailResolver } from './mail.resolver';
import { MailService } from './mail.service';

/** The outbox: other features queue mail through MailService (this module imports none of them). */
@Module({ imports: [JobsModule], providers: [MailService, MailDelivery, MailResolver], exports: [MailService, MailDelivery] })
export class MailModule {}
