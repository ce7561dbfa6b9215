/**
 * A mutation started from a button or a form: its refusal stays in the mutation's `error` (an
 * ErrorAlert words it), so the promise resolves with null instead of rejecting.
 */
export const attempt = <T>(result: Promise<T>): Promise<T | null> =>
  result.then(
    (value) => value,
    () => null,
  );
