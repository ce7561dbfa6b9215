import { Module } from '@nestjs/common';
import { AgendaModule } from '../agenda/agenda.module';
import { MeetingsModule } from '../meetings/meetings.module';
import {
  AgendaItemTextsResolver,
  FieldReportSummaryTextsResolver,
  FieldReportTextsResolver,
  WorkingGroupTextsResolver,
} from './relations.resolver';
import { AmendmentBlockResolver, AmendmentResolver, TextAuthorResolver, TextsResolver, TextVersionResolver } from './texts.resolver';
import { TextsService } from './texts.service';
import { TextViewerCanResolver } from './viewer-can.resolver';

/** Texts, versions, amendments and their votes (issue 15). */
@Module({
  imports: [MeetingsModule, AgendaModule],
  providers: [
    TextsService,
    TextsResolver,
    TextAuthorResolver,
    TextVersionResolver,
    AmendmentResolver,
    AmendmentBlockResolver,
    AgendaItemTextsResolver,
    WorkingGroupTextsResolver,
    FieldReportTextsResolver,
    FieldReportSummaryTextsResolver,
    TextViewerCanResolver,
  ],
})
export class TextsModule {}
