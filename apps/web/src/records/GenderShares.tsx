import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Gender } from '../gql/graphql';
import { formatDuration, formatShare } from './format';

export interface GenderShare {
  gender: Gender;
  seconds: number;
  speeches: number;
  share: number;
}

const ORDER: Gender[] = ['WOMAN', 'MAN', 'OTHER', 'UNDISCLOSED'];

/**
 * Speaking time by declared gender: every figure written out, with a bar beside it that only
 * repeats the number for the eye (patterned, with a dashed mark at parity), so nothing is told
 * by colour alone. Genders nobody declared are left out unless they spoke.
 */
export function GenderShares({ byGender }: { byGender: readonly GenderShare[] }) {
  const { t, i18n } = useTranslation();
  const rows = ORDER.map((g) => byGender.find((x) => x.gender === g)).filter(
    (x): x is GenderShare => !!x && (x.gender === 'WOMAN' || x.gender === 'MAN' || x.seconds > 0),
  );
  return (
    <ul className="plain-list" aria-label={t('records.speaking.byGender')} data-testid="gender-shares">
      {rows.map((g) => (
        <li key={g.gender}>
          <Stack gap={4} mb="sm">
            <Text size="sm" data-testid={`gender-share-${g.gender}`}>
              {t('records.speaking.genderLine', {
                gender: t(`records.speaking.genders.${g.gender}`),
                share: formatShare(g.share, i18n.language),
                duration: formatDuration(g.seconds, t),
                count: g.speeches,
              })}
            </Text>
            <div className="records-bar" aria-hidden="true">
              <div className="records-bar-fill" style={{ width: `${Math.round(g.share * 1000) / 10}%` }} />
              <div className="records-bar-parity" />
            </div>
          </Stack>
        </li>
      ))}
    </ul>
  );
}
