import DataLoader from 'dataloader';
import {
  AgendaItem,
  Amendment,
  AmendmentBlock,
  Deputy,
  FieldReport,
  Text,
  TextAuthor,
  TextVersion,
  User,
  WorkingGroup,
} from '../generated/prisma/client';
import { Loaders, many } from '../loaders/loaders';

/** One row (or null) per id, in the ids' order. */
function byIds<T extends { id: string }>(find: (ids: string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await find([...ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Texts' own loaders, in the request's container: `loaders.of(TextsLoaders)`. One statement per batch. */
export class TextsLoaders {
  constructor(private readonly loaders: Loaders) {}

  private get prisma() {
    return this.loaders.prisma;
  }

  readonly textById = byIds<Text>((ids) => this.prisma.text.findMany({ where: { id: { in: ids } } }));

  readonly versionById = byIds<TextVersion>((ids) => this.prisma.textVersion.findMany({ where: { id: { in: ids } } }));

  readonly deputyById = byIds<Deputy>((ids) => this.prisma.deputy.findMany({ where: { id: { in: ids } } }));
  readonly userById = byIds<User>((ids) => this.prisma.user.findMany({ where: { id: { in: ids } } }));
  readonly groupById = byIds<WorkingGroup>((ids) => this.prisma.workingGroup.findMany({ where: { id: { in: ids } } }));
  readonly fieldReportById = byIds<FieldReport>((ids) => this.prisma.fieldReport.findMany({ where: { id: { in: ids } } }));
  readonly agendaItemById = byIds<AgendaItem>((ids) => this.prisma.agendaItem.findMany({ where: { id: { in: ids } } }));

  /** Every version of each text, oldest first. */
  readonly versionsByTextId = many<TextVersion>(
    (ids) => this.prisma.textVersion.findMany({ where: { textId: { in: [...ids] } }, orderBy: { number: 'asc' } }),
    (v) => v.textId,
  );

  readonly amendmentsByTextId = many<Amendment>(
    (ids) => this.prisma.amendment.findMany({ where: { textId: { in: [...ids] } }, orderBy: { number: 'asc' } }),
    (a) => a.textId,
  );

  readonly amendmentById = byIds<Amendment>((ids) => this.prisma.amendment.findMany({ where: { id: { in: ids } } }));

  readonly amendmentsByBlockId = many<Amendment>(
    (ids) => this.prisma.amendment.findMany({ where: { blockId: { in: [...ids] } }, orderBy: { number: 'asc' } }),
    (a) => a.blockId!,
  );

  readonly blockById = byIds<AmendmentBlock>((ids) => this.prisma.amendmentBlock.findMany({ where: { id: { in: ids } } }));

  readonly blocksByTextId = many<AmendmentBlock>(
    (ids) => this.prisma.amendmentBlock.findMany({ where: { textId: { in: [...ids] } }, orderBy: { createdAt: 'asc' } }),
    (b) => b.textId,
  );

  readonly authorsByTextId = many<TextAuthor>(
    (ids) =>
      this.prisma.textAuthor.findMany({ where: { textId: { in: [...ids] } }, orderBy: [{ agreedAt: { sort: 'asc', nulls: 'last' } }] }),
    (a) => a.textId,
  );

  readonly signerIdsByAmendmentId = many<{ amendmentId: string; deputyId: string }>(
    (ids) =>
      this.prisma.amendmentSigner.findMany({
        where: { amendmentId: { in: [...ids] } },
        orderBy: { signedAt: 'asc' },
        select: { amendmentId: true, deputyId: true },
      }),
    (s) => s.amendmentId,
  );

  readonly reportIdsByTextId = many<{ textId: string; reportId: string }>(
    (ids) => this.prisma.textFieldReport.findMany({ where: { textId: { in: [...ids] } }, select: { textId: true, reportId: true } }),
    (r) => r.textId,
  );

  /** By agenda item: the text debated on it, the amendment or the block voted on it. */
  readonly textByAgendaItemId = new DataLoader<string, Text | null>(async (ids) => {
    const rows = await this.prisma.text.findMany({ where: { agendaItemId: { in: [...ids] } } });
    const byItem = new Map(rows.map((r) => [r.agendaItemId!, r]));
    return ids.map((id) => byItem.get(id) ?? null);
  });
  readonly amendmentByAgendaItemId = new DataLoader<string, Amendment | null>(async (ids) => {
    const rows = await this.prisma.amendment.findMany({ where: { agendaItemId: { in: [...ids] } } });
    const byItem = new Map(rows.map((r) => [r.agendaItemId!, r]));
    return ids.map((id) => byItem.get(id) ?? null);
  });
  readonly blockByAgendaItemId = new DataLoader<string, AmendmentBlock | null>(async (ids) => {
    const rows = await this.prisma.amendmentBlock.findMany({ where: { agendaItemId: { in: [...ids] } } });
    const byItem = new Map(rows.map((r) => [r.agendaItemId!, r]));
    return ids.map((id) => byItem.get(id) ?? null);
  });
}
