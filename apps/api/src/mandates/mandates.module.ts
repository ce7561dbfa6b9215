import { Module } from '@nestjs/common';
import { MandatesResolver } from './mandates.resolver';
import { MandatesService } from './mandates.service';
import { SeatMandatesResolver, TermSeatsResolver } from './relations.resolver';

@Module({ providers: [MandatesService, MandatesResolver, SeatMandatesResolver, TermSeatsResolver] })
export class MandatesModule {}
