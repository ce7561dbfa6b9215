import { Module } from '@nestjs/common';
import { TerritoriesResolver } from './territories.resolver';

/** The official list of French départements and régions, plus outside France (issue 12). */
@Module({ providers: [TerritoriesResolver] })
export class TerritoriesModule {}
