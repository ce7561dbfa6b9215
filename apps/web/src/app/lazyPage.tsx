import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageError, PageLoading } from '../ui/PageState';

/**
 * A page loaded on first visit rather than with the app: the first download holds the frame and
 * the home page; every other page (groups, the live session, administration, calendar…) comes
 * when opened, and the service worker precaches them all after the first visit, so they open
 * offline too. Keeps the initial JavaScript within its budget (scripts/build.mjs).
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M & string>(load: () => Promise<M>, name: K): ComponentType {
  const Page = lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await load())[name] }));
  // Component tests render pages straight away and wait a second at most: fetch the code now, not on first render.
  if (import.meta.env.MODE === 'test') void load();
  function LazyPage() {
    return (
      <PageLoadBoundary>
        <Suspense fallback={<LoadingPage />}>
          <Page />
        </Suspense>
      </PageLoadBoundary>
    );
  }
  LazyPage.displayName = `Lazy(${name})`;
  return LazyPage;
}

function LoadingPage() {
  const { t } = useTranslation();
  return <PageLoading label={t('app.loadingPage')} />;
}

function LoadFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  // The code of a new version replaced the old one, or the network dropped: loading the page again fetches it.
  return <PageError title={t('app.pageLoadError')} error={error} onRetry={() => window.location.reload()} />;
}

/** The page's code could not be downloaded (network lost): say so, offer to try again. */
class PageLoadBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    return this.state.error ? <LoadFailed error={this.state.error} /> : this.props.children;
  }
}
