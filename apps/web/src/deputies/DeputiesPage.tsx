import { useMemo, useState, type ReactNode } from 'react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageError, PageLoading } from '../ui/PageState';
import type { DeputiesQuery as DeputiesData } from '../gql/graphql';
import { DeputiesQuery } from './operations';
import { CreateDeputyForm } from './CreateDeputyForm';
import { territoryName } from '../territories/name';

type Deputy = DeputiesData['deputies'][number];

/** Lower case without accents, so "emilie" finds "Émilie". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

function matches(deputy: Deputy, query: string): boolean {
  const q = fold(query.trim());
  if (!q) return true;
  // The territory by its name, its number ("93") or its code.
  return [deputy.fullName, deputy.territoryLabel ?? '', deputy.territory ?? '', ...deputy.languages, ...deputy.skills].some((text) =>
    fold(text).includes(q),
  );
}

/** Every deputy (readable by everyone signed in): who they are, where from, which languages, seat and groups. Administrators add profiles here. */
export function DeputiesPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(DeputiesQuery);
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ id: string; fullName: string; withAccount: boolean } | null>(null);
  useDocumentTitle(`${t('deputies.title')} · ${t('app.name')}`);
  const shown = useMemo(() => (data?.deputies ?? []).filter((d) => matches(d, query)), [data, query]);

  if (!data && loading) return <PageLoading label={t('deputies.loading')} />;
  if (!data) return <PageError title={t('deputies.loadError')} error={error} onRetry={() => void refetch()} />;

  const isAdmin = data.me.role === 'ADMIN';
  const ownId = data.me.deputy?.id;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center" gap="sm">
        <Title order={1}>{t('deputies.title')}</Title>
        {isAdmin && !creating && <Button onClick={() => (setCreated(null), setCreating(true))}>{t('deputies.create')}</Button>}
      </Group>
      {created && (
        <Alert color="green" variant="light" role="status">
          <Text size="sm">
            {t(created.withAccount ? 'deputies.createdWithAccount' : 'deputies.created', { name: created.fullName })}{' '}
            <Anchor component={Link} to={`/deputies/${created.id}`}>
              {t('deputies.openProfile')}
            </Anchor>
          </Text>
        </Alert>
      )}
      {isAdmin && creating && (
        <CreateDeputyForm onCancel={() => setCreating(false)} onCreated={(d) => (setCreating(false), setCreated(d))} />
      )}
      <TextInput
        type="search"
        label={t('deputies.search')}
        description={t('deputies.searchHint')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        maw={420}
      />
      <Text size="sm" role="status" data-testid="deputies-count">
        {t('deputies.count', { count: shown.length })}
      </Text>
      {shown.length === 0 ? (
        <Text>{data.deputies.length === 0 ? t('deputies.empty') : t('deputies.none')}</Text>
      ) : (
        <ul className="plain-list" aria-label={t('deputies.listLabel')}>
          {shown.map((deputy) => (
            <li key={deputy.id}>
              <DeputyCard deputy={deputy} own={deputy.id === ownId} />
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}

function DeputyCard({ deputy, own }: { deputy: Deputy; own: boolean }) {
  const { t } = useTranslation();
  const none = t('deputies.notGiven');
  const seat = deputy.currentMandate?.seat.number;
  return (
    <Paper withBorder p="sm" mb="sm">
      <Title order={2} size="h4">
        <Anchor component={Link} to={`/deputies/${deputy.id}`}>
          {deputy.fullName}
        </Anchor>
        {own && (
          <Text component="span" size="sm" c="dimmed" ms="xs">
            {t('deputies.you')}
          </Text>
        )}
      </Title>
      <Stack component="dl" gap={2} my={4}>
        <Fact term={t('deputies.territory')}>{territoryName(deputy, t)}</Fact>
        <Fact term={t('deputies.languages')}>{deputy.languages.join(', ') || none}</Fact>
        <Fact term={t('deputies.seat')}>{seat ? t('deputies.seatNumber', { number: seat }) : t('deputies.noSeat')}</Fact>
        <Fact term={t('deputies.groups')}>{deputy.memberships.map((m) => m.group.name).join(', ') || t('deputies.noGroups')}</Fact>
      </Stack>
    </Paper>
  );
}

/** One "label: value" line of a description list. */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Group gap={6} align="baseline">
      <Text component="dt" size="sm" fw={600} style={{ flexShrink: 0 }}>
        {term}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </Group>
  );
}
