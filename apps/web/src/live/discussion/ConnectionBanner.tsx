import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '../transport/LiveConnectionProvider';

/** A polite status, always in the page (so screen readers announce its changes), filled while the connection is down. */
export function ConnectionBanner({ state, waiting }: { state: ConnectionState; waiting: number }) {
  const { t } = useTranslation();
  const down = state === 'reconnecting' || state === 'offline';
  return (
    <div role="status" data-testid="connection-banner" data-state={state} className={down ? 'live-banner live-banner-down' : 'live-banner'}>
      {down && (
        <>
          <Text size="sm" fw={600}>
            {state === 'offline' ? t('live.offline') : t('live.reconnecting')}
          </Text>
          {waiting > 0 && <Text size="sm">{t('live.waiting', { count: waiting })}</Text>}
        </>
      )}
      {state === 'connecting' && (
        <Text size="sm" c="dimmed">
          {t('live.connecting')}
        </Text>
      )}
    </div>
  );
}
