import { Field, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { TERRITORIES } from './territories';

export enum TerritoryKind {
  DEPARTEMENT = 'DEPARTEMENT',
  REGION = 'REGION',
  ABROAD = 'ABROAD',
}
registerEnumType(TerritoryKind, { name: 'TerritoryKind', description: 'A French département, a French région, or outside France.' });

@ObjectType({ description: 'A territory a deputy or a field report may give: from the official list, never free text.' })
export class Territory {
  @Field({ description: '"dep:75", "reg:11" or "abroad": what the inputs take.' }) code: string;
  @Field({ description: 'French official name; a département with its number, "Paris (75)".' }) label: string;
  @Field(() => TerritoryKind) kind: TerritoryKind;
}

@Resolver(() => Territory)
export class TerritoriesResolver {
  @Query(() => [Territory], { description: 'The territories the forms offer (régions, then départements by number, then outside France).' })
  territories(): readonly Territory[] {
    return TERRITORIES as readonly Territory[];
  }
}
