import { ValidateBy, ValidationOptions } from 'class-validator';
import { looksLikeAddress } from '@tribune/domain';

/** A territory is a region or a department, never an exact address (DESIGN.md, Data and privacy). */
export function IsNotAnAddress(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotAnAddress',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !looksLikeAddress(value),
        defaultMessage: (args) => `${args?.property ?? 'territory'} must be a region or a department, never an address or a postcode`,
      },
    },
    options,
  );
}
