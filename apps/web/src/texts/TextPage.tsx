import { useState } from 'react';
import { Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageError, PageLoading } from '../ui/PageState';
import type { TextPageQuery as TextPageData } from '../gql/graphql';
import { formatShortDateTime, userTimeZone } from '../i18n/format';
import { useLiveEvents } from '../live/transport/useLiveEvents';
import { AmendmentCard, AmendmentForm, BlockForm } from './Amendments';
import { attempt } from './attempt';
import { CollisionResolver } from './CollisionResolver';
import { CompareVersions } from './CompareVersions';
import {
  AgreeToTextMutation,
  OpenTextMutation,
  PlaceTextOnAgendaMutation,
  TextMeetingsQuery,
  TextPageQuery,
  WithdrawTextMutation,
} from './operations';
import { TEXT_STATUS_COLOR } from './TextsSection';
import './texts.css';

export type TextData = NonNullable<TextPageData['text']>;
export type AmendmentData = TextData['amendments'][number];

/** A text: its reading view with line numbers, the amendments as changes in place, its procedure and versions. */
export function TextPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(TextPageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  useDocumentTitle(data?.text ? `${data.text.title} · Tribune` : 'Tribune');
  // A new version, amendment, vote outcome or status arrives without reloading (and after a reconnection).
  useLiveEvents({ 'text:updated': (n) => n.textId === id && void refetch(), connect: () => void refetch() });
  if (!data && loading) return <PageLoading label={t('texts.loading')} />;
  if (!data?.text) return <PageError title={t('texts.loadError')} error={error} onRetry={() => void refetch()} />;
  return <TextView text={data.text} refetch={() => void refetch()} />;
}

function TextView({ text, refetch }: { text: TextData; refetch: () => void }) {
  const { t, i18n } = useTranslation();
  const version = text.currentVersion;
  const overlapOf = new Map(text.overlaps.flatMap((o) => o.amendmentIds.map((a) => [a, o.amendmentIds])));
  const numberOf = new Map(text.amendments.map((a) => [a.id, a.number]));
  // Amendments still to decide, shown under the paragraph they touch (a new paragraph: under the one it follows).
  const open = text.amendments.filter((a) => a.status === 'SUBMITTED' || a.status === 'ADOPTED');
  const underParagraph = (paragraphId: string) =>
    open.filter((a) => a.changes.some((c) => (c.kind === 'INSERT_AFTER' ? c.afterId : c.paragraphId) === paragraphId));
  const decided = text.amendments.filter((a) => a.status !== 'SUBMITTED' && a.status !== 'ADOPTED');

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to={`/groups/${text.group.id}`} className="text-no-print">
          <bdi>{text.group.name}</bdi>
        </Anchor>
        <Group gap="sm" wrap="wrap">
          <Title order={1} dir="auto">
            {text.title}
          </Title>
          <Badge variant="light">{t(`texts.kind.${text.kind}`)}</Badge>
          <Badge color={TEXT_STATUS_COLOR[text.status]} variant="filled" data-testid="text-status">
            {t(`texts.status.${text.status}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {t('texts.authors')}{' '}
          {text.authors.map((a, i) => (
            <span key={a.deputy.id}>
              {i > 0 && ', '}
              <bdi>{a.deputy.fullName}</bdi>
              {!a.agreed && ` (${t('texts.invited')})`}
            </span>
          ))}
        </Text>
        {text.amendmentDeadline && text.status === 'OPEN' && (
          <Text size="sm">{t('texts.deadline', { when: formatShortDateTime(text.amendmentDeadline, i18n.language, userTimeZone()) })}</Text>
        )}
        {text.fieldReports.length > 0 && (
          <Text size="sm">
            {t('texts.answers')} {text.fieldReports.map((r) => r.title).join(' · ')}
          </Text>
        )}
      </Stack>

      <TextActions text={text} refetch={refetch} />

      <Stack component="section" aria-labelledby="text-reading" gap="xs">
        <Title order={2} size="h3" id="text-reading">
          {t('texts.reading', { number: version.number })}
        </Title>
        <ol className="text-reading" aria-labelledby="text-reading">
          {version.paragraphs.map((p) => (
            <li key={p.id} className="text-paragraph" data-testid="text-paragraph">
              <span className="text-line-number" aria-label={t('texts.lines', { from: p.firstLine, to: p.lastLine })}>
                {p.firstLine === p.lastLine ? p.firstLine : `${p.firstLine}–${p.lastLine}`}
              </span>
              <div>
                <p dir="auto" style={{ margin: 0 }}>
                  {p.text}
                </p>
                {underParagraph(p.id).map((a) => (
                  <AmendmentCard
                    key={a.id}
                    amendment={a}
                    current={version.paragraphs}
                    overlaps={(overlapOf.get(a.id) ?? []).filter((o) => o !== a.id).map((o) => numberOf.get(o) ?? 0)}
                    text={text}
                    refetch={refetch}
                  />
                ))}
              </div>
            </li>
          ))}
        </ol>
      </Stack>

      {text.viewerCan.amend && <AmendmentForm text={text} onDone={refetch} />}
      {text.viewerCan.coordinate && open.length > 1 && <BlockForm text={text} onDone={refetch} />}
      {text.pendingCollisions.length > 0 && <CollisionResolver text={text} onDone={refetch} />}

      {decided.length > 0 && (
        <Stack component="section" aria-labelledby="text-decided" gap="xs" className="text-no-print">
          <Title order={2} size="h3" id="text-decided">
            {t('texts.decided')}
          </Title>
          {decided.map((a) => (
            <AmendmentCard key={a.id} amendment={a} current={version.paragraphs} overlaps={[]} text={text} refetch={refetch} />
          ))}
        </Stack>
      )}

      {text.versions.length > 1 && <CompareVersions textId={text.id} versions={text.versions} />}
    </Stack>
  );
}

/** What the reader may do to the text now: agree, open it for amendments, place it on an agenda, withdraw, print. */
function TextActions({ text, refetch }: { text: TextData; refetch: () => void }) {
  const { t, i18n } = useTranslation();
  const [deadline, setDeadline] = useState('');
  const [meetingId, setMeetingId] = useState('');
  const [agree, agreeState] = useMutation(AgreeToTextMutation);
  const [openText, openState] = useMutation(OpenTextMutation);
  const [place, placeState] = useMutation(PlaceTextOnAgendaMutation);
  const [withdraw, withdrawState] = useMutation(WithdrawTextMutation);
  const coordinate = text.viewerCan.coordinate;
  const meetings = useQuery(TextMeetingsQuery, { variables: { groupId: text.group.id }, skip: !coordinate });
  const upcoming = (meetings.data?.meetings ?? []).filter((m) => m.status === 'SCHEDULED' || m.status === 'LIVE');
  const done = (result: unknown) => result && refetch();
  const frozen = ['ADOPTED', 'REJECTED', 'WITHDRAWN'].includes(text.status);
  const error = agreeState.error ?? openState.error ?? placeState.error ?? withdrawState.error;

  return (
    <Paper withBorder p="sm" className="text-no-print">
      <Stack gap="sm">
        {error && <ErrorAlert error={error} />}
        <Group gap="sm" wrap="wrap" align="end">
          {text.viewerCan.agree && (
            <Button
              onClick={() => void attempt(agree({ variables: { input: { textId: text.id } } })).then(done)}
              loading={agreeState.loading}
            >
              {t('texts.agree')}
            </Button>
          )}
          {(text.viewerCan.edit || coordinate) && (text.status === 'DRAFT' || text.status === 'OPEN') && (
            <>
              <TextInput
                type="datetime-local"
                label={t('texts.deadlineLabel')}
                value={deadline}
                onChange={(e) => setDeadline(e.currentTarget.value)}
                data-testid="deadline-input"
              />
              <Button
                disabled={!deadline}
                loading={openState.loading}
                onClick={() =>
                  void attempt(openText({ variables: { input: { textId: text.id, deadline: new Date(deadline).toISOString() } } })).then(
                    done,
                  )
                }
              >
                {t('texts.open')}
              </Button>
            </>
          )}
          {coordinate && (text.status === 'OPEN' || text.status === 'DEBATE') && upcoming.length > 0 && (
            <>
              <NativeSelect
                label={t('texts.meeting')}
                value={meetingId}
                onChange={(e) => setMeetingId(e.currentTarget.value)}
                data={[{ value: '', label: '—' }, ...upcoming.map((m) => ({ value: m.id, label: m.title }))]}
              />
              <Button
                disabled={!meetingId}
                loading={placeState.loading}
                onClick={() => void attempt(place({ variables: { input: { textId: text.id, meetingId } } })).then(done)}
              >
                {t('texts.placeOnAgenda')}
              </Button>
            </>
          )}
          {!frozen && (text.viewerCan.edit || coordinate) && (
            <Button
              color="red"
              variant="light"
              loading={withdrawState.loading}
              onClick={() => void attempt(withdraw({ variables: { input: { textId: text.id } } })).then(done)}
            >
              {t('texts.withdraw')}
            </Button>
          )}
          <Button variant="default" onClick={() => window.print()}>
            {t('texts.print')}
          </Button>
          <Button
            variant="default"
            data-testid="text-download"
            onClick={() =>
              // The zip writer loads only when someone downloads.
              void import('./odt').then(({ downloadOdt }) =>
                downloadOdt({ title: text.title, language: i18n.language, paragraphs: text.currentVersion.paragraphs }),
              )
            }
          >
            {t('texts.download')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
