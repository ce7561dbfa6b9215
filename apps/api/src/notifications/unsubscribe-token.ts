import { createHmac, timingSafeEqual } from 'node:crypto';
import { NOTIFICATION_KINDS, NotificationKind } from '@tribune/domain';

/**
 * The one-click unsubscribe link of a mail: who and which kind, signed with the server's secret
 * (no database row, no expiry: it only ever turns one kind's mail off for one person).
 */
const sign = (secret: string, body: string) => createHmac('sha256', secret).update(`unsubscribe:${body}`).digest('base64url');

export function unsubscribeToken(secret: string, userId: string, kind: NotificationKind): string {
  const body = Buffer.from(`${userId}:${kind}`).toString('base64url');
  return `${body}.${sign(secret, body)}`;
}

/** The person and kind a token names, or null when it was not signed here. */
export function readUnsubscribeToken(secret: string, token: string): { userId: string; kind: NotificationKind } | null {
  const [body, signature, ...rest] = token.split('.');
  if (!body || !signature || rest.length) return null;
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [userId, kind] = Buffer.from(body, 'base64url').toString('utf8').split(':');
  return userId && (NOTIFICATION_KINDS as readonly string[]).includes(kind) ? { userId, kind: kind as NotificationKind } : null;
}
