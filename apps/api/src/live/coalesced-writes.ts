import type { Socket as NetSocket } from 'node:net';

/** The parts of an Engine.IO connection and its transport (engine.io 6) this relies on. */
interface EngineTransport {
  name: string;
  send(packets: unknown[]): void;
  /** The `ws` WebSocket of the websocket transport; its `_socket` is the TCP socket. */
  socket?: { _socket?: NetSocket };
}
interface EngineConnection {
  transport: EngineTransport;
  on(event: 'upgrade', listener: (transport: EngineTransport) => void): unknown;
}

const coalescing = Symbol('coalescing');

/**
 * One write to the network for all the packets a socket has waiting, instead of one each, and
 * one buffer per broadcast frame (see joinFrame).
 *
 * Engine.IO writes a packet at once when the socket is idle and queues the next ones until that
 * write completes, then hands the queue to the transport, whose websocket transport writes each
 * frame separately: one system call per packet. Under load (a group commit answers a few hundred
 * sends at once, so each member of a busy channel gets several messages in the same tick) the
 * TCP socket is corked while the queue is written, so its frames leave in one `writev`. Nothing
 * waits: the socket is uncorked before `send` returns. Frames and order are unchanged.
 */
export function coalesceWrites(connection: EngineConnection): void {
  wrap(connection.transport);
  // A polling client that upgrades to websocket gets the new transport.
  connection.on('upgrade', wrap);
}

/** A packet as Engine.IO queues it; a broadcast carries its WebSocket frame already encoded. */
interface EnginePacket {
  options?: { wsPreEncodedFrame?: Buffer[] };
}

/**
 * The frame socket.io-adapter encodes once per broadcast is a header and a payload, which `ws`
 * writes with cork/uncork as a two-buffer `writev` for every member. Joined once (the options
 * object is shared by every member's copy of the packet), each member's copy is one buffer.
 */
function joinFrame(packet: EnginePacket): void {
  const frame = packet.options?.wsPreEncodedFrame;
  if (frame?.length === 2 && Buffer.isBuffer(frame[0]) && Buffer.isBuffer(frame[1]))
    packet.options!.wsPreEncodedFrame = [Buffer.concat(frame)];
}

function wrap(transport: EngineTransport & { [coalescing]?: true }): void {
  if (transport.name !== 'websocket' || transport[coalescing]) return;
  transport[coalescing] = true;
  const send = transport.send;
  transport.send = function (this: EngineTransport, packets: unknown[]) {
    for (const packet of packets) joinFrame(packet as EnginePacket);
    const tcp = this.socket?._socket;
    if (packets.length < 2 || !tcp || typeof tcp.cork !== 'function') return send.call(this, packets);
    tcp.cork();
    try {
      send.call(this, packets);
    } finally {
      tcp.uncork();
    }
  };
}
