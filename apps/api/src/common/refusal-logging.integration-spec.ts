import { Logger, LoggerService } from '@nestjs/common';
import { Role } from '@tribune/domain';
import { signedIn } from '../../test/factories';
import { startTestApp, TestApp } from '../../test/test-app';
import { formatGraphQLError } from './format-error';

type Line = { level: keyof LoggerService; text: string };

/** Everything the API logs, through Nest's Logger (which every logger of the API goes through). */
class LogCapture implements LoggerService {
  lines: Line[] = [];
  private add(level: keyof LoggerService, message: unknown, rest: unknown[]) {
    this.lines.push({
      level,
      text: [message, ...rest].map((m) => (m instanceof Error ? `${m.message}\n${m.stack}` : String(m))).join(' '),
    });
  }
  log(m: unknown, ...r: unknown[]) {
    this.add('log', m, r);
  }
  error(m: unknown, ...r: unknown[]) {
    this.add('error', m, r);
  }
  warn(m: unknown, ...r: unknown[]) {
    this.add('warn', m, r);
  }
  debug(m: unknown, ...r: unknown[]) {
    this.add('debug', m, r);
  }
  verbose(m: unknown, ...r: unknown[]) {
    this.add('verbose', m, r);
  }
  fatal(m: unknown, ...r: unknown[]) {
    this.add('fatal', m, r);
  }
}

/** A stack trace line ("    at Foo (file.ts:1:2)"). */
const STACK = /\n\s+at /;

describe('logging of refusals', () => {
  let t: TestApp;
  let admin: string;
  const capture = new LogCapture();

  beforeAll(async () => {
    t = await startTestApp();
    admin = (await signedIn(t, Role.ADMIN)).token;
    Logger.overrideLogger(capture);
  });
  afterAll(async () => {
    Logger.overrideLogger(false);
    await t?.close();
  });
  beforeEach(() => {
    capture.lines = [];
  });

  const faults = () => capture.lines.filter((l) => l.level === 'error' || l.level === 'fatal' || STACK.test(l.text));

  it('logs an anonymous request at info without a stack', async () => {
    const r = await t.gql('{ workingGroups { id } currentTerm { id } }');
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(faults()).toEqual([]);
    expect(capture.lines.filter((l) => l.level === 'log' && l.text.includes('UNAUTHENTICATED'))).not.toEqual([]);
  });

  it('logs bad input, a refusal by a rule and a role refusal at info without a stack', async () => {
    const bad = await t.gql('mutation { createTerm(input: { name: "", startsOn: "2026-01-05", seatCount: 15 }) { id } }', {}, admin);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    const rule = await t.gql(
      'mutation { createTerm(input: { name: "T", startsOn: "2026-01-05", endsOn: "2025-01-05" }) { id } }',
      {},
      admin,
    );
    expect(rule.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ENDS_BEFORE_START' });
    const deputy = await signedIn(t, Role.DEPUTY);
    const role = await t.gql('mutation { createTerm(input: { name: "T", startsOn: "2026-01-05" }) { id } }', {}, deputy.token);
    expect(role.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(faults()).toEqual([]);
    expect(capture.lines.filter((l) => l.level === 'log' && l.text.includes('BAD_USER_INPUT'))).toHaveLength(2);
  });

  it('logs malformed and invalid queries at info without a stack', async () => {
    expect((await t.gql('{ me {')).errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect((await t.gql('{ noSuchField }')).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(faults()).toEqual([]);
  });

  it('logs an unexpected error at error level with its stack, and tells the client nothing of it', () => {
    const answer = formatGraphQLError({ message: 'boom' }, new TypeError('Cannot read properties of undefined'));
    expect(answer).toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(answer.message).not.toContain('Cannot read');
    expect(capture.lines).toEqual([expect.objectContaining({ level: 'error', text: expect.stringMatching(STACK) })]);
  });
});
