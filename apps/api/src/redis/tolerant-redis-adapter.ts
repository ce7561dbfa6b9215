import { RedisAdapter, RedisAdapterOptions } from '@socket.io/redis-adapter';
import type { RedisConnections } from './redis-connections';

type Opts = { flags?: object };
const local = <T extends Opts>(opts: T): T => ({ ...opts, flags: { ...opts.flags, local: true } });
const ignore = () => undefined;

const SUBSCRIBE = new Set<string | symbol>(['subscribe', 'pSubscribe', 'sSubscribe', 'SUBSCRIBE', 'PSUBSCRIBE', 'SSUBSCRIBE']);

/**
 * A client whose promises never end up unhandled: the adapter fires `publish` and forgets it,
 * and a command that was on the wire when Redis died rejects. Callers that await still see
 * the rejection; nobody else crashes the process with it.
 *
 * For the subscriber: a subscription asked for before the client ever connected is recorded
 * by node-redis as done but never sent (checked with redis 6.3: no message ever arrives), so
 * it is put off until the connection is ready. Later reconnections restore subscriptions by themselves.
 */
function quiet<T extends object>(client: T, deferSubscriptions = false): T {
  const c = client as T & { isReady: boolean; once(event: 'ready', listener: () => void): unknown };
  return new Proxy(client, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (typeof value !== 'function' || prop === 'constructor') return value;
      const call = (args: unknown[]) => {
        const result = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (result && typeof (result as Promise<unknown>).then === 'function') (result as Promise<unknown>).then(undefined, ignore);
        return result;
      };
      if (deferSubscriptions && SUBSCRIBE.has(prop)) {
        return (...args: unknown[]) => {
          if (c.isReady) return call(args);
          c.once('ready', () => void call(args));
          return Promise.resolve();
        };
      }
      return (...args: unknown[]) => call(args);
    },
  });
}

/**
 * The Socket.IO Redis adapter, for an instance that must keep serving its own clients while
 * Redis is away: whatever needs Redis (publishing a broadcast to the other instances, asking
 * them for their sockets) is done locally only until both connections are ready again. The
 * subscriptions are restored by the Redis client when it reconnects; what the other instances
 * missed meanwhile, their clients read by sequence number when they join again.
 */
export class TolerantRedisAdapter extends RedisAdapter {
  constructor(
    nsp: unknown,
    private readonly connections: RedisConnections,
    opts: Partial<RedisAdapterOptions>,
  ) {
    super(nsp, quiet(connections.pub!), quiet(connections.sub!, true), opts);
  }

  private get online(): boolean {
    return this.connections.ready;
  }

  override broadcast(...[packet, opts]: Parameters<RedisAdapter['broadcast']>): void {
    super.broadcast(packet, this.online ? opts : local(opts));
  }

  override broadcastWithAck(...[packet, opts, clientCountCallback, ack]: Parameters<RedisAdapter['broadcastWithAck']>): void {
    super.broadcastWithAck(packet, this.online ? opts : local(opts), clientCountCallback, ack);
  }

  override addSockets(...[opts, rooms]: Parameters<RedisAdapter['addSockets']>): void {
    super.addSockets(this.online ? opts : local(opts), rooms);
  }

  override delSockets(...[opts, rooms]: Parameters<RedisAdapter['delSockets']>): void {
    super.delSockets(this.online ? opts : local(opts), rooms);
  }

  override disconnectSockets(...[opts, close]: Parameters<RedisAdapter['disconnectSockets']>): void {
    super.disconnectSockets(this.online ? opts : local(opts), close);
  }

  override serverSideEmit(...[packet]: Parameters<RedisAdapter['serverSideEmit']>): void {
    if (this.online) super.serverSideEmit(packet);
    else if (typeof packet[packet.length - 1] === 'function') (packet.pop() as (e: unknown, r: unknown[]) => void)(null, []);
  }

  /** This instance alone while Redis is away: fetchSockets, allRooms... answer locally, at once. */
  override async serverCount(): Promise<number> {
    if (!this.online) return 1;
    return super.serverCount().catch(() => 1);
  }
}

/** What `server.adapter()` takes: Socket.IO calls it with `new` (so a function, not an arrow). */
export function createTolerantAdapter(connections: RedisConnections, opts: Partial<RedisAdapterOptions>) {
  return function tolerantAdapter(nsp: unknown) {
    return new TolerantRedisAdapter(nsp, connections, opts);
  };
}
