import { randomBytes } from 'node:crypto';
import { api, DEMO_PASSWORD, login } from './api';

/**
 * What a spec creates for itself on the run's shared API (see sharedServers()): its own deputies
 * with accounts and its own working group, under names no other spec uses, so whatever it does
 * there (open a meeting, speak, vote) reaches no other spec, whatever the order.
 */
export type Gender = 'WOMAN' | 'MAN';

export interface OwnDeputy {
  deputyId: string;
  email: string;
  /** The deputy's full name, which is also the account's display name. */
  name: string;
  gender: Gender;
  role: 'LEAD' | 'MEMBER';
}

export interface OwnGroup {
  id: string;
  name: string;
  members: OwnDeputy[];
}

const ADMIN = 'admin@tribune.example';
const TEMPORARY_PASSWORD = 'mot-de-passe-provisoire-2026';
const FIRST_NAMES: Record<Gender, string[]> = {
  WOMAN: ['Awa', 'Leïla', 'Samira', 'Nadia', 'Fatou'],
  MAN: ['Omar', 'Karim', 'Yacine', 'Moussa', 'Idriss'],
};
const LAST_NAMES = ['Diallo', 'Benali', 'Kone', 'Haddad', 'Sissoko', 'Mansour', 'Traore', 'Najjar', 'Keita', 'Rahimi'];

/** A short tag that makes this spec's names and emails its own. */
export const uniqueTag = () => randomBytes(3).toString('hex');

/**
 * A working group of the current term with new deputies (each with an account, the demo
 * password), the first one its lead. `coordinators` are existing coordinators' emails (the demo's).
 */
export async function createOwnGroup(
  apiUrl: string,
  o: { name: string; members: Array<{ gender: Gender; role?: 'LEAD' | 'MEMBER' }>; coordinators?: string[] },
): Promise<OwnGroup> {
  const admin = await login(apiUrl, ADMIN);
  const tag = uniqueTag();
  const { users } = await api<{ users: Array<{ id: string; email: string }> }>(apiUrl, '{ users { id email } }', {}, admin);
  const coordinatorIds = (o.coordinators ?? []).map((email) => users.find((u) => u.email === email)!.id);
  const name = `${o.name} ${tag}`;
  const { createWorkingGroup: group } = await api<{ createWorkingGroup: { id: string } }>(
    apiUrl,
    'mutation($i: CreateWorkingGroupInput!) { createWorkingGroup(input: $i) { id } }',
    { i: { name, theme: o.name, coordinatorIds } },
    admin,
  );
  const members: OwnDeputy[] = [];
  for (const [i, m] of o.members.entries()) {
    const first = FIRST_NAMES[m.gender][i % 5];
    const last = LAST_NAMES[i % LAST_NAMES.length];
    // Names need only differ within the group; the email is unique in the whole run.
    const fullName = `${first} ${last}`;
    const email = `${first}.${last}.${tag}${i}@tribune.example`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
    const { createDeputy } = await api<{ createDeputy: { id: string } }>(
      apiUrl,
      'mutation($i: CreateDeputyInput!) { createDeputy(input: $i) { id } }',
      { i: { fullName, gender: m.gender, territory: 'reg:11', languages: ['fr'], account: { email, password: TEMPORARY_PASSWORD } } },
      admin,
    );
    // The administrator's password is a temporary one: the deputy replaces it by the demo password.
    const temporary = await login(apiUrl, email, TEMPORARY_PASSWORD);
    await api(
      apiUrl,
      'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { token } }',
      { i: { currentPassword: TEMPORARY_PASSWORD, newPassword: DEMO_PASSWORD } },
      temporary,
    );
    const role = m.role ?? (i === 0 ? 'LEAD' : 'MEMBER');
    await api(
      apiUrl,
      'mutation($i: AddGroupMemberInput!) { addGroupMember(input: $i) { deputy { id } } }',
      { i: { groupId: group.id, deputyId: createDeputy.id, role } },
      admin,
    );
    members.push({ deputyId: createDeputy.id, email, name: fullName, gender: m.gender, role });
  }
  return { id: group.id, name, members };
}

/**
 * A one-hour meeting of the group starting within the hour (so its runner may open it without
 * confirming an early start), with its agenda, scheduled by `token`'s holder.
 */
export async function scheduleOwnMeeting(
  apiUrl: string,
  token: string,
  o: { groupId: string; title: string; agenda: string[]; startsInMinutes?: number },
): Promise<{ id: string; title: string; agenda: Array<{ id: string; title: string }> }> {
  const startsAt = new Date(Math.ceil((Date.now() + (o.startsInMinutes ?? 60) * 60_000) / 60_000) * 60_000);
  const endsAt = new Date(startsAt.getTime() + 3600_000);
  const { scheduleMeeting } = await api<{ scheduleMeeting: { meeting: { id: string; title: string } } }>(
    apiUrl,
    'mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { meeting { id title } } }',
    { i: { groupId: o.groupId, title: o.title, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() } },
    token,
  );
  const agenda: Array<{ id: string; title: string }> = [];
  for (const title of o.agenda) {
    const { addAgendaItem } = await api<{ addAgendaItem: { id: string } }>(
      apiUrl,
      'mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id } }',
      { i: { meetingId: scheduleMeeting.meeting.id, title } },
      token,
    );
    agenda.push({ id: addAgendaItem.id, title });
  }
  return { ...scheduleMeeting.meeting, agenda };
}
