import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** Until this long before its start, a meeting's live screen is offered (to gather, and for the chair to open it). */
const SOON_MS = 60 * 60_000;

interface MeetingLike {
  id: string;
  title: string;
  status: string;
  startsAt: string;
  endsAt: string;
}

/** A meeting is live, or scheduled to start within the hour and not over. */
export function isLiveOrSoon(m: MeetingLike, now = Date.now()): boolean {
  if (m.status === 'LIVE') return true;
  if (m.status !== 'SCHEDULED') return false;
  const start = Date.parse(m.startsAt);
  return start - now <= SOON_MS && Date.parse(m.endsAt) > now;
}

/** The "join the session" button of a meeting page. */
export function JoinLiveButton({ meeting }: { meeting: MeetingLike }) {
  const { t } = useTranslation();
  if (!isLiveOrSoon(meeting)) return null;
  return (
    <Button component={Link} to={`/meetings/${meeting.id}/live`} color="#1b6e2e" data-testid="join-live">
      {t('live.join')}
    </Button>
  );
}

/** On a group's page: the meetings live now or about to start, each with its link. */
export function LiveNowNotice({ meetings }: { meetings: MeetingLike[] }) {
  const { t } = useTranslation();
  const now = Date.now();
  const shown = meetings.filter((m) => isLiveOrSoon(m, now));
  if (shown.length === 0) return null;
  return (
    <Alert color="green" variant="light" data-testid="live-now">
      <Stack gap={4}>
        {shown.map((m) => (
          <Anchor key={m.id} component={Link} to={`/meetings/${m.id}/live`} fw={700} c="#0f4a1d">
            {m.status === 'LIVE' ? t('live.joinNow', { title: m.title }) : t('live.joinSoon', { title: m.title })}
          </Anchor>
        ))}
      </Stack>
    </Alert>
  );
}
