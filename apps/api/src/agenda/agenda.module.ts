import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { AgendaResolver } from './agenda.resolver';
import { AgendaService } from './agenda.service';
import { MeetingAgendaResolver } from './relations.resolver';

@Module({ imports: [MeetingsModule], providers: [AgendaService, AgendaResolver, MeetingAgendaResolver], exports: [AgendaService] })
export class AgendaModule {}
