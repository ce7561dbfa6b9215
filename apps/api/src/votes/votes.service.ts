import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorReason } from '@tribune/domain';
import { Prisma } from '../generated/prisma/client';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { badInput, conflict, forbidden, notFound } from '../common/app-error';
import { DomainEvent, DomainEventBus } from '../common/domain-events';
import { DecisionsService } from '../decisions/decisions.service';
import { MeetingAccess } from '../meetings/meeting-access.service';
import { MeetingsService } from '../meetings/meetings.service';
import { PrismaService, Tx } from '../prisma/prisma.service';
import { CastVoteInput, CloseVoteInput, OpenVoteInput, RecordVoteDecisionInput } from './dto/vote.inputs';
import { VoteResults } from './models/vote.model';
import { lockBallotBox, rewriteBallots } from './ballot-box';

export const DEFAULT_OPTIONS = ['For', 'Against', 'Abstain'];

/**
 * Whether this person may cast their own vote now: the vote is open and they were eligible when it
 * opened (members present, or all members). The one rule behind `Vote.canVote` and `viewerCan.vote`.
 */
export const mayCast = (vote: { status: string; eligibleIds: string[] }, viewer: Pick<AuthUser, 'deputyId'>) =>
  !!viewer.deputyId && vote.status === 'OPEN' && vote.eligibleIds.includes(viewer.deputyId);
type VoteRow = Prisma.VoteGetPayload<object>;

const hashReceipt = (receipt: string) => createHash('sha256').update(receipt).digest('hex');

/** The published result of a closed vote. */
export function resultsOf(vote: VoteRow): VoteResults | null {
  if (vote.status !== 'CLOSED') return null;
  const cast = vote.counts.reduce((a, b) => a + b, 0);
  const eligible = vote.eligibleIds.length;
  return {
    counts: vote.options.map((option, i) => ({ option, count: vote.counts[i] ?? 0 })),
    cast,
    eligible,
    turnout: eligible ? cast / eligible : 0,
    quorum: {
      members: vote.membersCount ?? 0,
      present: vote.presentCount ?? 0,
      required: vote.quorumRequired ?? 0,
      reached: vote.quorumReached ?? false,
    },
  };
}

/**
 * Votes on agenda items of live meetings.
 *
 * One vote per voter: the primary key (voteId, deputyId) of VoteParticipation, so concurrent
 * casts for the same person collide in the database whatever the number of API instances.
 *
 * Secret ballots: who voted (VoteParticipation) and how (VoteBallot) are two tables with no
 * shared column but voteId. A ballot has no voter, no timestamp, no sequence, and a random
 * (v4, crypto) id; every cast, change and the close rewrite the whole box (ballot-box.ts), so
 * that at no moment, open or closed, does a ballot's position, id or writing transaction follow
 * who voted when. A changeable secret vote is changed with the receipt returned to the voter's
 * client, kept hashed on the ballot until the close.
 */
@Injectable()
export class VotesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly access: MeetingAccess,
    private readonly meetings: MeetingsService,
    private readonly events: DomainEventBus,
  ) {}

  private async itemAndMeeting(tx: Tx, agendaItemId: string) {
    const found = await tx.agendaItem.findUnique({ where: { id: agendaItemId }, select: { meetingId: true } });
    if (!found) throw notFound('Agenda item', agendaItemId);
    const meeting = await this.access.lock(tx, found.meetingId);
    return { meeting, item: (await tx.agendaItem.findUnique({ where: { id: agendaItemId } }))! };
  }

  private async voteRow(tx: Tx, voteId: string, lock: 'UPDATE' | 'SHARE') {
    const rows =
      lock === 'UPDATE'
        ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Vote" WHERE id = ${voteId} FOR UPDATE`
        : await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Vote" WHERE id = ${voteId} FOR SHARE`;
    if (!rows.length) throw notFound('Vote', voteId);
    return tx.vote.findUniqueOrThrow({ where: { id: voteId } });
  }

  async open(actor: AuthUser, input: OpenVoteInput) {
    const { vote, meeting } = await this.prisma.$transaction(async (tx) => {
      const { meeting, item } = await this.itemAndMeeting(tx, input.agendaItemId);
      await this.access.requireRunner(tx, actor, meeting.groupId);
      if (meeting.status !== 'LIVE')
        throw conflict(`This meeting is ${meeting.status.toLowerCase()}; votes are held during a live meeting.`, {
          reason: ErrorReason.MEETING_NOT_LIVE,
          params: { meetingStatus: meeting.status },
        });
      const options = (input.options ?? DEFAULT_OPTIONS).map((o) => o.trim());
      if (options.some((o) => !o))
        throw badInput('An option is empty.', 'options', { reason: ErrorReason.EMPTY_TEXT, params: { field: 'options' } });
      if (new Set(options.map((o) => o.toLowerCase())).size !== options.length)
        throw badInput('Two options are the same.', 'options', { reason: ErrorReason.DUPLICATE_ENTRY, params: { field: 'options' } });
      if (!input.question.trim())
        throw badInput('The question is empty.', 'question', { reason: ErrorReason.EMPTY_TEXT, params: { field: 'question' } });
      if (await tx.vote.count({ where: { meetingId: meeting.id, status: 'OPEN' } }))
        throw conflict('A vote is already open in this meeting; close it first.', { reason: ErrorReason.VOTE_ALREADY_OPEN });
      const quorum = await this.access.quorum(tx, meeting);
      const members = new Set(quorum.memberIds);
      const base = new Set(input.eligibility === 'MEMBERS' ? quorum.memberIds : quorum.presentIds);
      const grantors = new Set<string>();
      const holders = new Set<string>();
      for (const p of input.proxies) {
        if (!members.has(p.grantorId) || !members.has(p.holderId))
          throw badInput('Proxies are between current members of the group.', 'proxies', { reason: ErrorReason.PROXY_NOT_MEMBERS });
        if (p.grantorId === p.holderId)
          throw badInput('A member cannot carry their own proxy.', 'proxies', { reason: ErrorReason.PROXY_TO_ONESELF });
        if (grantors.has(p.grantorId))
          throw badInput('A member gives at most one proxy.', 'proxies', { reason: ErrorReason.PROXY_GRANTOR_TWICE });
        if (holders.has(p.holderId))
          throw badInput("A member carries at most one other member's vote.", 'proxies', { reason: ErrorReason.PROXY_HOLDER_TWICE });
        if (!base.has(p.holderId))
          throw badInput('The proxy holder must be able to vote (present).', 'proxies', { reason: ErrorReason.PROXY_HOLDER_ABSENT });
        grantors.add(p.grantorId);
        holders.add(p.holderId);
      }
      for (const g of grantors)
        if (holders.has(g))
          throw badInput('A member who gave their proxy cannot carry another one.', 'proxies', { reason: ErrorReason.PROXY_CHAIN });
      const eligibleIds = [...new Set([...base, ...grantors])];
      if (!eligibleIds.length) throw conflict('Nobody may vote: no member is present.', { reason: ErrorReason.NOBODY_PRESENT });
      const vote = await tx.vote.create({
        data: {
          meetingId: meeting.id,
          agendaItemId: item.id,
          question: input.question.trim(),
          options,
          secrecy: input.secrecy,
          eligibility: input.eligibility,
          allowChange: input.allowChange,
          eligibleIds,
          counts: [],
          openedById: actor.id,
          proxies: { createMany: { data: input.proxies.map((p) => ({ grantorId: p.grantorId, holderId: p.holderId })) } },
        },
      });
      await this.audit.record(tx, actor, {
        action: 'vote.open',
        entityType: 'Meeting',
        entityId: meeting.id,
        data: {
          voteId: vote.id,
          agendaItemId: item.id,
          secrecy: vote.secrecy,
          eligible: eligibleIds.length,
          proxies: input.proxies.length,
        },
      });
      return { vote, meeting };
    });
    this.events.publish(DomainEvent.VoteOpened, {
      groupId: meeting.groupId,
      meetingId: meeting.id,
      voteId: vote.id,
      agendaItemId: vote.agendaItemId,
      question: vote.question,
      options: vote.options,
      secrecy: vote.secrecy,
      allowChange: vote.allowChange,
      eligible: vote.eligibleIds.length,
    });
    return vote;
  }

  async cast(actor: AuthUser, input: CastVoteInput) {
    if (!actor.deputyId) throw forbidden('Only deputies vote.');
    const deputyId = actor.deputyId;
    const result = await this.prisma.$transaction(async (tx) => {
      // FOR SHARE: casts run side by side; the close (FOR UPDATE) waits for them, and casts after it see CLOSED.
      const vote = await this.voteRow(tx, input.voteId, 'SHARE');
      const meeting = await this.access.meeting(tx, vote.meetingId);
      // Who may vote first, so that a caller who may not learns nothing of the vote's or the meeting's state.
      let whose = deputyId;
      if (input.onBehalfOf && input.onBehalfOf !== deputyId) {
        const proxy = await tx.voteProxy.findUnique({ where: { voteId_grantorId: { voteId: vote.id, grantorId: input.onBehalfOf } } });
        if (!proxy || proxy.holderId !== deputyId)
          throw forbidden("You do not carry this member's proxy for this vote.", { reason: ErrorReason.PROXY_NOT_HELD });
        whose = input.onBehalfOf;
      } else {
        if (!vote.eligibleIds.includes(deputyId))
          throw forbidden('You may not vote in this vote (members present when it opened).', { reason: ErrorReason.NOT_ELIGIBLE_TO_VOTE });
        if (await tx.voteProxy.findUnique({ where: { voteId_grantorId: { voteId: vote.id, grantorId: deputyId } } })) {
          throw conflict('You gave your proxy for this vote; your vote is cast by the holder.', { reason: ErrorReason.PROXY_GIVEN });
        }
      }
      if (vote.status !== 'OPEN') throw conflict('This vote is closed.', { reason: ErrorReason.VOTE_CLOSED });
      // A vote left open when its meeting ended takes no more votes (the chair can still close it).
      if (meeting.status !== 'LIVE')
        throw conflict(`This meeting is ${meeting.status.toLowerCase()}; votes are cast during a live meeting.`, {
          reason: ErrorReason.MEETING_NOT_LIVE,
          params: { meetingStatus: meeting.status },
        });
      if (input.choice >= vote.options.length)
        throw badInput(`There are ${vote.options.length} options (0 to ${vote.options.length - 1}).`, 'choice', {
          reason: ErrorReason.INVALID_INPUT,
          params: { field: 'choice' },
        });
      const existing = await tx.voteParticipation.findUnique({ where: { voteId_deputyId: { voteId: vote.id, deputyId: whose } } });
      // A change of a secret vote updates a ballot: the box's lock first (ballot-box.ts).
      if (vote.secrecy === 'SECRET' && existing) await lockBallotBox(tx, vote.id);
      let receipt: string | null = null;
      if (existing) {
        if (!vote.allowChange)
          throw conflict('This vote has already been cast; this vote does not allow changes.', { reason: ErrorReason.ALREADY_VOTED });
        if (vote.secrecy === 'NAMED') {
          await tx.voteParticipation.update({
            where: { voteId_deputyId: { voteId: vote.id, deputyId: whose } },
            data: { namedChoice: input.choice },
          });
        } else {
          if (!input.receipt)
            throw badInput('To change a secret vote, give the receipt you got when you cast it.', 'receipt', {
              reason: ErrorReason.RECEIPT_REQUIRED,
            });
          const changed = await tx.voteBallot.updateMany({
            where: { voteId: vote.id, receiptHash: hashReceipt(input.receipt) },
            data: { choice: input.choice },
          });
          if (changed.count !== 1)
            throw badInput('This receipt does not match a ballot of this vote.', 'receipt', { reason: ErrorReason.RECEIPT_MISMATCH });
          receipt = input.receipt;
        }
      } else {
        try {
          await tx.voteParticipation.create({
            data: { voteId: vote.id, deputyId: whose, castById: deputyId, namedChoice: vote.secrecy === 'NAMED' ? input.choice : null },
          });
        } catch (e) {
          if ((e as { code?: string }).code === 'P2002')
            throw conflict('This vote has already been cast.', { reason: ErrorReason.ALREADY_VOTED });
          throw e;
        }
        if (vote.secrecy === 'SECRET') {
          receipt = vote.allowChange ? randomBytes(18).toString('base64url') : null;
          await tx.voteBallot.create({
            data: { id: randomUUID(), voteId: vote.id, choice: input.choice, receiptHash: receipt ? hashReceipt(receipt) : null },
          });
        }
      }
      if (vote.secrecy === 'SECRET') await rewriteBallots(tx, vote.id, { keepReceipts: true });
      return { vote, meeting, receipt, firstCast: !existing };
    });
    const { vote, meeting } = result;
    // Counted after the commit, so concurrent casts do not each miss the others.
    const cast = await this.prisma.voteParticipation.count({ where: { voteId: vote.id } });
    this.events.publish(DomainEvent.VoteProgress, {
      groupId: meeting.groupId,
      meetingId: meeting.id,
      voteId: vote.id,
      cast,
      eligible: vote.eligibleIds.length,
    });
    return { vote, cast, eligible: vote.eligibleIds.length, receipt: result.receipt, firstCast: result.firstCast };
  }

  /** Writes the decision from a closed vote's counts (For/Against/Abstain go to the decision's counts). */
  private async decide(tx: Tx, actor: AuthUser, vote: VoteRow, meeting: { id: string; title: string }, text: string) {
    if (vote.decisionId)
      throw conflict('A decision was already recorded from this vote.', { reason: ErrorReason.DECISION_ALREADY_RECORDED });
    const standard = vote.options.length === 3 && vote.options.every((o, i) => o.toLowerCase() === DEFAULT_OPTIONS[i].toLowerCase());
    const decision = await DecisionsService.createInTx(tx, actor, meeting, {
      agendaItemId: vote.agendaItemId,
      text,
      ...(standard ? { votesFor: vote.counts[0], votesAgainst: vote.counts[1], votesAbstain: vote.counts[2] } : {}),
    });
    return decision;
  }

  async close(actor: AuthUser, input: CloseVoteInput) {
    const out = await this.prisma.$transaction(async (tx) => {
      const open = await this.voteRow(tx, input.voteId, 'UPDATE');
      const meeting = await this.access.lock(tx, open.meetingId);
      await this.access.requireRunner(tx, actor, meeting.groupId);
      if (open.status !== 'OPEN') throw conflict('This vote is already closed.', { reason: ErrorReason.VOTE_CLOSED });
      if (input.decisionText !== undefined && input.decisionText !== null && !input.decisionText.trim())
        throw badInput('The decision text is empty.', 'decisionText', {
          reason: ErrorReason.EMPTY_TEXT,
          params: { field: 'decisionText' },
        });
      const counts = open.options.map(() => 0);
      if (open.secrecy === 'NAMED') {
        for (const p of await tx.voteParticipation.findMany({ where: { voteId: open.id }, select: { namedChoice: true } }))
          counts[p.namedChoice!]++;
      } else {
        // The last rewrite (ballot-box.ts), without the receipt hashes.
        for (const b of await rewriteBallots(tx, open.id, { keepReceipts: false })) counts[b.choice]++;
      }
      const quorum = await this.access.quorum(tx, meeting);
      let vote = await tx.vote.update({
        where: { id: open.id },
        data: {
          status: 'CLOSED',
          closedAt: new Date(),
          counts,
          membersCount: quorum.members,
          presentCount: quorum.present,
          quorumRequired: quorum.required,
          quorumReached: quorum.reached,
        },
      });
      let decisionId: string | null = null;
      if (input.decisionText) {
        decisionId = (await this.decide(tx, actor, vote, meeting, input.decisionText)).id;
        vote = await tx.vote.update({ where: { id: vote.id }, data: { decisionId } });
      }
      await this.audit.record(tx, actor, {
        action: 'vote.close',
        entityType: 'Meeting',
        entityId: meeting.id,
        data: { voteId: vote.id, counts, quorumReached: quorum.reached, decisionId },
      });
      return { vote, meeting, decisionId };
    });
    const { vote, meeting } = out;
    const results = resultsOf(vote)!;
    this.events.publish(DomainEvent.VoteClosed, {
      groupId: meeting.groupId,
      meetingId: meeting.id,
      voteId: vote.id,
      options: vote.options,
      counts: vote.counts,
      cast: results.cast,
      eligible: results.eligible,
      quorumReached: results.quorum.reached,
      decisionId: out.decisionId,
    });
    if (out.decisionId) this.meetings.publish([meeting], 'updated');
    return { vote, results };
  }

  async recordDecision(actor: AuthUser, input: RecordVoteDecisionInput) {
    const { vote, meeting } = await this.prisma.$transaction(async (tx) => {
      const closed = await this.voteRow(tx, input.voteId, 'UPDATE');
      const meeting = await this.access.lock(tx, closed.meetingId);
      await this.access.requireRunner(tx, actor, meeting.groupId);
      if (closed.status !== 'CLOSED') throw conflict('Close the vote first.', { reason: ErrorReason.VOTE_NOT_CLOSED });
      if (!input.text.trim())
        throw badInput('The decision text is empty.', 'text', { reason: ErrorReason.EMPTY_TEXT, params: { field: 'text' } });
      const decision = await this.decide(tx, actor, closed, meeting, input.text);
      const vote = await tx.vote.update({ where: { id: closed.id }, data: { decisionId: decision.id } });
      await this.audit.record(tx, actor, {
        action: 'decision.record',
        entityType: 'Meeting',
        entityId: meeting.id,
        data: { decisionId: decision.id, voteId: vote.id, agendaItemId: vote.agendaItemId },
      });
      return { vote, meeting };
    });
    this.meetings.publish([meeting], 'updated');
    if (vote.decisionId) this.events.publish(DomainEvent.DecisionRecorded, { decisionId: vote.decisionId, meetingId: meeting.id });
    return vote;
  }

  async byId(actor: AuthUser, id: string) {
    const vote = await this.prisma.vote.findUnique({ where: { id } });
    if (!vote) throw notFound('Vote', id);
    const meeting = await this.access.meeting(this.prisma, vote.meetingId);
    await this.access.requireRead(this.prisma, actor, meeting.groupId);
    return vote;
  }

  async forMeeting(actor: AuthUser, meetingId: string) {
    const meeting = await this.access.meeting(this.prisma, meetingId);
    await this.access.requireRead(this.prisma, actor, meeting.groupId);
    return this.prisma.vote.findMany({ where: { meetingId }, orderBy: [{ openedAt: 'asc' }, { id: 'asc' }] });
  }
}
