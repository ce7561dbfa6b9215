import { PrismaClient } from '../generated/prisma/client';
import { AuthService } from '../auth/auth.service';
import { newCalendarToken } from '../users/users.service';
import { seedDemoSchedule } from './demo-schedule';

export const DEMO_PASSWORD = 'tribune-demo-2026';
export const DEMO_LOGINS = {
  admin: 'admin@tribune.example',
  coordinators: ['coordination.sociale@tribune.example', 'coordination.droits@tribune.example'],
  deputy: 'amina.haidari@tribune.example',
};

type G = 'WOMAN' | 'MAN';
// A realistic assembly: 15 deputies from many exiles, 8 women, across French regions.
const DEPUTIES: Array<[string, G, string, string[], string[]]> = [
  ['Amina Haidari', 'WOMAN', 'dep:93', ['fa', 'fr', 'en'], ['santé communautaire', 'interprétariat']],
  ['Yonas Tesfamariam', 'MAN', 'reg:84', ['ti', 'ar', 'fr'], ['logement', 'médiation']],
  ['Hawa Camara', 'WOMAN', 'dep:62', ['fr', 'ff', 'sus'], ['droits des femmes', 'accompagnement juridique']],
  ['Olena Kovalenko', 'WOMAN', 'reg:44', ['uk', 'ru', 'fr', 'en'], ['formation', 'emploi']],
  ['Mohammed Al-Khatib', 'MAN', 'reg:93', ['ar', 'fr', 'en'], ['démarches administratives']],
  ['Nasrin Ahmadi', 'WOMAN', 'reg:76', ['fa', 'ps', 'fr'], ['éducation', 'enfance']],
  ['Jean-Paul Mukendi', 'MAN', 'reg:75', ['fr', 'ln', 'sw'], ['travail', 'syndicalisme']],
  ['Fatouma Diallo', 'WOMAN', 'reg:52', ['fr', 'ff', 'en'], ['santé', 'prévention']],
  ['Samir Haddad', 'MAN', 'reg:53', ['ar', 'fr'], ['logement', "hébergement d'urgence"]],
  ['Leyla Yilmaz', 'WOMAN', 'reg:28', ['ku', 'tr', 'fr'], ['droits des femmes', 'santé mentale']],
  ['Abdullahi Farah', 'MAN', 'reg:24', ['so', 'ar', 'fr', 'en'], ['emploi', 'formation professionnelle']],
  ['Mariam Osman', 'WOMAN', 'reg:27', ['ar', 'fr'], ['démarches administratives', 'accès aux droits']],
  ['Tenzin Dorje', 'MAN', 'dep:75', ['bo', 'en', 'fr'], ['culture', 'médiation']],
  ['Rokia Traoré', 'WOMAN', 'reg:84', ['bm', 'fr'], ['santé', 'droits des femmes']],
  ['Karim Benali', 'MAN', 'reg:76', ['ar', 'fr', 'es'], ['travail', 'logement']],
];

const GROUPS: Array<{ name: string; theme: string; description: string; coordinator: 0 | 1; members: number[] }> = [
  {
    name: 'Logement',
    theme: 'Logement et hébergement',
    description: "Accès au logement, hébergement d'urgence, expulsions, habitat indigne.",
    coordinator: 0,
    members: [1, 8, 14, 5, 12],
  },
  {
    name: 'Santé',
    theme: 'Santé et accès aux soins',
    description: 'AME, PASS, santé mentale, interprétariat médical.',
    coordinator: 0,
    members: [0, 7, 13, 9, 10],
  },
  {
    name: 'Travail et formation',
    theme: 'Emploi, formation et reconnaissance des diplômes',
    description: 'Autorisations de travail, formation, reconnaissance des qualifications.',
    coordinator: 0,
    members: [3, 6, 10, 14, 12],
  },
  {
    name: 'Démarches administratives',
    theme: 'Préfectures et accès aux droits',
    description: 'Rendez-vous en préfecture, dématérialisation, délais, accès aux droits sociaux.',
    coordinator: 1,
    members: [4, 11, 1, 6, 0],
  },
  {
    name: 'Droits des femmes',
    theme: 'Droits des femmes exilées',
    description: "Violences, accès aux droits, santé des femmes, parcours d'exil.",
    coordinator: 1,
    members: [2, 9, 13, 5, 11, 3],
  },
];

/**
 * The demo term is placed around today (it began on the 8th of the month eleven months ago and lasts
 * two years), so a demo seeded on any day has a past to look back on and a year of meetings ahead.
 */
export function demoTermDates(now = new Date()): { name: string; startsOn: Date; endsOn: Date } {
  const startsOn = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 8));
  const endsOn = new Date(Date.UTC(startsOn.getUTCFullYear() + 2, startsOn.getUTCMonth(), 7));
  return { name: `Mandature ${startsOn.getUTCFullYear()}-${endsOn.getUTCFullYear()}`, startsOn, endsOn };
}

const daysAfter = (date: Date, days: number) => new Date(date.getTime() + days * 86400_000);

const emailOf = (fullName: string) =>
  fullName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '') + '@tribune.example';

/** Seeds the demo assembly once (when no term exists yet). Returns whether it seeded. */
export async function seedDemoAssembly(prisma: PrismaClient, now = new Date()): Promise<boolean> {
  if ((await prisma.term.count()) > 0) return false;
  const passwordHash = await AuthService.hashPassword(DEMO_PASSWORD);
  await prisma.$transaction(
    async (tx) => {
      const account = (email: string, displayName: string, role: 'ADMIN' | 'COORDINATOR' | 'DEPUTY') =>
        tx.user.create({ data: { email, displayName, role, passwordHash, calendarToken: newCalendarToken() } });
      const admin = await account(DEMO_LOGINS.admin, 'Claire Martin (administration)', 'ADMIN');
      const coordinators = [
        await account(DEMO_LOGINS.coordinators[0], 'Sophie Laurent (coordination sociale)', 'COORDINATOR'),
        await account(DEMO_LOGINS.coordinators[1], 'Idriss Ndiaye (coordination droits)', 'COORDINATOR'),
      ];
      const { name, startsOn, endsOn } = demoTermDates(now);
      const term = await tx.term.create({
        data: {
          name,
          startsOn,
          endsOn,
          seatCount: 15,
          minimumWomen: 8,
          seats: { createMany: { data: Array.from({ length: 15 }, (_, i) => ({ number: i + 1 })) } },
        },
        include: { seats: { orderBy: { number: 'asc' } } },
      });
      const deputies: Array<{ id: string }> = [];
      const deputyUserIds = new Map<string, string>();
      const deputyTerritories = new Map<string, string>();
      for (const [i, [fullName, gender, territory, languages, skills]] of DEPUTIES.entries()) {
        const user = await account(emailOf(fullName), fullName, 'DEPUTY');
        const deputy = await tx.deputy.create({
          data: {
            fullName,
            gender,
            territory,
            languages,
            skills,
            userId: user.id,
            eligibilityAttestedOn: daysAfter(startsOn, -54),
            bio: null,
          },
        });
        const seat = term.seats[i];
        await tx.mandate.create({ data: { seatId: seat.id, deputyId: deputy.id, startsOn, openSeatId: seat.id, openDeputyId: deputy.id } });
        deputies.push(deputy);
        deputyUserIds.set(deputy.id, user.id);
        deputyTerritories.set(deputy.id, territory);
      }
      const seededGroups: Array<{ id: string; name: string; theme: string; memberIds: string[] }> = [];
      for (const g of GROUPS) {
        const created = await tx.workingGroup.create({
          data: {
            termId: term.id,
            name: g.name,
            theme: g.theme,
            description: g.description,
            coordinators: { create: { userId: coordinators[g.coordinator].id } },
            memberships: {
              createMany: {
                data: g.members.map((d, i) => ({
                  deputyId: deputies[d].id,
                  role: i === 0 ? 'LEAD' : i === 1 ? 'RAPPORTEUR' : 'MEMBER',
                  startsOn: daysAfter(startsOn, 24),
                  openGroupId: undefined,
                })),
              },
            },
          },
        });
        await tx.groupMembership.updateMany({ where: { groupId: created.id }, data: { openGroupId: created.id } });
        seededGroups.push({ id: created.id, name: g.name, theme: g.theme, memberIds: g.members.map((d) => deputies[d].id) });
      }
      await seedDemoSchedule(tx, {
        termId: term.id,
        termStartsOn: term.startsOn,
        termEndsOn: term.endsOn,
        now,
        groups: seededGroups,
        coordinatorIds: coordinators.map((c) => c.id),
        deputyUserIds,
        deputyTerritories,
      });
      await tx.auditLog.create({
        data: {
          actorId: admin.id,
          action: 'seed.demo',
          entityType: 'Term',
          entityId: term.id,
          data: { deputies: deputies.length, groups: GROUPS.length },
        },
      });
    },
    { timeout: 60_000 },
  );
  return true;
}

/** TRIBUNE_ADMIN_EMAIL / TRIBUNE_ADMIN_PASSWORD: created, or updated to ADMIN with that password. */
export async function ensureBootstrapAdmin(prisma: PrismaClient, email?: string, password?: string): Promise<boolean> {
  if (!email || !password) return false;
  const normalized = email.trim().toLowerCase();
  const passwordHash = await AuthService.hashPassword(password);
  await prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: normalized } });
    const user = existing
      ? await tx.user.update({
          where: { id: existing.id },
          data: { role: 'ADMIN', passwordHash, disabledAt: null, tokenVersion: { increment: 1 } },
        })
      : await tx.user.create({
          data: { email: normalized, displayName: 'Administrator', role: 'ADMIN', passwordHash, calendarToken: newCalendarToken() },
        });
    await tx.auditLog.create({
      data: {
        actorId: null,
        action: existing ? 'user.bootstrapAdmin.update' : 'user.bootstrapAdmin.create',
        entityType: 'User',
        entityId: user.id,
        data: { email: normalized },
      },
    });
  });
  return true;
}
