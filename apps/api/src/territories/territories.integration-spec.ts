import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { startTestApp, TestApp } from '../../test/test-app';
import { aDeputy, aSignedInDeputy, aTerm, signedIn } from '../../test/factories';

const CREATE = `mutation($i: CreateDeputyInput!) { createDeputy(input: $i) { id territory territoryLabel } }`;
const UPDATE = `mutation($i: UpdateDeputyInput!) { updateDeputy(input: $i) { territory territoryLabel } }`;
const SUBMIT = `mutation($i: SubmitFieldReportInput!) { submitFieldReport(input: $i) { id territory territoryLabel } }`;
// What people type by habit where a territory is asked: a street, a postcode with its town, a street in Arabic.
const ADDRESSES = ['12 r. de la Paix', '75 002 Paris', '١٢ شارع الحرية، باريس'];

/**
 * Issue 12: the territory of deputies and field reports is chosen from the official list of French
 * départements and régions (@etalab/decoupage-administratif) or "outside France", never typed, so
 * no address can be given there; the code is stored, the code and a label are read.
 */
describe('territories', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await signedIn(t, 'ADMIN')).token;
    await aTerm(t.prisma, { startsOn: '2026-01-01', endsOn: '2099-12-31' });
  });
  afterAll(() => t.close());

  const refusal = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => ({
    code: r.errors?.[0]?.extensions?.code,
    reason: r.errors?.[0]?.extensions?.reason,
  });

  it('lists the régions, the départements (overseas ones included) and outside France, with a code and a French label', async () => {
    const r = await t.gql(`{ territories { code label kind } }`, {}, admin);
    const list = r.data!.territories as Array<{ code: string; label: string; kind: string }>;
    expect(list.filter((x) => x.kind === 'REGION')).toHaveLength(18);
    expect(list.filter((x) => x.kind === 'DEPARTEMENT').length).toBeGreaterThanOrEqual(101);
    expect(list).toContainEqual({ code: 'dep:62', label: 'Pas-de-Calais (62)', kind: 'DEPARTEMENT' });
    expect(list).toContainEqual({ code: 'dep:2A', label: 'Corse-du-Sud (2A)', kind: 'DEPARTEMENT' });
    expect(list).toContainEqual({ code: 'dep:976', label: 'Mayotte (976)', kind: 'DEPARTEMENT' });
    expect(list).toContainEqual({ code: 'reg:11', label: 'Île-de-France', kind: 'REGION' });
    expect(list.at(-1)).toEqual({ code: 'abroad', label: 'Hors de France', kind: 'ABROAD' });
  });

  it.each(ADDRESSES)('refuses %s as a deputy’s territory, saying why', async (address) => {
    expect(refusal(await t.gql(CREATE, { i: { fullName: 'Awa Konaté', gender: 'WOMAN', territory: address } }, admin))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'TERRITORY_NOT_LISTED',
    });
    const me = await aSignedInDeputy(t);
    expect(refusal(await t.gql(UPDATE, { i: { id: me.deputy.id, territory: address } }, me.token))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'TERRITORY_NOT_LISTED',
    });
    expect((await t.prisma.deputy.findUniqueOrThrow({ where: { id: me.deputy.id } })).territory).toBe('reg:11');
  });

  it.each(ADDRESSES)('refuses %s as a field report’s territory, saying why', async (address) => {
    const me = await aSignedInDeputy(t);
    const r = await t.gql(
      SUBMIT,
      { i: { title: 'Expulsions', body: 'Ce que nous entendons.', territory: address, theme: 'Logement' } },
      me.token,
    );
    expect(refusal(r)).toEqual({ code: 'BAD_USER_INPUT', reason: 'TERRITORY_NOT_LISTED' });
    expect(await t.prisma.fieldReport.count({ where: { authorId: me.deputy.id } })).toBe(0);
  });

  it('refuses a name or a number outside the list’s codes: only the codes are accepted', async () => {
    for (const territory of ['Seine-Saint-Denis', '93', 'dep:00', 'reg:93 ', 'DEP:93']) {
      expect(refusal(await t.gql(CREATE, { i: { fullName: 'Awa Konaté', gender: 'WOMAN', territory } }, admin))).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'TERRITORY_NOT_LISTED',
      });
    }
  });

  it('accepts a département, a région and outside France, stores the code and reads its label', async () => {
    const created = await t.gql(CREATE, { i: { fullName: 'Awa Konaté', gender: 'WOMAN', territory: 'dep:93' } }, admin);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createDeputy).toMatchObject({ territory: 'dep:93', territoryLabel: 'Seine-Saint-Denis (93)' });
    const me = await aSignedInDeputy(t);
    expect((await t.gql(UPDATE, { i: { id: me.deputy.id, territory: 'abroad' } }, me.token)).data!.updateDeputy).toEqual({
      territory: 'abroad',
      territoryLabel: 'Hors de France',
    });
    const report = await t.gql(
      SUBMIT,
      { i: { title: 'Campements', body: 'Ce que nous entendons.', territory: 'dep:62', theme: 'Logement' } },
      me.token,
    );
    expect(report.data!.submitFieldReport).toMatchObject({ territory: 'dep:62', territoryLabel: 'Pas-de-Calais (62)' });
    const filtered = await t.gql(`query($f: FieldReportFilter) { fieldReports(filter: $f) { id } }`, { f: { territory: 'dep:62' } }, admin);
    expect(filtered.data!.fieldReports).toEqual([{ id: report.data!.submitFieldReport.id }]);
    const summary = await t.gql(`{ fieldReportSummary { byTerritory { key label total } } }`, {}, admin);
    expect(summary.data!.fieldReportSummary.byTerritory).toContainEqual({ key: 'dep:62', label: 'Pas-de-Calais (62)', total: 1 });
  });

  it('migrates free-text values to codes by name (Paris, Seine-Saint-Denis (93), Calais, Marseille 13e, former régions) and anything else to null', async () => {
    const cases: Array<[string, string | null]> = [
      ['Paris', 'dep:75'],
      ['Seine-Saint-Denis (93)', 'dep:93'],
      ['Seine-Saint-Denis', 'dep:93'],
      ['Calais', 'dep:62'],
      ['Calais (62)', 'dep:62'],
      ['Pas-de-Calais', 'dep:62'],
      ['Île-de-France', 'reg:11'],
      ['ILE DE FRANCE', 'reg:11'],
      ["Provence-Alpes-Côte d'Azur", 'reg:93'],
      ['Marseille 13e', 'dep:13'],
      ['Nord-Pas-de-Calais', 'reg:32'],
      ['Hors de France', 'abroad'],
      ['reg:44', 'reg:44'],
      ['dep:2A', 'dep:2A'],
      ['12 rue des Lilas', null],
      ['Dunkerque 59140', null],
      ['Quelque part', null],
    ];
    const ids: string[] = [];
    for (let i = 0; i < cases.length; i++) ids.push((await aDeputy(t.prisma)).id);
    const pg = new Client({ connectionString: t.db!.url });
    await pg.connect();
    try {
      // The rows as they were before the migration: free text.
      for (const [i, [territory]] of cases.entries())
        await pg.query(`UPDATE "Deputy" SET territory = $1 WHERE id = $2`, [territory, ids[i]]);
      const sql = fs.readFileSync(
        path.join(__dirname, '../../../../prisma/migrations/20261203062000_territory_codes/migration.sql'),
        'utf8',
      );
      await pg.query(sql);
      const rows = (
        await pg.query<{ id: string; territory: string | null }>(`SELECT id, territory FROM "Deputy" WHERE id = ANY($1)`, [ids])
      ).rows;
      const byId = new Map(rows.map((r) => [r.id, r.territory]));
      expect(cases.map(([from], i) => [from, byId.get(ids[i])])).toEqual(cases);
    } finally {
      await pg.end();
    }
  });
});
