import { useId } from 'react';
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { liveErrorMessage } from '../transport/errors';
import { Composer } from './Composer';
import { ConnectionBanner } from './ConnectionBanner';
import { MessageLog } from './MessageLog';
import { PresenceList } from './PresenceList';
import { TypingLine } from './TypingLine';
import { useChannel, type ChannelView } from './useChannel';
import '../live.css';
import { ErrorAlert } from '../../ui/ErrorAlert';

interface Props {
  groupId: string;
  /** A live meeting of the group: joining records the attendance, messages are said in it. */
  meetingId?: string;
  /** Heading level of the section's title. */
  headingOrder?: 2 | 3;
  /** Shows the people present inside the discussion (the live page shows them beside it). */
  showPresence?: boolean;
  /** A coordinator of the group or an administrator: may delete anyone's message (moderation). */
  canModerate?: boolean;
}

/** A group's discussion, joined while shown. */
export function Discussion({ groupId, meetingId, ...rest }: Props) {
  const view = useChannel(groupId, meetingId);
  return <DiscussionView view={view} {...rest} />;
}

/** The discussion of a joined channel: reconnect banner, presence, messages (each in its own direction), typing, composer. */
export function DiscussionView({
  view,
  headingOrder = 2,
  showPresence = true,
  canModerate = false,
}: Omit<Props, 'groupId' | 'meetingId'> & { view: ChannelView }) {
  const { t } = useTranslation();
  const titleId = useId();

  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm" className="live-discussion">
      <Title order={headingOrder} size="h3" id={titleId}>
        {t('live.discussion')}
      </Title>
      <ConnectionBanner state={view.connection} waiting={view.pending.filter((p) => p.status === 'sending').length} />
      {view.error && <ErrorAlert>{t('live.joinError', { reason: liveErrorMessage(view.error, t) })}</ErrorAlert>}
      {showPresence && <PresenceList presence={view.presence} userId={view.userId} headingOrder={headingOrder === 2 ? 3 : 4} />}
      <MessageLog view={view} canModerate={canModerate} />
      <TypingLine typing={view.typing} />
      <Composer onSend={view.send} onTyping={view.notifyTyping} />
    </Stack>
  );
}
