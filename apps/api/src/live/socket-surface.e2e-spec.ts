import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import type { ClientToServerEvents } from '@tribune/domain';
import { aFixtureWorld, FixtureWorld } from '../../test/fixture-world';
import { startTestApp, TestApp } from '../../test/test-app';
import { LiveGateway } from './live.gateway';
import { ClientSocket, connectLive, ok } from '../../test/live-client';

type ClientEvent = keyof ClientToServerEvents;
/** What a signed-in deputy who is not a member of the group gets back. */
type NonMemberAnswer = 'FORBIDDEN' | 'OK' | 'NO_ACK';

/**
 * Every client -> server event of the live protocol, with a request aimed at the world's group
 * and what a non-member gets. The mapped type makes tsc refuse a new event without an entry; the
 * first test below refuses a handler the gateway listens to without an entry.
 */
const SOCKET_EVENTS: {
  [E in ClientEvent]: { request: (w: FixtureWorld) => Parameters<ClientToServerEvents[E]>[0]; nonMember: NonMemberAnswer };
} = {
  'channel:join': { request: (w) => ({ groupId: w.group.id, afterSeq: 0 }), nonMember: 'FORBIDDEN' },
  // Leaving a channel one never joined is a no-op that reads nothing and tells nothing.
  'channel:leave': { request: (w) => ({ groupId: w.group.id }), nonMember: 'OK' },
  'channel:history': { request: (w) => ({ groupId: w.group.id, afterSeq: 0 }), nonMember: 'FORBIDDEN' },
  'message:send': { request: (w) => ({ groupId: w.group.id, clientId: randomUUID(), body: 'intrusion' }), nonMember: 'FORBIDDEN' },
  'message:edit': { request: (w) => ({ messageId: w.message.id, body: 'réécrit' }), nonMember: 'FORBIDDEN' },
  'message:delete': { request: (w) => ({ messageId: w.message.id }), nonMember: 'FORBIDDEN' },
  // Fire and forget: never acknowledged; the members must not see it (checked below).
  typing: { request: (w) => ({ groupId: w.group.id }), nonMember: 'NO_ACK' },
};
const EVENTS = Object.keys(SOCKET_EVENTS) as ClientEvent[];

/** Socket.IO's own events, not handlers of the protocol. */
const BUILT_IN = new Set(['disconnect', 'disconnecting', 'error', 'newListener', 'removeListener']);

interface RawOutcome {
  refusal: { message?: string; data?: { code?: string } } | null;
  acks: string[];
  closed: boolean;
}

/**
 * Speaks the Engine.IO/Socket.IO wire protocol by hand, as a hostile client would, and records
 * every ack that comes back. The event (with an ack id) goes: 'never' without asking to connect;
 * 'during' right after asking to connect with `auth`, while the handshake is being checked;
 * 'after' once the connection was refused.
 */
function rawAttempt(
  url: string,
  auth: Record<string, unknown> | undefined,
  event: string,
  payload: unknown,
  when: 'never' | 'during' | 'after',
  waitMs = 600,
): Promise<RawOutcome> {
  const out: RawOutcome = { refusal: null, acks: [], closed: false };
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`);
  const emit = (id: number) => ws.readyState === WebSocket.OPEN && ws.send(`42${id}${JSON.stringify([event, payload])}`);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      ws.terminate();
      resolve(out);
    };
    const timer = setTimeout(done, waitMs);
    ws.on('message', (raw) => {
      const packet = String(raw);
      if (packet.startsWith('0')) {
        if (when !== 'never') ws.send(`40${auth ? JSON.stringify(auth) : ''}`);
        if (when !== 'after') emit(1);
      } else if (packet === '2') ws.send('3');
      else if (packet.startsWith('44')) {
        out.refusal = JSON.parse(packet.slice(2));
        emit(2);
      } else if (packet.startsWith('43')) out.acks.push(packet);
    });
    ws.on('close', () => {
      out.closed = true;
      setTimeout(done, 50);
    });
    ws.on('error', () => undefined);
  });
}

describe('the socket surface', () => {
  let t: TestApp;
  let w: FixtureWorld;
  let member: ClientSocket;
  const seen: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    w = await aFixtureWorld(t);
    member = await connectLive(t.url, w.member.token);
    await ok(member, 'channel:join', { groupId: w.group.id, afterSeq: 1 });
    for (const e of ['message:new', 'message:updated', 'typing'] as const) member.on(e, () => seen.push(e));
  });
  afterAll(async () => {
    member?.close();
    await t.close();
  });

  it('has an entry for every client event the gateway listens to, and only those', () => {
    const gateway = t.app.get(LiveGateway);
    const serverSide = [...gateway.server.sockets.sockets.values()].find((s) => s.data.user?.id === w.member.user.id);
    const handled = serverSide!
      .eventNames()
      .map(String)
      .filter((e) => !BUILT_IN.has(e));
    expect(handled.sort()).toEqual([...EVENTS].sort());
  });

  describe('a socket that has not passed authentication', () => {
    const credentials: Record<string, Record<string, unknown> | undefined> = {
      'no token': undefined,
      'a forged token': { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.forged' },
      'a token of the wrong type': { token: 42 },
    };
    it('gets no ack for any event sent without connecting or while the handshake is checked, and is closed', async () => {
      const outcomes: Record<string, { acks: string[]; closed: boolean }> = {};
      for (const event of EVENTS) {
        for (const when of ['never', 'during'] as const) {
          const o = await rawAttempt(t.url, { token: w.member.token }, event, SOCKET_EVENTS[event].request(w), when);
          outcomes[`${event} ${when}`] = { acks: o.acks, closed: o.closed };
        }
      }
      expect(outcomes).toEqual(
        Object.fromEntries(EVENTS.flatMap((e) => ['never', 'during'].map((when) => [`${e} ${when}`, { acks: [], closed: true }]))),
      );
    });

    for (const [label, auth] of Object.entries(credentials)) {
      it(`is refused UNAUTHENTICATED with ${label}, closed, and gets no ack for any event sent after`, async () => {
        const outcomes: Record<string, { refused: string | undefined; acks: string[]; closed: boolean }> = {};
        for (const event of EVENTS) {
          const o = await rawAttempt(t.url, auth, event, SOCKET_EVENTS[event].request(w), 'after');
          outcomes[event] = { refused: o.refusal?.data?.code, acks: o.acks, closed: o.closed };
        }
        const expected = Object.fromEntries(EVENTS.map((e) => [e, { refused: 'UNAUTHENTICATED', acks: [], closed: true }]));
        expect(outcomes).toEqual(expected);
      });
    }
  });

  it('answers a non-member FORBIDDEN for every channel event, and lets nothing through', async () => {
    const outsider = await connectLive(t.url, w.nonMember.token);
    try {
      const answers: Record<string, string> = {};
      for (const event of EVENTS) {
        const payload = SOCKET_EVENTS[event].request(w);
        if (SOCKET_EVENTS[event].nonMember === 'NO_ACK') {
          (outsider as unknown as { emit(e: string, p: unknown): void }).emit(event, payload);
          answers[event] = 'NO_ACK';
          continue;
        }
        const s = outsider.timeout(3000) as unknown as {
          emitWithAck(e: string, p: unknown): Promise<{ ok: boolean; error?: { code: string } }>;
        };
        const r = await s.emitWithAck(event, payload);
        answers[event] = r.ok ? 'OK' : r.error!.code;
      }
      expect(answers).toEqual(Object.fromEntries(EVENTS.map((e) => [e, SOCKET_EVENTS[e].nonMember])));
      await new Promise((r) => setTimeout(r, 300));
      expect(seen).toEqual([]);
      const messages = await t.prisma.message.findMany({ where: { groupId: w.group.id } });
      expect(messages.map((m) => ({ body: m.body, deletedAt: m.deletedAt, editedAt: m.editedAt }))).toEqual([
        { body: 'Bonjour', deletedAt: null, editedAt: null },
      ]);
    } finally {
      outsider.close();
    }
  });
});
