import { ErrorCode, ErrorReason, LiveRequests } from '@tribune/domain';
import { AppError } from '../common/app-error';

/**
 * What one socket may ask of the server: every acknowledged event passes here (LiveGateway's
 * ack wrapper), so no handler can forget it.
 *
 * - A rate per event (a token bucket: `burst` at once, then `perSecond`): 10,000 joins of random
 *   ids, or 200 edits in 0.4 s, are refused after the first few instead of reaching the database
 *   and being broadcast.
 * - A few database operations in flight per socket (MAX_IN_FLIGHT): one socket never holds more
 *   than that many of the pool's connections, so others are not slowed by it.
 *
 * Beyond either, the ack is RATE_LIMITED with a reason and `retryAfterMs`, and nothing was done.
 * Sends are counted otherwise: they run one after another per socket (their order is the
 * client's), within the account's send rate shared by every instance (LIVE_SENDS_PER_SECOND);
 * here only the length of their queue is bounded.
 */
export interface EventBudget {
  /** Requests accepted at once after a quiet while. */
  burst: number;
  /** Then this many per second. */
  perSecond: number;
}

export type BudgetedEvent = keyof LiveRequests;

export const EVENT_BUDGETS: Record<Exclude<BudgetedEvent, 'message:send'>, EventBudget> = {
  // The web joins each open channel once per connection; a reconnection joins them again.
  'channel:join': { burst: 20, perSecond: 5 },
  'channel:leave': { burst: 20, perSecond: 10 },
  // Catching up pages one after another.
  'channel:history': { burst: 20, perSecond: 10 },
  // Each accepted edit or deletion is broadcast to the whole channel.
  'message:edit': { burst: 10, perSecond: 2 },
  'message:delete': { burst: 10, perSecond: 2 },
};

/** Database operations one socket may have running at once (the pool holds 10 connections). */
export const MAX_IN_FLIGHT = 4;
/** Sends one socket may have waiting for their turn. */
export const MAX_QUEUED_SENDS = 64;
/** What a client refused for too many requests in flight is told to wait. */
const IN_FLIGHT_RETRY_MS = 250;

interface Bucket {
  tokens: number;
  at: number;
}

export class SocketBudget {
  private inFlight = 0;
  private queuedSends = 0;
  private readonly buckets = new Map<BudgetedEvent, Bucket>();

  constructor(
    private readonly budgets: Partial<Record<BudgetedEvent, EventBudget>> = EVENT_BUDGETS,
    private readonly maxInFlight = MAX_IN_FLIGHT,
    private readonly maxQueuedSends = MAX_QUEUED_SENDS,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Admits one request of `event` (synchronously, as its packet arrives) or throws RATE_LIMITED;
   * the caller runs it and then calls the release returned, whatever the outcome.
   */
  admit(event: BudgetedEvent): () => void {
    if (event === 'message:send') {
      if (this.queuedSends >= this.maxQueuedSends) throw tooManyPending(IN_FLIGHT_RETRY_MS);
      this.queuedSends++;
      return once(() => this.queuedSends--);
    }
    const budget = this.budgets[event];
    if (this.inFlight >= this.maxInFlight) throw tooManyPending(IN_FLIGHT_RETRY_MS);
    if (budget) this.take(event, budget);
    this.inFlight++;
    return once(() => this.inFlight--);
  }

  private take(event: BudgetedEvent, budget: EventBudget): void {
    const now = this.now();
    const bucket = this.buckets.get(event) ?? { tokens: budget.burst, at: now };
    bucket.tokens = Math.min(budget.burst, bucket.tokens + ((now - bucket.at) / 1000) * budget.perSecond);
    bucket.at = now;
    this.buckets.set(event, bucket);
    if (bucket.tokens < 1) {
      const retryAfterMs = Math.max(1, Math.ceil(((1 - bucket.tokens) / budget.perSecond) * 1000));
      throw new AppError(ErrorCode.RATE_LIMITED, `Too many ${event} requests; nothing was done. Try again in ${retryAfterMs} ms.`, {
        reason: ErrorReason.TOO_MANY_EVENTS,
        retryAfterMs,
      });
    }
    bucket.tokens -= 1;
  }
}

const tooManyPending = (retryAfterMs: number) =>
  new AppError(ErrorCode.RATE_LIMITED, 'Too many requests of this connection are still running; nothing was done. Try again in a moment.', {
    reason: ErrorReason.TOO_MANY_PENDING,
    retryAfterMs,
  });

function once(f: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    f();
  };
}
