import { useEffect, useRef } from 'react';
import { Anchor, Box, Button, Container, Group, Text } from '@mantine/core';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { session, useSession } from '../auth/session';
import { CurrentUserName } from '../auth/CurrentUserName';
import { MeQuery } from '../auth/operations';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { HeaderSearch } from '../search/HeaderSearch';
import { NotificationBell } from '../notifications/NotificationBell';

/** After a route change, focus moves to the new page's heading (as soon as it is rendered), so screen readers announce it. */
function useFocusHeadingOnNavigation() {
  const location = useLocation();
  const previous = useRef(location.pathname);
  useEffect(() => {
    if (previous.current === location.pathname) return;
    previous.current = location.pathname;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const attempt = () => {
      // A page still loading shows a placeholder heading: wait for the real one.
      const heading = document.querySelector<HTMLElement>('main h1:not([data-page-loading])');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
        return;
      }
      if (++tries < 100) timer = setTimeout(attempt, 50);
    };
    attempt();
    return () => clearTimeout(timer);
  }, [location.pathname]);
}

function MainNav() {
  const { t } = useTranslation();
  const { data } = useQuery(MeQuery);
  const isAdmin = data?.me.role === 'ADMIN';
  const links = [
    { to: '/', label: t('nav.home'), end: true },
    { to: '/groups', label: t('nav.groups') },
    { to: '/calendar', label: t('nav.calendar') },
    { to: '/deputies', label: t('nav.deputies') },
    ...(isAdmin || data?.me.role === 'COORDINATOR' ? [{ to: '/reports', label: t('nav.reports') }] : []),
    ...(isAdmin
      ? [
          { to: '/term', label: t('nav.term') },
          { to: '/accounts', label: t('nav.accounts') },
          { to: '/audit', label: t('nav.audit') },
          { to: '/mails', label: t('sentMails.nav') },
          { to: '/records', label: t('records.nav') },
        ]
      : []),
    { to: '/account', label: t('nav.account') },
  ];
  return (
    <Box component="nav" aria-label={t('nav.label')} className="main-nav">
      <ul className="plain-list main-nav-list">
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end={l.end} className="main-nav-link">
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </Box>
  );
}

/** The frame of every page: skip link, header (name, navigation, language, logout) and the `<main>` landmark. */
export function Layout() {
  const { t } = useTranslation();
  const { token } = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  useFocusHeadingOnNavigation();

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
      <header className="app-header">
        <Container size="xl" py="xs">
          {/* On a narrow phone the tools wrap under the name rather than push the page sideways. */}
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Anchor component={Link} to="/" underline="never" c="inherit" aria-label={t('app.home')}>
              <Text component="span" fw={800} size="xl">
                {t('app.name')}
              </Text>
              <Text component="span" size="sm" c="dimmed" ms="xs" visibleFrom="md">
                {t('app.tagline')}
              </Text>
            </Anchor>
            <Group gap="xs" wrap="wrap" justify="flex-end" ms="auto">
              {token && <NotificationBell />}
              {token && <CurrentUserName />}
              <LanguageSwitcher />
              {token && (
                <Button variant="default" size="xs" onClick={logout}>
                  {t('app.logout')}
                </Button>
              )}
            </Group>
          </Group>
          {token && <HeaderSearch />}
          {token && <MainNav />}
        </Container>
      </header>
      <main id="main" tabIndex={-1}>
        <Container size="xl" py="md">
          <Outlet />
        </Container>
      </main>
    </>
  );
}
