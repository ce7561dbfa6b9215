import { useEffect, useState } from 'react';
import './offline.css';
import { Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Registers the service worker once the app is on screen, and says "Nouvelle version disponible"
 * when one waits: the person updates when they choose (the page reloads then), or later.
 */
type Register = (onNewVersion: (install: () => void) => void) => void;

/** The production build's service worker, where the browser has them; nothing in development and tests. */
const registerInProduction = (onNewVersion: Parameters<Register>[0]) => {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  void import('./register').then(({ registerServiceWorker }) => registerServiceWorker(onNewVersion));
};

export function UpdateNotice({ register = registerInProduction }: { register?: Register }) {
  const { t } = useTranslation();
  const [install, setInstall] = useState<(() => void) | null>(null);

  useEffect(() => {
    let mounted = true;
    register((fn) => {
      if (mounted) setInstall(() => fn);
    });
    return () => {
      mounted = false;
    };
  }, [register]);

  if (!install) return null;
  return (
    <Paper role="status" aria-live="polite" className="update-notice" shadow="md" withBorder p="sm">
      <Text fw={600}>{t('offline.newVersion')}</Text>
      <Text size="sm">{t('offline.newVersionBody')}</Text>
      <Group gap="xs" mt="xs">
        <Button size="sm" onClick={install}>
          {t('offline.update')}
        </Button>
        <Button size="sm" variant="default" onClick={() => setInstall(null)}>
          {t('offline.later')}
        </Button>
      </Group>
    </Paper>
  );
}
