import { useId, useMemo, useState } from 'react';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatShare } from './format';

export interface AttendanceRow {
  deputyId: string;
  fullName: string;
  meetings: number;
  present: number;
  excused: number;
  absent: number;
  rate: number;
}

export type SortKey = 'fullName' | 'meetings' | 'present' | 'excused' | 'absent' | 'rate';
export type SortDirection = 'ascending' | 'descending';
const NUMBERS: SortKey[] = ['meetings', 'present', 'excused', 'absent', 'rate'];

/** Rows in the chosen order; ties (and names) in the reader's alphabetical order. */
export function sortAttendance<R extends AttendanceRow>(rows: readonly R[], key: SortKey, direction: SortDirection, lng: string): R[] {
  const collator = new Intl.Collator(lng, { sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const byKey = key === 'fullName' ? collator.compare(a.fullName, b.fullName) : a[key] - b[key];
    return sign * byKey || collator.compare(a.fullName, b.fullName);
  });
}

/**
 * Attendance per deputy as a table sorted by any column: each header is a button, and the
 * sorted column says so with aria-sort. Inside a focusable region that scrolls sideways on a
 * phone, so the page itself never does.
 */
export function AttendanceTable({ rows, caption }: { rows: readonly AttendanceRow[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'fullName', direction: 'ascending' });
  const sorted = useMemo(() => sortAttendance(rows, sort.key, sort.direction, i18n.language), [rows, sort, i18n.language]);
  const captionId = useId();

  const header = (key: SortKey) => {
    const active = sort.key === key;
    const next: SortDirection = active && sort.direction === 'ascending' ? 'descending' : 'ascending';
    return (
      <Table.Th scope="col" aria-sort={active ? sort.direction : undefined} ta={NUMBERS.includes(key) ? 'end' : undefined}>
        <button type="button" className="records-sort" onClick={() => setSort({ key, direction: next })}>
          {t(`records.attendance.column.${key}`)}
          <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
        </button>
      </Table.Th>
    );
  };

  return (
    <div className="records-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table className="records-table" striped data-testid="attendance-table">
        <caption id={captionId}>
          <span className="records-caption">
            <Text component="span" fw={600}>
              {caption}
            </Text>{' '}
            <Text component="span" size="sm" c="dimmed">
              {t('records.attendance.sortHint')}
            </Text>
          </span>
        </caption>
        <Table.Thead>
          <Table.Tr>
            {header('fullName')}
            {header('meetings')}
            {header('present')}
            {header('excused')}
            {header('absent')}
            {header('rate')}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((r) => (
            <Table.Tr key={r.deputyId} data-testid="attendance-row">
              <Table.Th scope="row" fw={500}>
                {r.fullName}
              </Table.Th>
              <Table.Td ta="end">{r.meetings}</Table.Td>
              <Table.Td ta="end">{r.present}</Table.Td>
              <Table.Td ta="end">{r.excused}</Table.Td>
              <Table.Td ta="end">{r.absent}</Table.Td>
              <Table.Td ta="end">{r.meetings ? formatShare(r.rate, i18n.language) : t('records.attendance.noMeeting')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
