import { describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWidget } from '../test/render';
import { UpdateNotice } from './UpdateNotice';

describe('UpdateNotice', () => {
  function withWaitingVersion() {
    let offer: ((install: () => void) => void) | undefined;
    const install = vi.fn();
    renderWidget(<UpdateNotice register={(onNewVersion) => (offer = onNewVersion)} />);
    return { install, offerNewVersion: () => act(() => offer!(install)) };
  }

  it('shows nothing while no new version waits', () => {
    withWaitingVersion();
    expect(screen.queryByText('Nouvelle version disponible')).toBeNull();
  });

  it('offers a waiting version and installs it only when the person asks', async () => {
    const { install, offerNewVersion } = withWaitingVersion();
    offerNewVersion();
    expect(screen.getByRole('status')).toHaveTextContent('Nouvelle version disponible');
    expect(install).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Mettre à jour' }));
    expect(install).toHaveBeenCalledTimes(1);
  });

  it('goes away when the person says later, without installing', async () => {
    const { install, offerNewVersion } = withWaitingVersion();
    offerNewVersion();
    await userEvent.click(screen.getByRole('button', { name: 'Plus tard' }));
    expect(screen.queryByText('Nouvelle version disponible')).toBeNull();
    expect(install).not.toHaveBeenCalled();
  });
});
