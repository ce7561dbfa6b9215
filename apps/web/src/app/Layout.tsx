import { AppShell, Anchor, Button, Container, Group, Text } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { Link, Outlet, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { session, useSession } from '../auth/session';
import { CurrentUserName } from '../auth/CurrentUserName';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';

/** The frame of every page: skip link, header (name, language, logout) and the `<main>` landmark. */
export function Layout() {
  const { t } = useTranslation();
  const { token } = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();

  const logout = async () => {
    session.logout();
    await client.clearStore();
    navigate('/login', { replace: true });
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell header={{ height: 60 }} padding="md">
        <AppShell.Header>
          <Container size="xl" h="100%">
            <Group h="100%" justify="space-between" wrap="nowrap" gap="xs">
              <Anchor component={Link} to="/" underline="never" c="inherit" aria-label={t('app.home')}>
                <Text component="span" fw={800} size="xl">
                  {t('app.name')}
                </Text>
                <Text component="span" size="sm" c="dimmed" ml="xs" visibleFrom="md">
                  {t('app.tagline')}
                </Text>
              </Anchor>
              <Group gap="xs" wrap="nowrap">
                {token && <CurrentUserName />}
                <LanguageSwitcher />
                {token && (
                  <Button variant="default" size="xs" onClick={logout}>
                    {t('app.logout')}
                  </Button>
                )}
              </Group>
            </Group>
          </Container>
        </AppShell.Header>
        <AppShell.Main id="main" tabIndex={-1}>
          <Container size="xl" px={0}>
            <Outlet />
          </Container>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
