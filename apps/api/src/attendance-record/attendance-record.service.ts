import { Injectable } from '@nestjs/common';
import { attendanceIsFinal } from '@tribune/domain';
import { notFound } from '../common/app-error';
import { isoDay } from '../common/scalars';
import { localDay } from '../meetings/recurrence';
import { PrismaService } from '../prisma/prisma.service';
import { AttendanceCounts, DeputyAttendance } from './models/attendance-record.model';

export type AttendanceStatus = 'PRESENT' | 'EXCUSED' | 'ABSENT';

/** The languages the attendance CSV speaks (the web's): its headings and its overall line, in the reader's words. */
export const CSV_LANGUAGES = ['fr', 'en', 'ar'] as const;
export type CsvLanguage = (typeof CSV_LANGUAGES)[number];
const CSV_WORDS: Record<CsvLanguage, { headings: string[]; allGroups: string }> = {
  fr: {
    headings: ['Identifiant', 'Député·e', 'Groupe', 'Réunions', 'Présent·e', 'Excusé·e', 'Absent·e', 'Taux de présence'],
    allGroups: '(tous les groupes)',
  },
  en: {
    headings: ['Identifier', 'Deputy', 'Group', 'Meetings', 'Present', 'Excused', 'Absent', 'Attendance rate'],
    allGroups: '(all groups)',
  },
  ar: {
    headings: ['المعرّف', 'النائب/النائبة', 'المجموعة', 'الاجتماعات', 'حاضر/ة', 'معتذر/ة', 'غائب/ة', 'نسبة الحضور'],
    allGroups: '(كل المجموعات)',
  },
};

const empty = (): AttendanceCounts => ({ meetings: 0, present: 0, excused: 0, absent: 0, rate: 0 });
function add(c: AttendanceCounts, s: AttendanceStatus) {
  c.meetings++;
  if (s === 'PRESENT') c.present++;
  else if (s === 'EXCUSED') c.excused++;
  else c.absent++;
  c.rate = c.present / c.meetings;
}

/**
 * Attendance over the mandate: for every ended meeting of the term's groups whose attendance is final, each deputy who was
 * a member of the group on the meeting's day is present (joined the live session), excused (said
 * NO before the meeting started: the note is the excuse) or absent. Four queries, whatever the size.
 */
@Injectable()
export class AttendanceRecordService {
  constructor(private readonly prisma: PrismaService) {}

  async record(termId: string, groupId?: string | null): Promise<DeputyAttendance[]> {
    if (!(await this.prisma.term.findUnique({ where: { id: termId }, select: { id: true } }))) throw notFound('Term', termId);
    const groups = await this.prisma.workingGroup.findMany({
      where: { termId, ...(groupId ? { id: groupId } : {}) },
      select: { id: true, name: true },
    });
    const groupIds = groups.map((g) => g.id);
    const [meetings, memberships] = await Promise.all([
      this.prisma.meeting.findMany({
        where: { groupId: { in: groupIds }, status: 'ENDED' },
        select: {
          id: true,
          groupId: true,
          timeZone: true,
          status: true,
          startsAt: true,
          startedAt: true,
          endedAt: true,
          attendances: true,
        },
      }),
      this.prisma.groupMembership.findMany({ where: { groupId: { in: groupIds } }, include: { deputy: { select: { fullName: true } } } }),
    ]);
    const groupName = new Map(groups.map((g) => [g.id, g.name]));
    const rows = new Map<string, DeputyAttendance>();
    // Only meetings that really took place count (attendanceIsFinal): one opened and closed by
    // mistake records no absence.
    for (const m of meetings.filter(attendanceIsFinal)) {
      // The meeting's day on its own clock (a Paris meeting at 00:30 on the 1st is not on the 31st), as the term check reads it.
      const day = isoDay(localDay(m.startsAt, m.timeZone));
      const byDeputy = new Map(m.attendances.map((a) => [a.deputyId, a]));
      const counted = new Set<string>();
      for (const ms of memberships) {
        if (ms.groupId !== m.groupId || counted.has(ms.deputyId)) continue;
        if (isoDay(ms.startsOn) > day || (ms.endsOn && isoDay(ms.endsOn) < day)) continue;
        counted.add(ms.deputyId);
        const a = byDeputy.get(ms.deputyId);
        const status: AttendanceStatus =
          a?.present || a?.joinedAt
            ? 'PRESENT'
            : a?.response === 'NO' && a.respondedAt && a.respondedAt < m.startsAt
              ? 'EXCUSED'
              : 'ABSENT';
        let row = rows.get(ms.deputyId);
        if (!row) rows.set(ms.deputyId, (row = { deputyId: ms.deputyId, fullName: ms.deputy.fullName, ...empty(), byGroup: [] }));
        add(row, status);
        let g = row.byGroup.find((x) => x.groupId === m.groupId);
        if (!g) row.byGroup.push((g = { groupId: m.groupId, groupName: groupName.get(m.groupId)!, ...empty() }));
        add(g, status);
      }
    }
    // Members who had no ended meeting yet still appear, with zeros.
    for (const ms of memberships)
      if (!rows.has(ms.deputyId)) rows.set(ms.deputyId, { deputyId: ms.deputyId, fullName: ms.deputy.fullName, ...empty(), byGroup: [] });
    return [...rows.values()].sort((a, b) => a.fullName.localeCompare(b.fullName) || a.deputyId.localeCompare(b.deputyId));
  }

  /**
   * The same as CSV, one line per deputy and group plus an overall line per deputy, made for the
   * spreadsheet administrators open it in (Excel in French): UTF-8 with a byte order mark (without
   * it accents come out garbled), cells separated by `;` and decimal commas (a French Excel puts a
   * comma-separated file in one column and reads 0.500 as text), quoted as RFC 4180 says. A deputy
   * without meetings has no rate (an empty cell), not 0.
   */
  async csv(termId: string, lang: CsvLanguage = 'fr'): Promise<string> {
    const rows = await this.record(termId);
    const cell = (v: string | number) => {
      const s = String(v);
      // Quote, and neutralise spreadsheet formulas.
      const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
      return /[";\n\r]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
    };
    const words = CSV_WORDS[lang];
    const lines = [words.headings.map(cell).join(';')];
    for (const r of rows) {
      const line = (group: string, c: AttendanceCounts) =>
        [r.deputyId, r.fullName, group, c.meetings, c.present, c.excused, c.absent, c.meetings ? c.rate.toFixed(3).replace('.', ',') : '']
          .map(cell)
          .join(';');
      lines.push(line(words.allGroups, r));
      for (const g of r.byGroup) lines.push(line(g.groupName, g));
    }
    return '\uFEFF' + lines.join('\r\n') + '\r\n';
  }
}
