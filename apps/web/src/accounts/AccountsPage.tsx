import { useState } from 'react';
import { Alert, Badge, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PageError, PageLoading } from '../ui/PageState';
import type { Role } from '../gql/graphql';
import { ChangeRoleDialog, type RoleTarget } from './ChangeRoleDialog';
import { CreateAccountForm, ROLES } from './CreateAccountForm';
import { AccountsQuery } from './operations';
import { AccountStatusDialog, type StatusTarget } from './AccountStatusDialog';
import { ResetPasswordDialog, type ResetTarget } from './ResetPasswordDialog';

// Dark enough for white badge text (WCAG AA at badge size); the role is written in the badge, so colour is only a help.
const ROLE_COLOR: Record<Role, string> = { ADMIN: 'red.9', COORDINATOR: 'indigo.9', DEPUTY: 'teal.9' };

/** Lower case without accents, so "emilie" finds "Émilie". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Administrators: every account with its role and linked deputy, a search, account creation, role
 * changes, disabling and enabling, password resets.
 */
export function AccountsPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('accounts.title')} · ${t('app.name')}`);
  const { data, loading, error, refetch } = useQuery(AccountsQuery);
  const [search, setSearch] = useState('');
  const [roleFilter, setRoleFilter] = useState<Role | ''>('');
  const [creating, setCreating] = useState(false);
  const [changing, setChanging] = useState<RoleTarget | null>(null);
  const [switching, setSwitching] = useState<StatusTarget | null>(null);
  const [resetting, setResetting] = useState<ResetTarget | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);

  if (!data && loading) return <PageLoading label={t('accounts.loading')} />;
  if (!data) return <PageError title={t('accounts.loadError')} error={error} onRetry={() => void refetch()} />;

  // An administrator reads every account's email, role and state (the API answers null to others only).
  const users = data.users.map((u) => ({ ...u, email: u.email ?? '', role: u.role ?? 'DEPUTY', disabled: u.disabled ?? false }));
  const linked = new Set(users.flatMap((u) => (u.deputy ? [u.deputy.id] : [])));
  const freeDeputies = data.deputies.filter((d) => !linked.has(d.id)).sort((a, b) => a.fullName.localeCompare(b.fullName));
  const needle = fold(search.trim());
  const shown = users.filter(
    (u) =>
      (!roleFilter || u.role === roleFilter) &&
      (!needle || [u.displayName, u.email, u.deputy?.fullName ?? ''].some((s) => fold(s).includes(needle))),
  );

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('accounts.title')}</Title>
        <Text>{t('accounts.intro')}</Text>
      </Stack>

      {outcome && (
        <Alert
          color="green"
          variant="light"
          role="status"
          data-testid="accounts-outcome"
          withCloseButton
          closeButtonLabel={t('app.close')}
          onClose={() => setOutcome(null)}
        >
          <Text size="sm">{outcome}</Text>
        </Alert>
      )}

      <Group>
        <Button
          variant={creating ? 'default' : 'filled'}
          onClick={() => setCreating((c) => !c)}
          aria-expanded={creating}
          aria-controls={creating ? 'account-form' : undefined}
        >
          {creating ? t('accounts.closeForm') : t('accounts.create')}
        </Button>
      </Group>
      {creating && (
        <div id="account-form">
          <CreateAccountForm
            freeDeputies={freeDeputies}
            onCreated={(text) => {
              setOutcome(text);
              setCreating(false);
            }}
          />
        </div>
      )}

      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="search"
          label={t('accounts.search')}
          placeholder={t('accounts.searchHint')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          miw={220}
          style={{ flexGrow: 1 }}
        />
        <NativeSelect
          label={t('accounts.roleFilter')}
          value={roleFilter}
          onChange={(e) => setRoleFilter(e.currentTarget.value as Role | '')}
          data={[{ value: '', label: t('accounts.allRoles') }, ...ROLES.map((r) => ({ value: r, label: t(`accounts.roles.${r}`) }))]}
          miw={180}
        />
      </Group>
      <Text size="sm" role="status" data-testid="accounts-count">
        {t('accounts.count', { count: shown.length })}
      </Text>

      {shown.length === 0 ? (
        <Text>{t('accounts.none')}</Text>
      ) : (
        <SimpleGrid
          component="ul"
          className="plain-list"
          cols={{ base: 1, sm: 2, lg: 3 }}
          spacing="sm"
          aria-label={t('accounts.listLabel')}
        >
          {shown.map((u) => {
            const isMe = u.id === data.me.id;
            return (
              <Paper component="li" withBorder p="sm" key={u.id} data-testid="account">
                <Stack gap={4}>
                  <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                    <Text fw={700} dir="auto" style={{ overflowWrap: 'anywhere' }}>
                      {u.displayName}{' '}
                      {isMe && (
                        <Text span size="sm" fw={400}>
                          {t('accounts.you')}
                        </Text>
                      )}
                    </Text>
                    <Group gap={4} justify="flex-end" style={{ flex: 'none' }}>
                      {u.disabled && (
                        <Badge color="gray.8" variant="filled" data-testid="account-disabled">
                          {t('accounts.disabledBadge')}
                        </Badge>
                      )}
                      <Badge color={ROLE_COLOR[u.role]} variant="filled" data-testid="account-role">
                        {t(`accounts.roles.${u.role}`)}
                      </Badge>
                    </Group>
                  </Group>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {u.email}
                  </Text>
                  <Text size="sm" data-testid="account-deputy">
                    {t('accounts.deputyLine', { name: u.deputy ? u.deputy.fullName : t('accounts.noDeputy') })}
                  </Text>
                  {!isMe && (
                    <Group mt={4} gap="xs">
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setChanging(u)}
                        aria-label={t('accounts.changeRoleOf', { name: u.displayName })}
                      >
                        {t('accounts.changeRole')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setResetting(u)}
                        aria-label={t('accounts.resetPasswordOf', { name: u.displayName })}
                      >
                        {t('accounts.resetPassword')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setSwitching(u)}
                        aria-label={t(u.disabled ? 'accounts.enableOf' : 'accounts.disableOf', { name: u.displayName })}
                      >
                        {t(u.disabled ? 'accounts.enable' : 'accounts.disable')}
                      </Button>
                    </Group>
                  )}
                </Stack>
              </Paper>
            );
          })}
        </SimpleGrid>
      )}

      <ChangeRoleDialog
        user={changing}
        onClose={() => setChanging(null)}
        onChanged={(text) => {
          setChanging(null);
          setOutcome(text);
        }}
      />
      <AccountStatusDialog
        user={switching}
        onClose={() => setSwitching(null)}
        onChanged={(text) => {
          setSwitching(null);
          setOutcome(text);
        }}
      />
      <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} />
    </Stack>
  );
}
