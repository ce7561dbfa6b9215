import { ValidationError, ValidationPipe } from '@nestjs/common';
import { badInput } from './app-error';

function messages(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) => m.replace(e.property, field));
    return own.concat(messages(e.children ?? [], field));
  });
}

/** class-validator on every input; the first problem becomes a BAD_USER_INPUT naming the field. */
export const validationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  exceptionFactory: (errors) => {
    const all = messages(errors);
    const err = badInput(all.join('; ') || 'Invalid input.', errors[0]?.property);
    return err;
  },
});
