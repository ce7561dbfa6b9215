import { Anchor, Group } from '@mantine/core';
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The two records, one link each (the current one has aria-current="page"). */
export function RecordsNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('records.sections')} className="records-nav">
      <Group gap="lg">
        <Anchor component={NavLink} to="/records/attendance">
          {t('records.attendance.tab')}
        </Anchor>
        <Anchor component={NavLink} to="/records/speaking">
          {t('records.speaking.tab')}
        </Anchor>
      </Group>
    </nav>
  );
}
