import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { AgendaResolver } from './agenda.resolver';
import { AgendaService } from './agenda.service';

@Module({ imports: [MeetingsModule], providers: [AgendaService, AgendaResolver], exports: [AgendaService] })
export class AgendaModule {}
