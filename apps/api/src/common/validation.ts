import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { badInput } from './app-error';

function messages(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) => m.replace(e.property, field));
    return own.concat(messages(e.children ?? [], field));
  });
}

/** A NUL character (PostgreSQL cannot store it in text) or half of a surrogate pair (not text). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorable = (s: string) => s.includes('\u0000') || LONE_SURROGATE.test(s);

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
      if (field !== null) throw badInput(`${field || 'The input'} contains characters that cannot be stored (a NUL or half of a surrogate pair).`, field.split(/[.[]/)[0] || undefined);
    }
    return super.transform(value, metadata);
  }
}

/** class-validator on every input; the first problem becomes a BAD_USER_INPUT naming the field. */
export const validationPipe = new InputPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  exceptionFactory: (errors) => {
    const all = messages(errors);
    const err = badInput(all.join('; ') || 'Invalid input.', errors[0]?.property);
    return err;
  },
});
