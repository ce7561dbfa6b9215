import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test/render';
import { graphQLErrorResult, meMock } from '../test/fixtures';
import { SentMailsQuery } from './operations';

const mail = (n: number, o: Record<string, unknown> = {}) => ({
  __typename: 'OutgoingMailModel',
  id: `m${n}`,
  to: `personne${n}@tribune.example`,
  subject: `Courriel ${n}`,
  locale: 'fr',
  status: 'KEPT',
  text: `Texte du courriel ${n}`,
  calendarMethod: null,
  attempts: 0,
  lastError: null,
  createdAt: '2027-01-05T17:00:00.000Z',
  sentAt: null,
  ...o,
});
const page = (mails: object[], hasMore: boolean, endCursor: string | null) => ({
  data: { sentMails: { __typename: 'OutgoingMailPage', mails, hasMore, endCursor } },
});

describe('Courriels envoyés (administrators)', () => {
  it('lists the outbox newest first, each mail with its recipient, state, language and text, and loads older ones', async () => {
    renderApp({
      route: '/mails',
      mocks: [
        meMock,
        {
          request: { query: SentMailsQuery, variables: { first: 20 } },
          result: page(
            [
              mail(2, {
                subject: 'تذكير: اجتماع غدًا',
                locale: 'ar',
                calendarMethod: 'REQUEST',
                status: 'PENDING',
                attempts: 2,
                lastError: '451 Try again later',
              }),
              mail(1, { status: 'SENT', text: '', sentAt: '2027-01-05T17:01:00.000Z' }),
            ],
            true,
            'm1',
          ),
        },
        { request: { query: SentMailsQuery, variables: { first: 20, after: 'm1' } }, result: page([mail(0)], false, 'm0') },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Courriels envoyés' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).getByRole('link', { name: 'Courriels envoyés' })).toHaveAttribute('href', '/mails');

    const arabic = await screen.findByRole('article', { name: 'تذكير: اجتماع غدًا' });
    expect(within(arabic).getByRole('heading', { name: 'تذكير: اجتماع غدًا' })).toHaveAttribute('dir', 'rtl');
    expect(arabic).toHaveTextContent('À personne2@tribune.example');
    expect(arabic).toHaveTextContent('À envoyer');
    expect(arabic).toHaveTextContent('Langue : العربية');
    expect(arabic).toHaveTextContent('Essais : 2');
    expect(arabic).toHaveTextContent('Avec une invitation d’agenda (REQUEST)');
    expect(arabic).toHaveTextContent('Dernière erreur : 451 Try again later');

    const secret = screen.getByRole('article', { name: 'Courriel 1' });
    expect(secret).toHaveTextContent('Envoyé');
    await userEvent.click(within(secret).getByText('Lire le courriel'));
    expect(within(secret).getByText('Contenu effacé après l’envoi : il contenait un lien secret.')).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Courriels plus anciens' }));
    const oldest = await screen.findByRole('article', { name: 'Courriel 0' });
    expect(oldest).toHaveTextContent('Gardé (pas de SMTP)');
    await userEvent.click(within(oldest).getByText('Lire le courriel'));
    expect(within(oldest).getByText('Texte du courriel 0')).toBeVisible();
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Courriels plus anciens' })).not.toBeInTheDocument();
  });

  it('says when there is nothing yet, and a refusal in words', async () => {
    const { unmount } = renderApp({
      route: '/mails',
      mocks: [meMock, { request: { query: SentMailsQuery, variables: { first: 20 } }, result: page([], false, null) }],
    });
    expect(await screen.findByText('Aucun courriel pour l’instant.')).toBeInTheDocument();
    unmount();
    renderApp({
      route: '/mails',
      lang: 'en',
      mocks: [meMock, { request: { query: SentMailsQuery, variables: { first: 20 } }, result: graphQLErrorResult('FORBIDDEN', 'No.') }],
    });
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Retry|Try again/ })).toBeInTheDocument();
  });
});
