import { useTranslation } from 'react-i18next';
import { userTimeZone } from '../../i18n/format';

/** The hour and minute of a message, in the reader's time zone. */
export function MessageTime({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  return (
    <time dateTime={iso}>
      {new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit', timeZone: userTimeZone() }).format(new Date(iso))}
    </time>
  );
}
