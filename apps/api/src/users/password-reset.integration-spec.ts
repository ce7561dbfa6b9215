import { createHash } from 'node:crypto';
import { codeOf, startTestApp, TestApp } from '../../test/test-app';
import { aUser, TEST_PASSWORD, tokenFor } from '../../test/factories';
import { MINUTE, TestClock } from '../../test/test-clock';
import { JobQueue } from '../jobs/job-queue';
import { MAIL_QUEUE } from '../mail/mail-delivery';
import { SmtpSink } from '../mail/testing/smtp-sink';
import { PasswordResetService, RESET_LINK_MINUTES } from './password-reset.service';

const REQUEST = `mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }`;
const RESET = `mutation($i: ResetPasswordInput!) { resetPassword(input: $i) { token user { id mustChangePassword } } }`;
const ME = `{ me { id locale mustChangePassword } }`;
const SET_LOCALE = `mutation($i: SetMyLocaleInput!) { setMyLocale(input: $i) { id locale } }`;
const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { token } }`;
const NEW_PASSWORD = 'a brand new passphrase';

describe('forgotten password (requestPasswordReset, resetPassword)', () => {
  let sink: SmtpSink;
  let t: TestApp;
  const clock = new TestClock();
  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp({ clock, config: { smtpUrl: sink.url, publicUrl: 'https://tribune.example' } });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  /** Asks for a link and returns the token of the link the mail brought. */
  async function linkFor(asked: string): Promise<string> {
    const email = asked.toLowerCase();
    const before = sink.to(email).length;
    expect((await t.gql(REQUEST, { i: { email: asked } })).data).toEqual({ requestPasswordReset: true });
    await t.app.get(PasswordResetService).settled();
    await t.app.get(JobQueue).runDue([MAIL_QUEUE]);
    expect(sink.to(email)).toHaveLength(before + 1);
    const text = sink.to(email).at(-1)!.parsed.text!;
    return /https:\/\/tribune\.example\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(text)![1];
  }

  it('answers the same for an address without an account, and sends it nothing', async () => {
    const user = await aUser(t.prisma);
    const unknown = await t.gql(REQUEST, { i: { email: 'nobody@tribune.example' } });
    // The known address is asked after the unknown one: its mail arriving means the other had its turn.
    await linkFor(user.email.toUpperCase());
    expect(unknown).toEqual({ data: { requestPasswordReset: true } });
    expect(sink.to('nobody@tribune.example')).toHaveLength(0);
    expect(await t.prisma.outgoingMail.count({ where: { to: 'nobody@tribune.example' } })).toBe(0);
  });

  it('sets the password once with the link, ends the other sessions and clears a temporary password; the token is stored hashed', async () => {
    const user = await aUser(t.prisma);
    await t.prisma.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    const otherSession = await tokenFor(t, user);
    const token = await linkFor(user.email);

    const stored = await t.prisma.passwordResetToken.findMany({ where: { userId: user.id } });
    expect(stored.map((s) => s.tokenHash)).toEqual([createHash('sha256').update(token).digest('hex')]);
    const mail = await t.prisma.outgoingMail.findFirstOrThrow({ where: { userId: user.id } });
    expect(mail).toMatchObject({ status: 'SENT', text: '', html: '' });

    const reset = await t.gql(RESET, { i: { token, newPassword: NEW_PASSWORD } });
    expect(reset.data!.resetPassword.user).toEqual({ id: user.id, mustChangePassword: false });
    expect(codeOf(await t.gql(ME, {}, otherSession))).toBe('UNAUTHENTICATED');
    expect((await t.gql(ME, {}, reset.data!.resetPassword.token)).data!.me).toMatchObject({ id: user.id, mustChangePassword: false });
    expect(codeOf(await t.gql(LOGIN, { i: { email: user.email, password: TEST_PASSWORD } }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(LOGIN, { i: { email: user.email, password: NEW_PASSWORD } }))).toBe('OK');

    const again = await t.gql(RESET, { i: { token, newPassword: 'yet another passphrase' } });
    expect(again.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RESET_LINK_INVALID' });
    expect(codeOf(await t.gql(LOGIN, { i: { email: user.email, password: NEW_PASSWORD } }))).toBe('OK');
    expect(await t.prisma.auditLog.count({ where: { entityId: user.id, action: 'user.changePassword' } })).toBe(1);
  });

  it('refuses a link once it expired (clock moved), or once a newer one was asked for, and a made-up token', async () => {
    const user = await aUser(t.prisma);
    const expired = await linkFor(user.email);
    clock.advance(RESET_LINK_MINUTES * MINUTE + 1000);
    const late = await t.gql(RESET, { i: { token: expired, newPassword: NEW_PASSWORD } });
    expect(late.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RESET_LINK_INVALID' });

    const older = await linkFor(user.email);
    const newer = await linkFor(user.email);
    const replaced = await t.gql(RESET, { i: { token: older, newPassword: NEW_PASSWORD } });
    expect(replaced.errors![0].extensions).toMatchObject({ reason: 'RESET_LINK_INVALID' });
    clock.advance((RESET_LINK_MINUTES - 1) * MINUTE);
    expect(codeOf(await t.gql(RESET, { i: { token: newer, newPassword: NEW_PASSWORD } }))).toBe('OK');

    const madeUp = await t.gql(RESET, { i: { token: 'x'.repeat(43), newPassword: NEW_PASSWORD } });
    expect(madeUp.errors![0].extensions).toMatchObject({ reason: 'RESET_LINK_INVALID' });
    expect(codeOf(await t.gql(RESET, { i: { token: 'x'.repeat(43), newPassword: 'short' } }))).toBe('BAD_USER_INPUT');
  });

  it('counts requests against the login limits, for an address with or without an account', async () => {
    for (const email of [(await aUser(t.prisma)).email, 'ghost@tribune.example']) {
      const answers: string[] = [];
      for (let i = 0; i < 6; i++) answers.push(String(codeOf(await t.gql(REQUEST, { i: { email } }))));
      expect(answers).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'RATE_LIMITED']);
    }
  });

  it("writes the mail in the account's language, which the person sets (fr, en, ar only)", async () => {
    const user = await aUser(t.prisma);
    const session = await tokenFor(t, user);
    const refused = await t.gql(SET_LOCALE, { i: { locale: 'de' } }, session);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LANGUAGE_NOT_OFFERED' });
    expect((await t.gql(SET_LOCALE, { i: { locale: 'ar' } }, session)).data!.setMyLocale).toEqual({ id: user.id, locale: 'ar' });
    expect((await t.gql(ME, {}, session)).data!.me.locale).toBe('ar');
    await linkFor(user.email);
    const { parsed } = sink.to(user.email).at(-1)!;
    expect(parsed.subject).toBe('اختيار كلمة مرور جديدة');
    expect(parsed.html).toContain('<html lang="ar" dir="rtl">');
    expect(codeOf(await t.gql(SET_LOCALE, { i: { locale: 'en' } }))).toBe('UNAUTHENTICATED');
  });
});
