import { Module } from '@nestjs/common';
import { MandatesResolver } from './mandates.resolver';
import { MandatesService } from './mandates.service';

@Module({ providers: [MandatesService, MandatesResolver] })
export class MandatesModule {}
