import { Select } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { TerritoriesQuery } from './operations';

const ABROAD = 'abroad';

/**
 * Where a deputy works or a report comes from, chosen from the official list of French
 * départements and régions or "outside France" (issue 12): never typed, so no address can be
 * given there. A searchable select (type "93" or "seine"); the list comes from the API when the
 * form opens, so it is not part of the first download.
 */
export function TerritorySelect(props: {
  id?: string;
  label: string;
  description?: string;
  value: string;
  onChange: (code: string) => void;
  error?: string;
  required?: boolean;
  miw?: number;
}) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(TerritoriesQuery);
  const list = data?.territories ?? [];
  const group = (kind: string) =>
    list.filter((x) => x.kind === kind).map((x) => ({ value: x.code, label: x.code === ABROAD ? t('territory.abroad') : x.label }));
  const options = [
    { group: t('territory.regions'), items: group('REGION') },
    { group: t('territory.departements'), items: group('DEPARTEMENT') },
    { group: t('territory.elsewhere'), items: group('ABROAD') },
  ].filter((g) => g.items.length);
  return (
    <Select
      id={props.id}
      label={props.label}
      description={props.description}
      placeholder={loading ? t('territory.loading') : t('territory.placeholder')}
      data={options}
      value={props.value || null}
      onChange={(code) => props.onChange(code ?? '')}
      error={props.error}
      required={props.required}
      searchable
      clearable={!props.required}
      nothingFoundMessage={t('territory.nothingFound')}
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: true }}
      miw={props.miw}
      data-testid="territory-select"
    />
  );
}
