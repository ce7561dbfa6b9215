import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { apiError, type ApiErrorInfo } from './errors';

/**
 * A mutation for a form or a button, without a try/catch in every screen: `submit(variables)`
 * resolves with the data, or with null when the API refused or the network failed. The refusal
 * stays in `error` (an <ErrorAlert> words it above the form); `refusal` is its code and reason, and
 * `refusedField` the input field the API named (BAD_USER_INPUT with `extensions.field`), so a form
 * says that one beside its field.
 */
export function useFormMutation<TData, TVariables extends OperationVariables>(
  mutation: TypedDocumentNode<TData, TVariables>,
  options?: useMutation.Options<TData, TVariables>,
) {
  const [mutate, result] = useMutation<TData, TVariables>(mutation, options);
  const submit = useCallback(
    async (variables: TVariables): Promise<TData | null> => {
      try {
        const { data } = await (mutate as (o: { variables: TVariables }) => Promise<{ data?: TData | null }>)({ variables });
        return data ?? null;
      } catch {
        return null;
      }
    },
    [mutate],
  );
  const refusal: ApiErrorInfo | null = result.error ? apiError(result.error) : null;
  const field = refusal?.code === 'BAD_USER_INPUT' ? refusal.extensions?.field : undefined;
  return [submit, { ...result, refusal, refusedField: typeof field === 'string' ? field : undefined }] as const;
}
