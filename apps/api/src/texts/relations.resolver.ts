// The reverse side of relations to texts, on the types of the features that come before them
// (agenda items, working groups, field reports): those never import texts.
import { Args, Context, Int, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { AgendaItem } from '../agenda/models/agenda-item.model';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { FieldReport, FieldReportSummary } from '../field-reports/models/field-report.model';
import { Loaders } from '../loaders/loaders';
import { PrismaService } from '../prisma/prisma.service';
import { listOf } from '../security/graphql-limits';
import { WorkingGroup } from '../working-groups/models/working-group.model';
import { Amendment, AmendmentBlock, Text } from './models/text.model';
import { TextsLoaders } from './texts.loaders';
import { TextsService } from './texts.service';

@Resolver(() => AgendaItem)
export class AgendaItemTextsResolver {
  @ResolveField(() => Text, { nullable: true, description: 'The text debated and finally voted on this item.' })
  text(@Root() item: AgendaItem, @Context('loaders') loaders: Loaders) {
    return loaders.of(TextsLoaders).textByAgendaItemId.load(item.id);
  }

  @ResolveField(() => Amendment, { nullable: true, description: 'The amendment voted alone on this item.' })
  amendment(@Root() item: AgendaItem, @Context('loaders') loaders: Loaders) {
    return loaders.of(TextsLoaders).amendmentByAgendaItemId.load(item.id);
  }

  @ResolveField(() => AmendmentBlock, { nullable: true, description: 'The block of amendments voted on this item.' })
  amendmentBlock(@Root() item: AgendaItem, @Context('loaders') loaders: Loaders) {
    return loaders.of(TextsLoaders).blockByAgendaItemId.load(item.id);
  }
}

@Resolver(() => WorkingGroup)
export class WorkingGroupTextsResolver {
  constructor(private readonly service: TextsService) {}

  @ResolveField(() => [Text], { complexity: listOf(50), description: "The group's texts the viewer may read, newest first." })
  texts(
    @Root() group: WorkingGroup,
    @CurrentUser() actor: AuthUser,
    @Args('first', { type: () => Int, defaultValue: 50, description: 'At most 50.' }) first: number,
  ) {
    return this.service.forGroup(actor, group.id, Math.min(Math.max(first, 1), 50));
  }
}

@Resolver(() => FieldReport)
export class FieldReportTextsResolver {
  @ResolveField(() => [Text], { complexity: listOf(20), description: 'The texts that answer this report.' })
  async answeredBy(@Root() report: FieldReport, @Context('loaders') loaders: Loaders) {
    const links = await loaders.prisma.textFieldReport.findMany({ where: { reportId: report.id }, select: { textId: true }, take: 20 });
    return (await Promise.all(links.map((l) => loaders.of(TextsLoaders).textById.load(l.textId)))).filter((t) => t !== null);
  }
}

@Resolver(() => FieldReportSummary)
export class FieldReportSummaryTextsResolver {
  constructor(private readonly prisma: PrismaService) {}

  @ResolveField(() => Int, { description: 'Reports of the term that an adopted text answers (the pipeline from a remontée to a text).' })
  answeredByAdoptedText(@Root() summary: FieldReportSummary) {
    return this.prisma.fieldReport.count({
      where: { termId: summary.termId, answeredBy: { some: { text: { status: 'ADOPTED' } } } },
    });
  }
}
