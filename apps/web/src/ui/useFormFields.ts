import { useCallback, useState } from 'react';

type Problems<F extends string> = Partial<Record<F, string>>;

/**
 * A form's text fields and the problems found in them: `field(name)` gives an input its id, value,
 * onChange (which clears that field's problem) and problem; `check(found)` shows the problems and puts focus on the first
 * field with one (the input whose id is `${idPrefix}-${field}`), and says whether there were none.
 */
export function useFormFields<F extends string>(idPrefix: string, initial: Record<F, string>) {
  const [blank] = useState(initial);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Problems<F>>({});

  const set = useCallback(
    (field: F) => (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [field]: value }));
      setErrors((errs) => ({ ...errs, [field]: undefined }));
    },
    [],
  );

  const check = useCallback(
    (found: Problems<F>): boolean => {
      setErrors(found);
      const first = (Object.keys(found) as F[]).find((f) => found[f]);
      if (!first) return true;
      document.getElementById(`${idPrefix}-${first}`)?.focus();
      return false;
    },
    [idPrefix],
  );

  const clear = useCallback(() => setValues(blank), [blank]);

  /** An input's props: its id (where `check` puts focus), value, onChange and problem. */
  const field = (name: F) => ({ id: `${idPrefix}-${name}`, value: values[name], onChange: set(name), error: errors[name] });

  return { values, errors, set, check, clear, field, setValues, setErrors };
}
