import type { FieldReportStatusPayload, MeetingRef, NotificationKind, NotificationPayloads } from '@tribune/domain';

/** The languages notices are written in; anything else reads French (the assembly's language). */
export const NOTICE_LOCALES = ['fr', 'en', 'ar'] as const;
export type NoticeLocale = (typeof NOTICE_LOCALES)[number];
export const noticeLocale = (locale: string | null | undefined): NoticeLocale =>
  (NOTICE_LOCALES as readonly string[]).includes(locale ?? '') ? (locale as NoticeLocale) : 'fr';

/** A notice as a person reads it, in the app and in a mail: a title, a few lines, and where it leads in the web app. */
export interface RenderedNotice {
  title: string;
  lines: string[];
  /** Path of the web app (`/meetings/<id>`); mails prefix it with PUBLIC_URL. */
  path: string;
}

export interface RenderOptions {
  locale: string | null | undefined;
  /** The recipient's IANA time zone: every time is written on their clock. */
  timeZone: string;
}

type Phrase = Record<NoticeLocale, string>;

/** Every sentence of every notice, per language; `{name}` is filled in by `fill`. */
const T = {
  scheduled: { fr: 'Nouvelle réunion : {title}', en: 'New meeting: {title}', ar: 'اجتماع جديد: {title}' },
  rescheduled: { fr: 'Réunion déplacée : {title}', en: 'Meeting moved: {title}', ar: 'تغيّر موعد الاجتماع: {title}' },
  before: { fr: 'Avant : {when}', en: 'Before: {when}', ar: 'الموعد السابق: {when}' },
  now: { fr: 'Désormais : {when}', en: 'Now: {when}', ar: 'الموعد الجديد: {when}' },
  cancelled: { fr: 'Réunion annulée : {title}', en: 'Meeting cancelled: {title}', ar: 'أُلغي الاجتماع: {title}' },
  reason: { fr: 'Motif : {reason}', en: 'Reason: {reason}', ar: 'السبب: {reason}' },
  reminder: { fr: 'Rappel : {title}', en: 'Reminder: {title}', ar: 'تذكير: {title}' },
  startsIn: { fr: 'Commence {in}', en: 'Starts {in}', ar: 'يبدأ {in}' },
  started: { fr: 'En direct : {title}', en: 'Live now: {title}', ar: 'مباشر الآن: {title}' },
  join: { fr: 'La séance a commencé : rejoignez-la.', en: 'The session has started: join it.', ar: 'بدأت الجلسة: انضمّ إليها.' },
  voteOpened: { fr: 'Vote ouvert : {question}', en: 'Vote open: {question}', ar: 'تصويت مفتوح: {question}' },
  proxy: {
    fr: 'Vous votez aussi pour {name} (procuration).',
    en: 'You also vote for {name} (proxy).',
    ar: 'تصوّت أيضًا نيابةً عن {name} (توكيل).',
  },
  pollOpened: { fr: 'Sondage de date : {title}', en: 'Date poll: {title}', ar: 'استطلاع موعد: {title}' },
  pollAsk: { fr: 'Indiquez vos disponibilités.', en: 'Say when you are available.', ar: 'حدّد الأوقات التي تناسبك.' },
  pollClosing: { fr: 'Le sondage se termine bientôt : {title}', en: 'Poll closing soon: {title}', ar: 'يُغلق الاستطلاع قريبًا: {title}' },
  closes: { fr: 'Clôture : {when}', en: 'Closes: {when}', ar: 'يُغلق: {when}' },
  speakerNext: { fr: 'Vous parlez bientôt', en: 'You speak next', ar: 'دورك في الكلام قريبًا' },
  item: { fr: 'Point : {title}', en: 'Item: {title}', ar: 'البند: {title}' },
  actionAssigned: { fr: 'Action confiée : {title}', en: 'Action assigned to you: {title}', ar: 'مهمة مسندة إليك: {title}' },
  actionDue: { fr: 'Échéance demain : {title}', en: 'Due tomorrow: {title}', ar: 'موعدها غدًا: {title}' },
  actionOverdue: { fr: 'Action en retard : {title}', en: 'Overdue: {title}', ar: 'مهمة متأخرة: {title}' },
  dueOn: { fr: 'Échéance : {date}', en: 'Due: {date}', ar: 'الموعد النهائي: {date}' },
  reportTriaged: {
    fr: 'Votre remontée est transmise à {group}',
    en: 'Your report was routed to {group}',
    ar: 'أُحيل تقريرك الميداني إلى {group}',
  },
  reportOnAgenda: {
    fr: "Votre remontée est à l'ordre du jour",
    en: 'Your report is on the agenda',
    ar: 'تقريرك الميداني على جدول الأعمال',
  },
  reportAddressed: { fr: 'Votre remontée a reçu une réponse', en: 'Your report was addressed', ar: 'عولج تقريرك الميداني' },
  reportClosed: { fr: 'Votre remontée est close', en: 'Your report was closed', ar: 'أُغلق تقريرك الميداني' },
  decision: { fr: 'Décision : {text}', en: 'Decision: {text}', ar: 'القرار: {text}' },
  explanation: { fr: 'Explication : {text}', en: 'Explanation: {text}', ar: 'التوضيح: {text}' },
  meetingAt: { fr: '{title}, {when}', en: '{title}, {when}', ar: '{title}، {when}' },
  mentioned: { fr: '{author} vous a mentionné·e', en: '{author} mentioned you', ar: 'أشار إليك {author}' },
  minutes: { fr: 'Compte rendu publié : {title}', en: 'Minutes published: {title}', ar: 'نُشر محضر الاجتماع: {title}' },
  version: { fr: 'Version {n}', en: 'Version {n}', ar: 'النسخة {n}' },
  seatAssigned: { fr: 'Le siège {n} vous est attribué', en: 'You now hold seat {n}', ar: 'أُسند إليك المقعد {n}' },
  seatEnded: { fr: 'Votre mandat (siège {n}) prend fin', en: 'Your mandate (seat {n}) ends', ar: 'تنتهي ولايتك (المقعد {n})' },
  since: { fr: 'À partir du {date}', en: 'From {date}', ar: 'اعتبارًا من {date}' },
  until: { fr: 'Le {date}', en: 'On {date}', ar: 'في {date}' },
} satisfies Record<string, Phrase>;

const fill = (phrase: Phrase, locale: NoticeLocale, values: object = {}) =>
  phrase[locale].replace(/\{(\w+)\}/g, (_, name: string) => String((values as Record<string, unknown>)[name] ?? ''));

/** An instant on the recipient's clock, in their language, with the zone's short name (so "18:00 CET" is never ambiguous). */
export function formatInstant(iso: string, locale: NoticeLocale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** A calendar day (YYYY-MM-DD, no time zone: a due date, a mandate's start). */
export function formatDay(day: string, locale: NoticeLocale): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day.slice(0, 10)}T12:00:00Z`),
  );
}

/** "in 24 hours", "tomorrow", "in 15 minutes" in the recipient's language. */
function inMinutes(minutes: number, locale: NoticeLocale): string {
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (minutes % 1440 === 0) return relative.format(minutes / 1440, 'day');
  if (minutes % 60 === 0) return relative.format(minutes / 60, 'hour');
  return relative.format(minutes, 'minute');
}

const meetingPath = (m: MeetingRef) => `/meetings/${m.meetingId}`;
const livePath = (m: MeetingRef) => `/meetings/${m.meetingId}/live`;

type Renderers = { [K in NotificationKind]: (payload: NotificationPayloads[K], locale: NoticeLocale, timeZone: string) => RenderedNotice };

const RENDER: Renderers = {
  MEETING_SCHEDULED: (p, l, tz) => ({
    title: fill(T.scheduled, l, p),
    lines: [p.groupName, formatInstant(p.startsAt, l, tz)],
    path: meetingPath(p),
  }),
  MEETING_RESCHEDULED: (p, l, tz) => ({
    title: fill(T.rescheduled, l, p),
    lines: [
      p.groupName,
      fill(T.before, l, { when: formatInstant(p.previousStartsAt, l, tz) }),
      fill(T.now, l, { when: formatInstant(p.startsAt, l, tz) }),
    ],
    path: meetingPath(p),
  }),
  MEETING_CANCELLED: (p, l, tz) => ({
    title: fill(T.cancelled, l, p),
    lines: [p.groupName, formatInstant(p.startsAt, l, tz), ...(p.reason ? [fill(T.reason, l, { reason: p.reason })] : [])],
    path: meetingPath(p),
  }),
  MEETING_REMINDER: (p, l, tz) => ({
    title: fill(T.reminder, l, p),
    lines: [fill(T.startsIn, l, { in: inMinutes(p.minutesBefore, l) }), formatInstant(p.startsAt, l, tz), p.groupName],
    path: meetingPath(p),
  }),
  MEETING_STARTED: (p, l) => ({ title: fill(T.started, l, p), lines: [p.groupName, fill(T.join, l)], path: livePath(p) }),
  VOTE_OPENED: (p, l) => ({
    title: fill(T.voteOpened, l, p),
    lines: [p.title, ...(p.asProxyFor ? [fill(T.proxy, l, { name: p.asProxyFor })] : [])],
    path: livePath(p),
  }),
  TIME_POLL_OPENED: (p, l) => ({
    title: fill(T.pollOpened, l, p),
    lines: [p.groupName, fill(T.pollAsk, l)],
    path: `/groups/${p.groupId}/time-polls/${p.pollId}`,
  }),
  TIME_POLL_CLOSING: (p, l, tz) => ({
    title: fill(T.pollClosing, l, p),
    lines: [p.groupName, fill(T.closes, l, { when: formatInstant(p.closesAt, l, tz) })],
    path: `/groups/${p.groupId}/time-polls/${p.pollId}`,
  }),
  SPEAKER_NEXT: (p, l) => ({
    title: fill(T.speakerNext, l),
    lines: [p.title, fill(T.item, l, { title: p.agendaItemTitle })],
    path: livePath(p),
  }),
  ACTION_ASSIGNED: (p, l) => ({
    title: fill(T.actionAssigned, l, p),
    lines: [p.meeting.title, ...(p.dueOn ? [fill(T.dueOn, l, { date: formatDay(p.dueOn, l) })] : [])],
    path: meetingPath(p.meeting),
  }),
  ACTION_DUE: (p, l) => ({
    title: fill(T.actionDue, l, p),
    lines: [p.meeting.title, fill(T.dueOn, l, { date: formatDay(p.dueOn, l) })],
    path: meetingPath(p.meeting),
  }),
  ACTION_OVERDUE: (p, l) => ({
    title: fill(T.actionOverdue, l, p),
    lines: [p.meeting.title, fill(T.dueOn, l, { date: formatDay(p.dueOn, l) })],
    path: meetingPath(p.meeting),
  }),
  FIELD_REPORT_STATUS: (p, l, tz) => renderReport(p, l, tz),
  MENTIONED: (p, l) => ({
    title: fill(T.mentioned, l, { author: p.authorName }),
    lines: [p.groupName, p.excerpt],
    path: `/groups/${p.groupId}`,
  }),
  MINUTES_PUBLISHED: (p, l) => ({
    title: fill(T.minutes, l, p),
    lines: [p.groupName, fill(T.version, l, { n: p.version })],
    path: meetingPath(p),
  }),
  MANDATE_CHANGED: (p, l) =>
    p.change === 'ASSIGNED'
      ? {
          title: fill(T.seatAssigned, l, { n: p.seatNumber }),
          lines: [p.termName, fill(T.since, l, { date: formatDay(p.startsOn, l) })],
          path: '/term',
        }
      : {
          title: fill(T.seatEnded, l, { n: p.seatNumber }),
          lines: [p.termName, ...(p.endsOn ? [fill(T.until, l, { date: formatDay(p.endsOn, l) })] : [])],
          path: '/term',
        },
};

function renderReport(p: FieldReportStatusPayload, l: NoticeLocale, tz: string): RenderedNotice {
  const meeting = p.meeting ? [fill(T.meetingAt, l, { title: p.meeting.title, when: formatInstant(p.meeting.startsAt, l, tz) })] : [];
  const path = `/reports/${p.reportId}`;
  switch (p.status) {
    case 'TRIAGED':
      return { title: fill(T.reportTriaged, l, { group: p.groupName ?? '' }), lines: [p.reportTitle], path };
    case 'ON_AGENDA':
      return { title: fill(T.reportOnAgenda, l), lines: [p.reportTitle, ...meeting], path };
    case 'ADDRESSED':
      return {
        title: fill(T.reportAddressed, l),
        lines: [p.reportTitle, ...(p.decisionText ? [fill(T.decision, l, { text: p.decisionText })] : []), ...meeting],
        path,
      };
    case 'CLOSED':
      return {
        title: fill(T.reportClosed, l),
        lines: [p.reportTitle, ...(p.note ? [fill(T.explanation, l, { text: p.note })] : [])],
        path,
      };
  }
}

/** A notice in the recipient's language, times on their clock: the one rendering the app, the socket and the mails use. */
export function renderNotification<K extends NotificationKind>(
  kind: K,
  payload: NotificationPayloads[K],
  options: RenderOptions,
): RenderedNotice {
  const render = RENDER[kind] as (p: NotificationPayloads[K], l: NoticeLocale, tz: string) => RenderedNotice;
  return render(payload, noticeLocale(options.locale), options.timeZone);
}
