import { startTestApp, TestApp, codeOf } from '../../test/test-app';
import { aDeputy, signedIn, tokenFor } from '../../test/factories';

const CREATE = `mutation($i: CreateDeputyInput!) { createDeputy(input: $i) { id fullName gender territory languages skills bio eligibilityAttestedOn } }`;
const UPDATE = `mutation($i: UpdateDeputyInput!) { updateDeputy(input: $i) { id fullName bio languages eligibilityAttestedOn } }`;
const valid = {
  fullName: 'Nasrin Ahmadi',
  gender: 'WOMAN',
  territory: 'reg:76',
  languages: ['fa', 'fr', 'fr'],
  skills: ['éducation'],
  eligibilityAttestedOn: '2024-11-15',
};

describe('deputies', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await signedIn(t, 'ADMIN')).token;
  });
  afterAll(() => t.close());

  describe('createDeputy', () => {
    it('creates a profile with its attestation date (and de-duplicated languages) and an audit row', async () => {
      const r = await t.gql(CREATE, { i: valid }, admin);
      expect(r.errors).toBeUndefined();
      expect(r.data!.createDeputy).toMatchObject({
        fullName: 'Nasrin Ahmadi',
        languages: ['fa', 'fr'],
        eligibilityAttestedOn: '2024-11-15',
      });
      expect(await t.prisma.auditLog.count({ where: { action: 'deputy.create', entityId: r.data!.createDeputy.id } })).toBe(1);
    });

    it('creates the login with the profile, in the same transaction', async () => {
      const r = await t.gql(
        CREATE,
        { i: { ...valid, fullName: 'With Account', account: { email: 'with.account@test.example', password: 'a long password' } } },
        admin,
      );
      expect(r.errors).toBeUndefined();
      const login = await t.gql(
        `mutation { login(input: { email: "with.account@test.example", password: "a long password" }) { user { role } } }`,
      );
      expect(login.data!.login.user.role).toBe('DEPUTY');
    });

    it('rolls the profile back when the account cannot be created', async () => {
      await t.gql(
        CREATE,
        { i: { ...valid, fullName: 'First', account: { email: 'taken@test.example', password: 'a long password' } } },
        admin,
      );
      const r = await t.gql(
        CREATE,
        { i: { ...valid, fullName: 'Second Half Written', account: { email: 'taken@test.example', password: 'a long password' } } },
        admin,
      );
      expect(codeOf(r)).toBe('CONFLICT');
      expect(await t.prisma.deputy.count({ where: { fullName: 'Second Half Written' } })).toBe(0);
    });

    it('refuses bad input and writes nothing', async () => {
      const bad = [
        { ...valid, fullName: '' },
        { ...valid, fullName: 'x'.repeat(121) },
        { ...valid, territory: '' },
        { ...valid, bio: 'x'.repeat(2001) },
        { ...valid, languages: Array.from({ length: 21 }, (_, i) => `l${i}`) },
        { ...valid, eligibilityAttestedOn: '2999-01-01' },
        { ...valid, gender: 'UNKNOWN' },
        { ...valid, account: { email: 'nope', password: 'a long password' } },
      ];
      const before = await t.prisma.deputy.count();
      for (const i of bad) expect(codeOf(await t.gql(CREATE, { i }, admin))).toBe('BAD_USER_INPUT');
      expect(await t.prisma.deputy.count()).toBe(before);
    });

    it('refuses an address or a postcode as territory (a region or a department only)', async () => {
      for (const territory of ['8 avenue Foch', 'Calais 62100']) {
        const r = await t.gql(CREATE, { i: { ...valid, fullName: 'Located Precisely', territory } }, admin);
        expect(codeOf(r)).toBe('BAD_USER_INPUT');
        expect(r.errors![0].extensions?.reason).toBe('TERRITORY_NOT_LISTED');
      }
      const someone = await aDeputy(t.prisma);
      expect(codeOf(await t.gql(UPDATE, { i: { id: someone.id, territory: '8 avenue Foch' } }, admin))).toBe('BAD_USER_INPUT');
      expect(await t.prisma.deputy.count({ where: { OR: [{ fullName: 'Located Precisely' }, { territory: '8 avenue Foch' }] } })).toBe(0);
      expect(codeOf(await t.gql(CREATE, { i: { ...valid, fullName: 'Nord', territory: 'dep:59' } }, admin))).toBe('OK');
    });

    it('has no field for an administrative status, a file number or an address', async () => {
      const r = await t.gql(`{ __type(name: "Deputy") { fields { name } } }`, {}, admin);
      const names = r.data!.__type.fields.map((f: { name: string }) => f.name.toLowerCase()).join(' ');
      expect(names).not.toMatch(/status|asylum|fileNumber|address|nationality/i);
    });

    it('is for administrators only', async () => {
      const { token } = await signedIn(t, 'COORDINATOR');
      expect(codeOf(await t.gql(CREATE, { i: valid }, token))).toBe('FORBIDDEN');
    });
  });

  describe('updateDeputy', () => {
    it("lets a deputy edit their own profile but not the attestation, nor anyone else's", async () => {
      const me = await aDeputy(t.prisma, { withAccount: true });
      const other = await aDeputy(t.prisma);
      const token = await tokenFor(t, me.user!);
      const own = await t.gql(UPDATE, { i: { id: me.id, bio: 'Médiatrice', languages: ['ar', 'fr'] } }, token);
      expect(own.data!.updateDeputy).toMatchObject({ bio: 'Médiatrice', languages: ['ar', 'fr'] });
      expect(codeOf(await t.gql(UPDATE, { i: { id: me.id, eligibilityAttestedOn: '2025-01-01' } }, token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(UPDATE, { i: { id: other.id, bio: 'hijack' } }, token))).toBe('FORBIDDEN');
      expect((await t.prisma.deputy.findUniqueOrThrow({ where: { id: other.id } })).bio).toBeNull();
    });

    it('lets an administrator record the attestation, with an audit row naming the changed fields', async () => {
      const d = await aDeputy(t.prisma);
      const r = await t.gql(UPDATE, { i: { id: d.id, eligibilityAttestedOn: '2025-03-01' } }, admin);
      expect(r.data!.updateDeputy.eligibilityAttestedOn).toBe('2025-03-01');
      const audit = await t.prisma.auditLog.findFirst({ where: { action: 'deputy.update', entityId: d.id } });
      expect(audit?.data).toEqual({ changed: ['eligibilityAttestedOn'] });
    });

    it('answers NOT_FOUND for an unknown deputy', async () => {
      expect(codeOf(await t.gql(UPDATE, { i: { id: 'nope', bio: 'x' } }, admin))).toBe('NOT_FOUND');
    });
  });
});
