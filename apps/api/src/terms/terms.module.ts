import { Module } from '@nestjs/common';
import { SeatResolver, TermsResolver } from './terms.resolver';
import { TermsService } from './terms.service';

@Module({ providers: [TermsService, TermsResolver, SeatResolver], exports: [TermsService] })
export class TermsModule {}
