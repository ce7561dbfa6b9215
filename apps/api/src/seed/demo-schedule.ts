import { randomUUID } from 'node:crypto';
import { Prisma } from '../generated/prisma/client';
import { expandRecurrence, fromWallClock, parseRecurrence } from '../meetings/recurrence';

type Tx = Prisma.TransactionClient;

interface SeedGroup {
  id: string;
  name: string;
  theme: string;
  memberIds: string[];
}

const DAYS = ['TU', 'WE', 'TH', 'TU', 'WE'];
const HOURS = [18, 18, 10, 14, 18];
// Groups first meet about four weeks into the term, in alternate weeks, on their own weekday.
const FIRST_WEEK = [0, 0, 0, 1, 1];
const WEEKDAY_INDEX: Record<string, number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };

/** The date (YYYY-MM-DD) of the group's first meeting: the first of its weekdays from four weeks into the term. */
function firstMeetingDay(termStartsOn: Date, gi: number): string {
  const day = new Date(termStartsOn.getTime() + (27 + 7 * FIRST_WEEK[gi]) * 86400_000);
  while (day.getUTCDay() !== WEEKDAY_INDEX[DAYS[gi]]) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

// Field reports heard in the territories, one per status at least (title, theme index, territory).
const REPORTS: Array<{
  title: string;
  body: string;
  group: number;
  territory: string;
  status: 'SUBMITTED' | 'TRIAGED' | 'ON_AGENDA' | 'ADDRESSED' | 'CLOSED';
}> = [
  {
    title: 'Familles remises à la rue après la trêve hivernale',
    body: 'Plusieurs familles hébergées en hôtel social ont été remises à la rue sans proposition.',
    group: 0,
    territory: 'reg:32',
    status: 'ADDRESSED',
  },
  {
    title: "Refus de soins faute d'interprète à l'hôpital",
    body: "Des patientes renoncent aux consultations faute d'interprétariat professionnel.",
    group: 1,
    territory: 'reg:11',
    status: 'ADDRESSED',
  },
  {
    title: "Diplômes d'infirmière non reconnus",
    body: "Des soignantes diplômées attendent plus d'un an une équivalence.",
    group: 2,
    territory: 'reg:44',
    status: 'ON_AGENDA',
  },
  {
    title: 'Rendez-vous en préfecture impossibles à obtenir en ligne',
    body: 'Les créneaux en ligne sont pris en quelques minutes ; des intermédiaires les revendent.',
    group: 3,
    territory: 'reg:93',
    status: 'ON_AGENDA',
  },
  {
    title: 'Manque de places en hébergement pour femmes seules',
    body: 'Les femmes seules avec enfants attendent des semaines au 115.',
    group: 4,
    territory: 'reg:28',
    status: 'TRIAGED',
  },
  {
    title: 'Délais de renouvellement des récépissés',
    body: "Des ruptures de droits (travail, CAF) pendant l'attente du renouvellement.",
    group: 3,
    territory: 'reg:27',
    status: 'TRIAGED',
  },
  {
    title: 'Cours de français trop éloignés en zone rurale',
    body: 'Sans transport, les cours de français langue étrangère sont inaccessibles.',
    group: 2,
    territory: 'reg:24',
    status: 'SUBMITTED',
  },
  {
    title: 'Accès à la santé mentale pour les mineurs isolés',
    body: "Peu de consultations spécialisées, et des listes d'attente de plusieurs mois.",
    group: 1,
    territory: 'reg:76',
    status: 'SUBMITTED',
  },
  {
    title: 'Signalement déjà traité par le groupe logement',
    body: "Doublon d'une remontée précédente sur les expulsions.",
    group: 0,
    territory: 'reg:53',
    status: 'CLOSED',
  },
  {
    title: 'Question hors du champ du parlement',
    body: "Demande individuelle réorientée vers une association d'accès au droit.",
    group: 4,
    territory: 'reg:84',
    status: 'CLOSED',
  },
];

/**
 * The demo's working life: each group meets every two weeks over the term (a real series, past
 * meetings ended with minutes, attendance and some decisions), and field reports in every status.
 */
export async function seedDemoSchedule(
  tx: Tx,
  o: {
    termId: string;
    termStartsOn: Date;
    termEndsOn: Date;
    groups: SeedGroup[];
    coordinatorIds: string[];
    deputyUserIds: Map<string, string>;
    deputyTerritories: Map<string, string>;
    now?: Date;
  },
) {
  const now = o.now ?? new Date();
  const until = o.termEndsOn.toISOString().slice(0, 10).replace(/-/g, '');
  const meetingsByGroup = new Map<string, Array<{ id: string; startsAt: Date; ended: boolean; itemIds: string[] }>>();
  for (const [gi, group] of o.groups.entries()) {
    const timeZone = 'Europe/Paris';
    const parsed = parseRecurrence(`FREQ=WEEKLY;INTERVAL=2;BYDAY=${DAYS[gi]};UNTIL=${until}`);
    const startsAt = fromWallClock(
      new Date(`${firstMeetingDay(o.termStartsOn, gi)}T${String(HOURS[gi]).padStart(2, '0')}:00:00Z`),
      timeZone,
    );
    const occurrences = expandRecurrence(parsed, { startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3600_000) }, timeZone);
    const series = await tx.meetingSeries.create({ data: { groupId: group.id, rrule: parsed.rule, timeZone } });
    const rows = occurrences.map((occ, i) => {
      const ended = occ.endsAt < now;
      return {
        id: randomUUID(),
        groupId: group.id,
        title: `Réunion du groupe ${group.name} n°${i + 1}`,
        description: `Réunion bimensuelle du groupe ${group.name} (${group.theme}).`,
        startsAt: occ.startsAt,
        endsAt: occ.endsAt,
        timeZone,
        place: gi % 2 ? null : 'Maison des associations, salle 2',
        onlineUrl: `https://visio.tribune.example/${group.name
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase()
          .replace(/[^a-z]+/g, '-')}`,
        status: ended ? ('ENDED' as const) : ('SCHEDULED' as const),
        startedAt: ended ? occ.startsAt : null,
        endedAt: ended ? occ.endsAt : null,
        minutes: ended ? `Compte rendu de la réunion n°${i + 1} : tour de table des territoires, point thématique, suites à donner.` : '',
        seriesId: series.id,
        createdById: o.coordinatorIds[gi % o.coordinatorIds.length],
      };
    });
    await tx.meeting.createMany({ data: rows });
    const items = rows.flatMap((m) =>
      ['Tour de table des territoires', `Point thématique : ${group.theme}`, 'Suites à donner et prochaines échéances'].map((title, p) => ({
        id: randomUUID(),
        meetingId: m.id,
        position: p + 1,
        title,
        durationMinutes: [20, 60, 20][p],
      })),
    );
    await tx.agendaItem.createMany({ data: items });
    const past = rows.filter((m) => m.status === 'ENDED');
    await tx.minutesVersion.createMany({
      data: past.map((m) => ({ meetingId: m.id, version: 1, body: m.minutes, createdById: m.createdById })),
    });
    await tx.attendance.createMany({
      data: past.flatMap((m, i) =>
        group.memberIds.map((deputyId, k) => {
          const absent = (i + k) % 5 === 0;
          return {
            meetingId: m.id,
            deputyId,
            response: absent ? ('NO' as const) : ('YES' as const),
            respondedAt: new Date(m.startsAt.getTime() - 3 * 86400_000),
            present: !absent,
          };
        }),
      ),
    });
    // Every third past meeting took a decision on its thematic point, with an action item.
    const decisions = past
      .filter((_, i) => i % 3 === 2)
      .map((m, i) => {
        const members = group.memberIds.length;
        return {
          id: randomUUID(),
          meetingId: m.id,
          agendaItemId: items.find((it) => it.meetingId === m.id && it.position === 2)!.id,
          text: `Le groupe ${group.name} adopte la recommandation n°${i + 1} et la transmet à la plénière.`,
          votesFor: members - 1,
          votesAgainst: 0,
          votesAbstain: 1,
        };
      });
    await tx.decision.createMany({ data: decisions });
    await tx.actionItem.createMany({
      data: decisions.map((d, i) => ({
        meetingId: d.meetingId,
        decisionId: d.id,
        assigneeId: group.memberIds[i % group.memberIds.length],
        title: 'Rédiger la note de recommandation pour la plénière',
        dueOn: new Date(past.find((m) => m.id === d.meetingId)!.startsAt.getTime() + 14 * 86400_000),
        status: i % 4 === 3 ? ('IN_PROGRESS' as const) : ('DONE' as const),
      })),
    });
    meetingsByGroup.set(
      group.id,
      rows.map((m) => ({
        id: m.id,
        startsAt: m.startsAt,
        ended: m.status === 'ENDED',
        itemIds: items.filter((it) => it.meetingId === m.id).map((it) => it.id),
      })),
    );
  }

  const coordinatorOf = (gi: number) => o.coordinatorIds[gi % o.coordinatorIds.length];
  for (const [ri, r] of REPORTS.entries()) {
    const group = o.groups[r.group];
    const authorId = group.memberIds[ri % group.memberIds.length];
    const authorUserId = o.deputyUserIds.get(authorId)!;
    const meetings = meetingsByGroup.get(group.id)!;
    const report = await tx.fieldReport.create({
      data: {
        authorId,
        termId: o.termId,
        territory: o.deputyTerritories.get(authorId) ?? r.territory,
        theme: group.theme,
        title: r.title,
        body: r.body,
        anonymisedTestimony: ri % 2 === 0,
        status: r.status,
        routedGroupId: r.status === 'SUBMITTED' || (r.status === 'CLOSED' && ri % 2) ? null : group.id,
      },
    });
    const events: Array<{
      fromStatus: 'SUBMITTED' | 'TRIAGED' | 'ON_AGENDA' | null;
      toStatus: 'SUBMITTED' | 'TRIAGED' | 'ON_AGENDA' | 'ADDRESSED' | 'CLOSED';
      byUserId: string;
      note?: string;
    }> = [{ fromStatus: null, toStatus: 'SUBMITTED', byUserId: authorUserId }];
    if (r.status !== 'SUBMITTED' && !(r.status === 'CLOSED' && ri % 2))
      events.push({ fromStatus: 'SUBMITTED', toStatus: 'TRIAGED', byUserId: coordinatorOf(r.group) });
    if (r.status === 'ON_AGENDA' || r.status === 'ADDRESSED') {
      const target = r.status === 'ADDRESSED' ? meetings.filter((m) => m.ended).at(-2)! : meetings.find((m) => !m.ended)!;
      const item = await tx.agendaItem.create({
        data: { meetingId: target.id, position: 4, title: r.title, durationMinutes: 20, fieldReportId: report.id },
      });
      events.push({ fromStatus: 'TRIAGED', toStatus: 'ON_AGENDA', byUserId: coordinatorOf(r.group) });
      if (r.status === 'ADDRESSED') {
        const decision = await tx.decision.create({
          data: {
            meetingId: target.id,
            agendaItemId: item.id,
            text: `Saisir les autorités compétentes au sujet de : ${r.title.toLowerCase()}.`,
            votesFor: group.memberIds.length,
            votesAgainst: 0,
            votesAbstain: 0,
          },
        });
        await tx.fieldReport.update({ where: { id: report.id }, data: { decisionId: decision.id } });
        events.push({ fromStatus: 'ON_AGENDA', toStatus: 'ADDRESSED', byUserId: coordinatorOf(r.group) });
      }
    }
    if (r.status === 'CLOSED')
      events.push({
        fromStatus: ri % 2 ? 'SUBMITTED' : 'TRIAGED',
        toStatus: 'CLOSED',
        byUserId: coordinatorOf(r.group),
        note: 'Clôturée après examen',
      });
    await tx.fieldReportEvent.createMany({ data: events.map((e) => ({ reportId: report.id, ...e, note: e.note ?? null })) });
  }
}
