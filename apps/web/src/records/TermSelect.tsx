import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Which term the record covers (newest first). */
export function TermSelect({
  terms,
  value,
  onChange,
}: {
  terms: ReadonlyArray<{ id: string; name: string }>;
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('records.term')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={terms.map((x) => ({ value: x.id, label: x.name }))}
      miw={200}
    />
  );
}
