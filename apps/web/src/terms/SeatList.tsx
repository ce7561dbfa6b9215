import type { ReactNode } from 'react';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, type FragmentType } from '../gql';
import type { SeatList_TermFragment } from '../gql/graphql';
import { formatDate } from '../i18n/format';
import { SeatListFragment } from './operations';
import { territoryName } from '../territories/name';

export type SeatData = SeatList_TermFragment['seats'][number];

/**
 * The seats as an ordered list: number, holder and territory, or "vacant". Two columns on a
 * phone, five on a desktop. The start date shows only for a mandate that began after the term
 * did (a replacement), where it tells something; earlier holders of the seat are listed under it.
 * Administrators get each seat's actions through `actions`.
 */
export function SeatList(props: { term: FragmentType<typeof SeatListFragment>; actions?: (seat: SeatData) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const { startsOn: termStart, seats } = getFragmentData(SeatListFragment, props.term);
  const ordered = [...seats].sort((a, b) => a.number - b.number);
  return (
    <Stack component="section" aria-labelledby="seats-heading" gap="sm">
      <Title order={2} id="seats-heading" size="h3">
        {t('term.seatsHeading')}{' '}
        <Text component="span" size="md" fw={400}>
          ({t('term.seatsCount', { count: seats.length })})
        </Text>
      </Title>
      <SimpleGrid
        component="ol"
        className="plain-list"
        cols={{ base: 2, sm: 3, md: 4, lg: 5 }}
        spacing="sm"
        verticalSpacing="sm"
        aria-labelledby="seats-heading"
      >
        {ordered.map((seat) => {
          const mandate = seat.currentMandate;
          const past = seat.history.filter((h) => h.endsOn);
          return (
            <Paper component="li" key={seat.id} withBorder p="sm" data-testid="seat" data-vacant={mandate ? undefined : 'true'}>
              <Stack gap={2}>
                <Title order={3} size="h6" c="dimmed" tt="uppercase" lts={0.4}>
                  {t('term.seat', { number: seat.number })}
                </Title>
                {mandate ? (
                  <>
                    <Text fw={600} lh={1.3} data-testid="seat-holder">
                      {mandate.deputy.fullName}
                    </Text>
                    <Text size="sm" c="dimmed" lh={1.3}>
                      {territoryName(mandate.deputy, t)}
                    </Text>
                    {mandate.startsOn > termStart && (
                      <Text size="xs" c="dimmed">
                        {t('term.since', { date: formatDate(mandate.startsOn, i18n.language) })}
                      </Text>
                    )}
                  </>
                ) : (
                  <Text fs="italic">{t('term.vacant')}</Text>
                )}
                {past.length > 0 && (
                  <Text size="xs" data-testid="seat-history">
                    {t('term.previously')}{' '}
                    {past
                      .map((h) =>
                        t('term.pastMandate', {
                          name: h.deputy.fullName,
                          end: formatDate(h.endsOn!, i18n.language),
                          reason: h.endReason ? t(`term.endReason.${h.endReason}`) : '',
                        }),
                      )
                      .join(' ; ')}
                  </Text>
                )}
                {props.actions?.(seat)}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
