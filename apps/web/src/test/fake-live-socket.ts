/**
 * Enough of a socket.io-client socket for component tests: `connect()` connects at once, the
 * test answers requests (`answer`) and plays server events (`serverEmit`).
 */
type Listener = (...args: unknown[]) => void;
type Answer = (payload: unknown) => unknown;

export class FakeLiveSocket {
  connected = false;
  readonly sent: Array<{ event: string; payload: unknown }> = [];
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly answers = new Map<string, Answer>();

  constructor(private readonly connects = false) {}

  on(event: string, listener: Listener) {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(listener);
    return this;
  }
  off(event: string, listener: Listener) {
    this.listeners.get(event)?.delete(listener);
    return this;
  }
  connect() {
    if (!this.connects || this.connected) return this;
    this.connected = true;
    queueMicrotask(() => this.serverEmit('connect'));
    return this;
  }
  disconnect() {
    if (this.connected) {
      this.connected = false;
      this.serverEmit('disconnect', 'io client disconnect');
    }
    return this;
  }
  emit(event: string, payload: unknown) {
    this.sent.push({ event, payload });
    return this;
  }
  timeout() {
    return {
      emitWithAck: (event: string, payload: unknown) => {
        this.sent.push({ event, payload });
        const answer = this.answers.get(event);
        return answer ? Promise.resolve(answer(payload)) : new Promise(() => undefined);
      },
    };
  }
  /** How the "server" acknowledges an event. */
  answer(event: string, fn: Answer) {
    this.answers.set(event, fn);
    return this;
  }
  serverEmit(event: string, ...args: unknown[]) {
    this.listeners.get(event)?.forEach((l) => l(...args));
  }
}
