import type { Dispatch, SetStateAction } from 'react';
import { Button, Fieldset, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VoteMember } from './vote-labels';

/** One proxy given for a vote: who gives it, who carries it (a key keeps rows apart while they are edited). */
export interface ProxyRow {
  key: number;
  grantorId: string;
  holderId: string;
}

/** The proxies of a vote being opened: a pair of members a row, added and removed by the chair. */
export function ProxyFields({
  members,
  proxies,
  onChange,
}: {
  members: VoteMember[];
  proxies: ProxyRow[];
  onChange: Dispatch<SetStateAction<ProxyRow[]>>;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('procedure.proxies')} variant="unstyled">
      <Stack gap="xs">
        <Text size="xs" c="dimmed">
          {t('procedure.proxiesHint')}
        </Text>
        {proxies.map((p, i) => {
          const choices = [{ value: '', label: '—' }, ...members.map((m) => ({ value: m.id, label: m.fullName }))];
          const change = (field: 'grantorId' | 'holderId', value: string) =>
            onChange((all) => all.map((x) => (x.key === p.key ? { ...x, [field]: value } : x)));
          return (
            <Group key={p.key} gap="xs" align="flex-end" wrap="wrap" data-testid="proxy-row">
              <NativeSelect
                label={t('procedure.proxyGrantor', { n: i + 1 })}
                data={choices}
                value={p.grantorId}
                onChange={(e) => change('grantorId', e.currentTarget.value)}
              />
              <NativeSelect
                label={t('procedure.proxyHolder', { n: i + 1 })}
                data={choices}
                value={p.holderId}
                onChange={(e) => change('holderId', e.currentTarget.value)}
              />
              <Button variant="default" onClick={() => onChange((all) => all.filter((x) => x.key !== p.key))}>
                {t('procedure.proxyRemove', { n: i + 1 })}
              </Button>
            </Group>
          );
        })}
        <Group>
          <Button
            variant="default"
            size="xs"
            onClick={() => onChange((all) => [...all, { key: Math.max(0, ...all.map((x) => x.key)) + 1, grantorId: '', holderId: '' }])}
          >
            {t('procedure.proxyAdd')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
