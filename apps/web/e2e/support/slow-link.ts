import net from 'node:net';

export interface SlowLink {
  url: string;
  /** Bytes the server sent to the browser through this link so far (HTTP and WebSocket; npm run bench:web). */
  bytesToBrowser: () => number;
  close: () => Promise<void>;
}

/**
 * A TCP proxy in front of `target` that makes WebSocket connections behave like a slow mobile
 * link: half the round trip each way, and each direction's bytes queued at `kbitPerSecond`.
 * Chromium's network emulation (CDP Network.emulateNetworkConditions) throttles HTTP but not
 * WebSocket frames, so the live socket needs this to feel the same 3G as the page.
 * Other connections (plain HTTP, already throttled by Chromium) pass straight through.
 */
export async function slowWebSocketLink(target: string, o: { latencyMs: number; kbitPerSecond: number }): Promise<SlowLink> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<net.Socket>();
  let toBrowser = 0;
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(port), hostname);
    sockets.add(client).add(upstream);
    let slow: boolean | undefined;
    const pipe = (from: net.Socket, to: net.Socket) => {
      let free = 0;
      let last = 0;
      from.on('data', (chunk: Buffer) => {
        if (from !== client) toBrowser += chunk.length;
        // The client speaks first: its request says whether this is a WebSocket upgrade.
        if (slow === undefined) slow = /^upgrade:\s*websocket/im.test(chunk.toString('latin1'));
        if (!slow) {
          to.write(chunk);
          return;
        }
        const now = Date.now();
        free = Math.max(free, now) + (chunk.length * 8) / o.kbitPerSecond; // ms on the wire
        last = free + o.latencyMs / 2;
        setTimeout(() => !to.destroyed && to.write(chunk), last - now);
      });
      from.on('end', () => setTimeout(() => to.end(), Math.max(0, last - Date.now())));
      from.on('error', () => to.destroy());
      from.on('close', () => sockets.delete(from));
    };
    pipe(client, upstream);
    pipe(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    bytesToBrowser: () => toBrowser,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
