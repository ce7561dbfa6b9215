import { Module } from '@nestjs/common';
import { AgendaModule } from '../agenda/agenda.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { FieldReportEventResolver, FieldReportsResolver } from './field-reports.resolver';
import { AgendaItemFieldReportResolver } from './relations.resolver';
import { FieldReportsService } from './field-reports.service';
import { FieldReportViewerCanResolver } from './viewer-can.resolver';
@Module({
  imports: [MeetingsModule, AgendaModule],
  providers: [
    FieldReportsService,
    FieldReportsResolver,
    FieldReportEventResolver,
    AgendaItemFieldReportResolver,
    FieldReportViewerCanResolver,
  ],
})
export class FieldReportsModule {}
