import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { ErrorReason, hasForbiddenCharacter } from '@tribune/domain';
import { badInput } from './app-error';

function messages(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) => m.replace(e.property, field));
    return own.concat(messages(e.children ?? [], field));
  });
}

/** A control character other than tab and line breaks, or half of a surrogate pair: the one rule in packages/domain. */
const unstorable = hasForbiddenCharacter;

/** The path of the first string in an argument that cannot be stored as text, or null. */
export function unstorableText(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return unstorable(value) ? path : null;
  if (depth > 8 || typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unstorableText(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  // Input objects only (GraphQL builds them as plain objects); never requests or users.
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return null;
  for (const [key, v] of Object.entries(value)) {
    const found = unstorableText(v, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Text that cannot be stored (NUL, lone surrogates) is refused before anything else looks at it:
 * PostgreSQL rejects NUL in text and class-validator's IsEmail throws on a lone surrogate, both of
 * which surfaced as INTERNAL_SERVER_ERROR (found by security/properties.integration-spec.ts).
 */
class InputPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata) {
    // An optional argument not given (or null) has nothing to validate and the resolver's default
    // applies; Nest would check an empty object instead (meetings without a filter: BAD_USER_INPUT).
    if (value === undefined || value === null) return value;
    if (metadata.type !== 'custom') {
      const field = unstorableText(value, metadata.data ?? '');
      if (field !== null) {
        const top = field.split(/[.[]/)[0] || undefined;
        throw badInput(
          `${field || 'The input'} contains a character that is not allowed (a control character other than tab and line breaks, or half of a surrogate pair).`,
          top,
          { reason: ErrorReason.INVALID_CHARACTER, params: { field: field || 'input' } },
        );
      }
    }
    return super.transform(value, metadata);
  }
}

/** Validation rules whose refusal a person needs named; any other is INVALID_INPUT with the field. */
const REASON_OF_CONSTRAINT: Record<string, ErrorReason> = {
  isTerritory: ErrorReason.TERRITORY_NOT_LISTED,
};

/** The first failing rule, however deep in nested inputs, with the dotted path of its field. */
function firstFailure(errors: ValidationError[], prefix = ''): { field: string; constraint?: string } | undefined {
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const constraint = Object.keys(e.constraints ?? {})[0];
    if (constraint) return { field, constraint };
    const deeper = firstFailure(e.children ?? [], field);
    if (deeper) return deeper;
  }
  return undefined;
}

/** class-validator on every input; the first problem becomes a BAD_USER_INPUT naming the field. */
export const validationPipe = new InputPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  exceptionFactory: (errors) => {
    const all = messages(errors);
    const first = firstFailure(errors);
    const reason = (first?.constraint && REASON_OF_CONSTRAINT[first.constraint]) || ErrorReason.INVALID_INPUT;
    return badInput(all.join('; ') || 'Invalid input.', errors[0]?.property, {
      reason,
      params: { field: first?.field ?? errors[0]?.property ?? 'input' },
    });
  },
});

/** Refuses a text with a control character (other than tab and line breaks) or a lone surrogate, for inputs the pipe does not see (socket payloads). */
export function refuseForbiddenCharacters(text: string, field: string) {
  if (hasForbiddenCharacter(text)) {
    throw badInput(
      `${field} contains a character that is not allowed (a control character other than tab and line breaks, or half of a surrogate pair).`,
      field,
      { reason: ErrorReason.INVALID_CHARACTER, params: { field } },
    );
  }
}
