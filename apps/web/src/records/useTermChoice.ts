import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { RecordsTermsQuery } from './operations';

/** The term the records are read for: the one running today unless the reader picks another. */
export function useTermChoice() {
  const { data, loading, error, refetch } = useQuery(RecordsTermsQuery);
  const [chosen, setChosen] = useState<string | null>(null);
  const terms = data?.terms ?? [];
  const termId = chosen ?? data?.currentTerm?.id ?? terms[0]?.id ?? null;
  const term = terms.find((x) => x.id === termId) ?? null;
  return { terms, term, termId, setTermId: setChosen, loading: loading && !data, error: data ? undefined : error, refetch };
}
