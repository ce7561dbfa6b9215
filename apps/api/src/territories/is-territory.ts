import { ValidateBy, ValidationOptions } from 'class-validator';
import { isTerritoryCode } from './territories';

/**
 * A territory is a code from the official list (territories.ts: "dep:75", "reg:11", "abroad"),
 * never free text, so no exact address can be given there (DESIGN.md, Data and privacy). The list
 * check replaces the address heuristics: a street, a postcode or anything else is refused alike,
 * with the reason TERRITORY_NOT_LISTED (common/validation.ts, by the constraint's name).
 */
export function IsTerritory(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTerritory',
      validator: {
        validate: (value: unknown) => isTerritoryCode(value),
        defaultMessage: (args) =>
          `${args?.property ?? 'territory'} must be a code from the list of French départements and régions, or "abroad" (query territories); never an address`,
      },
    },
    options,
  );
}
