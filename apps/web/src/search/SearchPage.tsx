import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SearchInput, SearchKind, SearchQuery as SearchResult } from '../gql/graphql';
import { SearchFiltersQuery, SearchQuery } from './operations';

const PAGE = 20;
/** Every kind, in the order the filters offer them. */
const KINDS: readonly SearchKind[] = ['MESSAGE', 'FIELD_REPORT', 'DECISION', 'MINUTES', 'AGENDA_ITEM', 'ACTION_ITEM', 'TEXT', 'AMENDMENT'];
type Hit = SearchResult['search']['hits'][number];

/** The start of a day picked in a date field, on the reader's clock, as an instant. */
function dayStart(day: string, plusDays = 0): string {
  const d = new Date(`${day}T00:00:00`);
  d.setDate(d.getDate() + plusDays);
  return d.toISOString();
}

/** Where a result opens: a message in its discussion, minutes at their version, the meeting of a decision or an item. */
export function hitLink(hit: Pick<Hit, 'kind' | 'groupId' | 'meetingId' | 'seq' | 'minutesVersion' | 'textId'>): string | null {
  if (hit.kind === 'MESSAGE' && hit.groupId && hit.seq != null) return `/groups/${hit.groupId}/messages/${hit.seq}`;
  if (hit.kind === 'MINUTES' && hit.meetingId && hit.minutesVersion != null)
    return `/meetings/${hit.meetingId}/minutes/${hit.minutesVersion}`;
  if (hit.textId) return `/texts/${hit.textId}`;
  if (hit.meetingId) return `/meetings/${hit.meetingId}`;
  return hit.groupId ? `/groups/${hit.groupId}` : null;
}

/** The filters as the address holds them (so a search can be shared, reloaded, and the header box opens one). */
function filtersOf(params: URLSearchParams) {
  return {
    q: params.get('q') ?? '',
    kinds: (params.get('kinds') ?? '').split(',').filter((k): k is SearchKind => (KINDS as readonly string[]).includes(k)),
    group: params.get('group') ?? '',
    author: params.get('author') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
}
type Filters = ReturnType<typeof filtersOf>;

/**
 * Search over what the person may read (the API filters by the access policy): the words, then
 * filters by kind, group, author and dates; results newest first with the matched words marked,
 * each opening where it was said.
 */
export function SearchPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('search.title')} · ${t('app.name')}`);
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const apply = (f: Filters) => {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...f, kinds: f.kinds.join(',') })) if (v) next.set(k, v);
    setParams(next);
  };
  return (
    <Stack gap="md">
      <Title order={1}>{t('search.title')}</Title>
      {/* Keyed by the address: the header box or the back button give the form its values again. */}
      <SearchForm key={params.toString()} initial={filters} onSearch={apply} />
      {filters.q.trim() ? <SearchResults filters={filters} /> : <Text c="dimmed">{t('search.hint')}</Text>}
    </Stack>
  );
}

function SearchForm({ initial, onSearch }: { initial: Filters; onSearch: (f: Filters) => void }) {
  const { t, i18n } = useTranslation();
  const [f, setF] = useState(initial);
  const options = useQuery(SearchFiltersQuery);
  const byName = (a: string, b: string) => a.localeCompare(b, i18n.language);
  const groups = [...(options.data?.workingGroups ?? [])].sort((a, b) => byName(a.name, b.name));
  const deputies = [...(options.data?.deputies ?? [])].sort((a, b) => byName(a.fullName, b.fullName));
  return (
    <Paper
      component="form"
      role="search"
      aria-label={t('search.title')}
      withBorder
      p="sm"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(f);
      }}
    >
      <Stack gap="sm">
        <Group align="end" gap="xs" wrap="nowrap">
          <TextInput
            type="search"
            label={t('search.query')}
            value={f.q}
            maxLength={200}
            style={{ flex: 1 }}
            onChange={(e) => setF({ ...f, q: e.currentTarget.value })}
          />
          <Button type="submit">{t('search.submit')}</Button>
        </Group>
        <Checkbox.Group
          label={t('search.kinds')}
          description={t('search.kindsHint')}
          value={f.kinds}
          onChange={(v) => setF({ ...f, kinds: v as SearchKind[] })}
        >
          <Group gap="sm" mt={4}>
            {KINDS.map((k) => (
              <Checkbox key={k} value={k} label={t(`search.kind.${k}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <NativeSelect
            label={t('search.group')}
            value={f.group}
            onChange={(e) => setF({ ...f, group: e.currentTarget.value })}
            data={[{ value: '', label: t('search.anyGroup') }, ...groups.map((g) => ({ value: g.id, label: g.name }))]}
          />
          <NativeSelect
            label={t('search.author')}
            value={f.author}
            onChange={(e) => setF({ ...f, author: e.currentTarget.value })}
            data={[{ value: '', label: t('search.anyone') }, ...deputies.map((d) => ({ value: d.id, label: d.fullName }))]}
          />
          <TextInput
            type="date"
            label={t('search.from')}
            value={f.from}
            max={f.to || undefined}
            onChange={(e) => setF({ ...f, from: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('search.to')}
            value={f.to}
            min={f.from || undefined}
            onChange={(e) => setF({ ...f, to: e.currentTarget.value })}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

function SearchResults({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  // Only what is set is sent: an unset filter is left out, not sent as null.
  const input: SearchInput = {
    query: filters.q.trim(),
    first: PAGE,
    ...(filters.kinds.length ? { kinds: filters.kinds } : {}),
    ...(filters.group ? { groupId: filters.group } : {}),
    ...(filters.author ? { authorId: filters.author } : {}),
    ...(filters.from ? { from: dayStart(filters.from) } : {}),
    ...(filters.to ? { to: dayStart(filters.to, 1) } : {}),
  };
  const { data, loading, error, refetch, fetchMore } = useQuery(SearchQuery, { variables: { input }, notifyOnNetworkStatusChange: true });
  const [more, setMore] = useState<'idle' | 'loading' | 'failed'>('idle');
  const page = data?.search;

  const loadMore = async () => {
    if (!page?.endCursor) return;
    setMore('loading');
    try {
      await fetchMore({
        variables: { input: { ...input, after: page.endCursor } },
        updateQuery: (previous, { fetchMoreResult }) =>
          ({
            search: { ...fetchMoreResult.search, hits: [...(previous.search?.hits ?? []), ...fetchMoreResult.search.hits] },
          }) as typeof fetchMoreResult,
      });
      setMore('idle');
    } catch {
      setMore('failed');
    }
  };

  return (
    <Stack gap="sm">
      <Text role="status" aria-live="polite" data-testid="search-count">
        {loading && !page ? t('search.loading') : page ? t('search.count', { count: page.totalCount }) : ''}
      </Text>
      {loading && !page && <Loader size="sm" aria-hidden="true" />}
      {error && !loading && (
        <Alert color="red" title={t('search.failed')}>
          <Button size="xs" mt="xs" onClick={() => void refetch()}>
            {t('errors.retry')}
          </Button>
        </Alert>
      )}
      {page && page.hits.length === 0 && <Text>{t('search.none')}</Text>}
      {page && page.hits.length > 0 && (
        <Stack component="ol" gap="sm" className="plain-list" aria-label={t('search.results')}>
          {page.hits.map((hit) => (
            <SearchHitItem key={`${hit.kind}:${hit.id}`} hit={hit} />
          ))}
        </Stack>
      )}
      {page?.hasMore && (
        <Group>
          <Button variant="default" loading={more === 'loading'} onClick={() => void loadMore()}>
            {t('search.more')}
          </Button>
          {more === 'failed' && <Text c="red">{t('search.failed')}</Text>}
        </Group>
      )}
    </Stack>
  );
}

function SearchHitItem({ hit }: { hit: Hit }) {
  const { t, i18n } = useTranslation();
  const link = hitLink(hit);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const where = [hit.groupName, hit.meetingTitle, hit.authorName].filter(Boolean).join(' · ');
  const label = hit.kind === 'MINUTES' ? t('search.minutesVersion', { version: hit.minutesVersion }) : t(`search.kind.${hit.kind}`);
  return (
    <Paper component="li" withBorder p="sm" data-testid="search-hit">
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light">{label}</Badge>
          <Text size="sm" c="dimmed">
            {where && `${where} · `}
            <time dateTime={hit.at}>{when.format(new Date(hit.at))}</time>
          </Text>
        </Group>
        {hit.title && (
          <Text fw={600} dir="auto">
            {hit.title}
          </Text>
        )}
        <Text dir="auto" style={{ overflowWrap: 'anywhere' }}>
          {hit.snippet.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
        </Text>
        {link && (
          <Anchor component={Link} to={link} size="sm">
            {t('search.open', { what: label })}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}
