import type { Socket as NetSocket } from 'node:net';
import type { LiveMessage } from '@tribune/domain';
import { startTestApp, TestApp } from '../../test/test-app';
import { aLiveChannel } from '../../test/factories';
import { LiveGateway } from './live.gateway';
import { LiveSocket } from './live-socket';
import { ClientSocket, connectLive, ok, until } from '../../test/live-client';

/** The server side of a client's connection and the TCP socket under it. */
function serverSide(t: TestApp, client: ClientSocket): { socket: LiveSocket; tcp: NetSocket } {
  const socket = t.app.get(LiveGateway).server.sockets.sockets.get(client.id!)!;
  const tcp = (socket.conn.transport as unknown as { socket: { _socket: NetSocket } }).socket._socket;
  return { socket, tcp };
}

/** Counts the writes that reach the TCP socket (each one is a system call): single buffers, and several at once. */
function countWrites(tcp: NetSocket): { write: number; writev: number } {
  const counter = { write: 0, writev: 0 };
  const writable = tcp as unknown as { _write: (...a: unknown[]) => void; _writev: (...a: unknown[]) => void };
  const [write, writev] = [writable._write, writable._writev];
  writable._write = function (...a: unknown[]) {
    counter.write++;
    return write.apply(this, a);
  };
  writable._writev = function (...a: unknown[]) {
    counter.writev++;
    return writev.apply(this, a);
  };
  return counter;
}

describe('coalesceWrites', () => {
  let t: TestApp;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    t = await startTestApp({ config: { liveSendsPerSecond: 100_000 } });
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await t.close();
  });

  it('writes the packets waiting for a socket in one system call, every one delivered in order', async () => {
    const c = await aLiveChannel(t, { members: 1 });
    const client = await connectLive(t.url, c.members[0].token);
    sockets.push(client);
    await ok(client, 'channel:join', { groupId: c.group.id });
    const received: number[] = [];
    client.on('message:new', (m: LiveMessage) => received.push(m.seq));
    const { socket, tcp } = serverSide(t, client);
    const writes = countWrites(tcp);

    // Twenty messages for this socket in the same tick, as a group commit's broadcasts are:
    // the first leaves at once, the 19 queued behind it leave together.
    for (let seq = 1; seq <= 20; seq++) socket.emit('message:new', { seq, groupId: c.group.id } as LiveMessage);
    await until(() => received.length === 20, 'the 20 messages');

    expect(received).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(writes.write + writes.writev).toBe(2);
  });

  it('sends a broadcast frame as one buffer (one write, not a header and a payload), intact', async () => {
    const c = await aLiveChannel(t, { members: 1 });
    const client = await connectLive(t.url, c.members[0].token);
    sockets.push(client);
    await ok(client, 'channel:join', { groupId: c.group.id });
    const received: LiveMessage[] = [];
    client.on('message:new', (m: LiveMessage) => received.push(m));
    const writes = countWrites(serverSide(t, client).tcp);
    const body = 'مرحبا بالجميع 👋🏽 '.repeat(20);

    // Encoded once for the channel by the adapter, as message:new is.
    t.app
      .get(LiveGateway)
      .toGroup(c.group.id)
      .emit('message:new', { seq: 1, groupId: c.group.id, body } as LiveMessage);
    await until(() => received.length === 1, 'the broadcast');

    expect(received[0]).toEqual({ seq: 1, groupId: c.group.id, body });
    expect(writes).toEqual({ write: 1, writev: 0 });
  });
});
