import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { ParsedMail, simpleParser } from 'mailparser';

/** A mail as the SMTP server received it: the raw message, parsed by mailparser, and its envelope. */
export interface ReceivedMail {
  raw: string;
  parsed: ParsedMail;
  envelopeTo: string[];
}

/**
 * A real SMTP server in the test process (the `smtp-server` package, plain text on a local port):
 * what the API sends over SMTP_URL arrives here and is parsed with `mailparser`. `refuseNext(n)`
 * answers the next n messages with a temporary failure (451), as a server that is down would.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  /** Messages refused so far. */
  refused = 0;
  private toRefuse = 0;
  private waiters: Array<{ count: number; resolve: () => void }> = [];

  private constructor(private readonly server: SMTPServer) {}

  static async start(): Promise<SmtpSink> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          if (sink.toRefuse > 0) {
            sink.toRefuse--;
            sink.refused++;
            const error = Object.assign(new Error('Try again later'), { responseCode: 451 });
            return callback(error);
          }
          const raw = Buffer.concat(chunks).toString('utf8');
          void simpleParser(raw).then((parsed) => {
            sink.received.push({ raw, parsed, envelopeTo: session.envelope.rcptTo.map((r) => r.address) });
            sink.waiters = sink.waiters.filter((w) => (sink.received.length >= w.count ? (w.resolve(), false) : true));
            callback();
          }, callback);
        });
      },
    });
    const sink = new SmtpSink(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  /** Answers the next `n` messages with 451 (a temporary failure). */
  refuseNext(n: number): void {
    this.toRefuse = n;
  }

  /** Resolves once `count` mails in all have arrived. */
  receivedCount(count: number): Promise<void> {
    if (this.received.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  /** The mails received for one address. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.envelopeTo.includes(address));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
