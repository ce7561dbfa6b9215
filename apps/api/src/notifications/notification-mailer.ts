import { Injectable } from '@nestjs/common';
import type { NotificationKind } from '@tribune/domain';
import type { RenderedNotice } from './render';

/** One notice to email to one person. */
export interface NoticeMail {
  recipient: { id: string; email: string; locale: string; timeZone: string };
  kind: NotificationKind;
  notice: RenderedNotice;
  /** The same notice and channel twice gives one mail (the outbox's unique key). */
  idempotencyKey: string;
}

/**
 * The email channel of notifications: hands a rendered notice to the mail outbox (mail/), with the
 * link into the app and the link to change one's preferences.
 */
@Injectable()
export class NotificationMailer {
  // The mail outbox (MailService.queue) is being built beside this: until it lands, no mail leaves.
  async send(_mail: NoticeMail): Promise<void> {}
}
