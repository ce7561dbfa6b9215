import { useState } from 'react';
import { NativeSelect, SegmentedControl, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { compareVersions } from '@tribune/domain';
import { useTranslation } from 'react-i18next';
import { ChangeView } from './ChangeView';
import { TextVersionsQuery } from './operations';

/** Any two versions of a text, side by side or as an inline change view (word by word). */
export function CompareVersions({ textId, versions }: { textId: string; versions: { number: number; origin: string }[] }) {
  const { t } = useTranslation();
  const last = versions[versions.length - 1].number;
  const [from, setFrom] = useState(String(last - 1));
  const [to, setTo] = useState(String(last));
  const [mode, setMode] = useState<'inline' | 'side'>('inline');
  const { data } = useQuery(TextVersionsQuery, { variables: { id: textId, from: Number(from), to: Number(to) } });
  const options = versions.map((v) => ({
    value: String(v.number),
    label: t('texts.versionLabel', { number: v.number, origin: t(`texts.origin.${v.origin as 'draft' | 'merge' | 'resolution'}`) }),
  }));
  const rows = data?.text?.from && data.text.to ? compareVersions(data.text.from.paragraphs, data.text.to.paragraphs) : [];

  return (
    <Stack component="section" aria-labelledby="text-compare" gap="sm" className="text-no-print">
      <Title order={2} size="h3" id="text-compare">
        {t('texts.compare')}
      </Title>
      <Group gap="sm" align="end" wrap="wrap">
        <NativeSelect label={t('texts.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} data={options} />
        <NativeSelect label={t('texts.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} data={options} />
        <SegmentedControl
          value={mode}
          onChange={(v) => setMode(v as 'inline' | 'side')}
          data={[
            { value: 'inline', label: t('texts.inline') },
            { value: 'side', label: t('texts.sideBySide') },
          ]}
        />
      </Group>
      {rows.map((row) =>
        mode === 'inline' ? (
          <ChangeView key={row.paragraphId} before={row.before ?? ''} after={row.after ?? ''} />
        ) : (
          <div key={row.paragraphId} className="text-compare" data-testid="compare-row">
            <Text dir="auto" td={row.status === 'REMOVED' ? 'line-through' : undefined}>
              {row.before ?? ''}
            </Text>
            <Text dir="auto" fw={row.status === 'SAME' ? undefined : 600}>
              {row.after ?? ''}
            </Text>
          </div>
        ),
      )}
    </Stack>
  );
}
