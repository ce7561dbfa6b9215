import {
  defaultFieldResolver,
  getNamedType,
  GraphQLFieldResolver,
  GraphQLSchema,
  isListType,
  isNonNullType,
  isObjectType,
  GraphQLOutputType,
} from 'graphql';
import type { AuthUser } from '../auth/auth-user';
import type { Loaders } from '../loaders/loaders';
import { unauthenticated } from '../common/app-error';
import { temporaryPassword } from '../auth/auth.guard';
import { AccessPolicy, accessRefusal, isVouched } from './access-policy';
import { Kind, Subject } from './rules';

type Row = Record<string, unknown>;
interface Policed {
  /** Whose read rule applies. */
  kind: Kind;
  /** The object's group (and author), from the resolved row; null when the row's owner is gone. */
  subject: (row: Row, loaders: Loaders, policy: AccessPolicy) => Promise<Subject | null>;
}

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const ofGroup = (row: Row) => Promise.resolve({ groupId: str(row.groupId) });
const ofMeeting = async (row: Row, loaders: Loaders, policy: AccessPolicy) => {
  const meetingId = str(row.meetingId);
  return meetingId ? { groupId: await policy.meetingGroup(loaders, meetingId) } : null;
};

/**
 * The GraphQL object types under the access policy, and how to find the group of a resolved
 * row. Every field of the schema returning one of these types (a root field or a relation, a
 * single object or a list) is checked with the type's read rule as it resolves: see
 * `policeSchema`. Types not listed are parts of a policed object (a vote's named votes, a slot's
 * answers), only reachable through it, or not group-scoped (people, terms, seats).
 */
export const POLICED_TYPES: Record<string, Policed> = {
  WorkingGroup: { kind: 'group', subject: (row) => Promise.resolve({ groupId: str(row.id) }) },
  Meeting: { kind: 'meeting', subject: ofGroup },
  MeetingSeries: { kind: 'meeting', subject: ofGroup },
  AgendaItem: { kind: 'meeting', subject: ofMeeting },
  Vote: { kind: 'meeting', subject: ofMeeting },
  Decision: { kind: 'meeting', subject: ofMeeting },
  ActionItem: { kind: 'meeting', subject: ofMeeting },
  MinutesVersion: { kind: 'meeting', subject: ofMeeting },
  AttendanceEntry: { kind: 'meeting', subject: ofMeeting },
  Speech: { kind: 'meeting', subject: ofMeeting },
  SpeakersState: { kind: 'meeting', subject: ofGroup },
  TimePoll: { kind: 'meeting', subject: ofGroup },
  TimePollSlot: {
    kind: 'meeting',
    subject: async (row, loaders) => {
      const pollId = str(row.pollId);
      const poll = pollId ? await loaders.byId<{ id: string; groupId: string }>('TimePoll').load(pollId) : null;
      return poll ? { groupId: poll.groupId } : null;
    },
  },
  FieldReport: {
    kind: 'fieldReport',
    subject: (row) => Promise.resolve({ groupId: str(row.routedGroupId), authorDeputyId: str(row.authorId) }),
  },
  Message: { kind: 'message', subject: (row) => Promise.resolve({ groupId: str(row.groupId), authorUserId: str(row.authorId) }) },
  Text: { kind: 'text', subject: ofGroup },
  TextVersion: { kind: 'text', subject: ofGroup },
  Amendment: { kind: 'text', subject: ofGroup },
  AmendmentBlock: { kind: 'text', subject: ofGroup },
};

interface Context {
  req?: { user?: AuthUser };
  loaders: Loaders;
}

/** Whether the viewer may read this row of a policed type. */
async function readable(policed: Policed, row: unknown, context: Context, policy: AccessPolicy): Promise<boolean> {
  if (row === null || row === undefined || typeof row !== 'object') return true;
  const viewer = context.req?.user;
  if (!viewer) throw unauthenticated();
  // A temporary password opens nothing but choosing one's own: not through `me`'s relations either.
  if (viewer.mustChangePassword) throw temporaryPassword();
  if (isVouched(context.loaders, row)) return true;
  const subject = await policed.subject(row as Row, context.loaders, policy);
  if (!subject) return false;
  return policy.canInRequest(context.loaders, viewer, policed.kind, 'read', subject);
}

/** The policed type a field returns (a single object or a list of them), if any. */
function policedReturn(type: GraphQLOutputType): { policed: Policed; list: boolean } | null {
  const named = getNamedType(type);
  const policed = POLICED_TYPES[named.name];
  if (!policed) return null;
  const inner = isNonNullType(type) ? type.ofType : type;
  return { policed, list: isListType(inner) };
}

/**
 * Wraps, once at start, the resolver of every field whose type is policed, so that no path
 * reaches an object without its read check: a single object the viewer may not read becomes
 * null with a FORBIDDEN error on its path; lists leave such objects out. The check shares the
 * request's facts and batched loaders, so lists keep a constant number of statements.
 */
export function policeSchema(schema: GraphQLSchema, policy: AccessPolicy): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const returns = policedReturn(field.type);
      if (!returns) continue;
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      const { policed, list } = returns;
      field.resolve = async (source, args, context: Context, info) => {
        const value = await resolve(source, args, context, info);
        // Nest answers a guard's or a handler's refusal as a returned error: it stays the answer.
        if (value instanceof Error) return value;
        if (list) {
          if (!Array.isArray(value)) return value;
          const keep = await Promise.all(value.map((row) => readable(policed, row, context, policy)));
          return value.filter((_, i) => keep[i]);
        }
        if (await readable(policed, value, context, policy)) return value;
        throw accessRefusal(policed.kind, 'read');
      };
    }
  }
  return schema;
}
