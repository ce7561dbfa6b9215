import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWidget } from '../test/render';
import { SittingTabs } from './SittingTabs';

let setVotes: (text: string) => void = () => undefined;
let setTimer: (text: string) => void = () => undefined;

function Sitting() {
  const [votes, changeVotes] = useState('Aucun vote ouvert');
  const [timer, changeTimer] = useState('2:00');
  setVotes = changeVotes;
  setTimer = changeTimer;
  return (
    <SittingTabs
      sections={[
        { id: 'discussion', content: <p>Messages</p> },
        {
          id: 'speakers',
          content: (
            <span role="timer" aria-label="Temps restant">
              {timer}
            </span>
          ),
        },
        { id: 'votes', content: <p>{votes}</p> },
      ]}
    />
  );
}

describe('SittingTabs', () => {
  it('shows the discussion first, the other parts one tap away', async () => {
    renderWidget(<Sitting />);
    expect(screen.getByRole('tab', { name: 'Discussion' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText('Messages')).toBeVisible();
    await userEvent.click(screen.getByRole('tab', { name: 'Votes' }));
    expect(screen.getByText('Aucun vote ouvert')).toBeVisible();
    expect(screen.getByText('Messages')).not.toBeVisible();
  });

  it('marks a hidden part that changed (a vote opens) until it is opened, not a running countdown', async () => {
    renderWidget(<Sitting />);
    await act(async () => setTimer('1:59'));
    expect(screen.getByRole('tab', { name: 'Orateurs' })).not.toHaveAttribute('data-changed');

    await act(async () => setVotes('Vote ouvert : amendement 3'));
    await screen.findByTestId('sitting-badge-votes');
    const votes = screen.getByRole('tab', { name: /^Votes.*nouveau/ });
    expect(votes).toHaveAttribute('data-changed');
    await userEvent.click(votes);
    expect(screen.getByRole('tab', { name: 'Votes' })).not.toHaveAttribute('data-changed');
    expect(screen.queryByTestId('sitting-badge-votes')).toBeNull();

    // A change in the part on screen is seen already: no mark.
    await act(async () => setVotes('Vote clos'));
    expect(screen.getByRole('tab', { name: 'Votes' })).not.toHaveAttribute('data-changed');
  });
});
