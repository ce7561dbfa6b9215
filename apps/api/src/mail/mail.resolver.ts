import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { ErrorReason, Role } from '@tribune/domain';
import { Roles } from '../auth/decorators';
import { badInput } from '../common/app-error';
import { PrismaService } from '../prisma/prisma.service';
import { DEFAULT_LIST_SIZE } from '../security/graphql-limits';
import { OutgoingMailModel, OutgoingMailPage } from './models/outgoing-mail.model';

const MAX_PAGE = 100;

@Resolver(() => OutgoingMailModel)
export class MailResolver {
  constructor(private readonly prisma: PrismaService) {}

  @Roles(Role.ADMIN)
  @Query(() => OutgoingMailPage, {
    description:
      'The outbox, newest first, page by page (administrators): every mail sent, to send, failed, or kept in the database when no SMTP_URL is set ("Courriels envoyés").',
    complexity: ({ args, childComplexity }) => 1 + Math.ceil((childComplexity * Math.max(1, Number(args.first) || 20)) / DEFAULT_LIST_SIZE),
  })
  async sentMails(
    @Args('first', { type: () => Int, defaultValue: 20, description: `Page size, at most ${MAX_PAGE}.` }) first = 20,
    @Args('after', { type: () => String, nullable: true, description: 'endCursor of the previous page.' }) after?: string,
  ): Promise<OutgoingMailPage> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
      throw badInput(`first must be between 1 and ${MAX_PAGE}.`, 'first', { reason: ErrorReason.INVALID_INPUT });
    if (after && !(await this.prisma.outgoingMail.findUnique({ where: { id: after }, select: { id: true } })))
      throw badInput('This cursor is not one this list gave.', 'after', { reason: ErrorReason.INVALID_INPUT });
    const rows = await this.prisma.outgoingMail.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: first + 1,
      ...(after ? { cursor: { id: after }, skip: 1 } : {}),
    });
    const mails = rows.slice(0, first);
    return { mails, hasMore: rows.length > first, endCursor: mails.at(-1)?.id ?? null };
  }
}
