import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { ActionIcon, Badge, Button, Group, NativeSelect, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { SpeakerEntry } from '@tribune/domain';
import { ErrorAlert } from '../app/PageState';
import {
  EndFloorMutation,
  GiveFloorMutation,
  ReorderSpeakersMutation,
  RequestFloorMutation,
  SetSpeakingRulesMutation,
  WithdrawFloorRequestMutation,
} from './operations';
import { SpeakingCountdown } from './SpeakingCountdown';
import { SpeakingParity } from './SpeakingParity';
import { fromGraphql, useSpeakers, type ServerStamped } from './useSpeakers';

const SPEAKING_TIMES = [60, 120, 180, 300, 600];

export interface SpeakersPanelProps {
  meetingId: string;
  agendaItemId: string;
  /** Administrator, coordinator of the group or its lead. */
  canRun: boolean;
  /** The signed-in member's deputy id, when they belong to the group. */
  memberDeputyId: string | null;
}

/** The list of speakers of the current agenda item, live: members ask for the floor; the chair gives it. */
export function SpeakersPanel({ meetingId, agendaItemId, canRun, memberDeputyId }: SpeakersPanelProps) {
  const { t } = useTranslation();
  const { stamped, loadError, apply, reload } = useSpeakers(meetingId, agendaItemId);
  const [actionError, setActionError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState('');
  const [requestFloor, requesting] = useMutation(RequestFloorMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawFloorRequestMutation);
  const [setRules, settingRules] = useMutation(SetSpeakingRulesMutation);
  const [endFloor, ending] = useMutation(EndFloorMutation);

  /** Runs a mutation, applies the state it returns, and shows what went wrong if anything. */
  async function act<T>(run: () => Promise<T>, pick?: (data: T) => Parameters<typeof fromGraphql>[0] | undefined, said?: string) {
    setActionError(null);
    try {
      const result = await run();
      const state = pick?.(result);
      if (state) apply(fromGraphql(state));
      if (said) setAnnouncement(said);
    } catch (e) {
      setActionError(e);
    }
  }

  const input = { agendaItemId };
  const state = stamped?.state;
  const mine = state?.queue.find((q) => q.deputyId === memberDeputyId);

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="speakers-heading" data-testid="speakers-panel">
      <Stack gap="sm">
        <Title order={2} size="h4" id="speakers-heading">
          {t('procedure.speakers')}
        </Title>
        {loadError && !state ? (
          <>
            <ErrorAlert error={loadError} />
            <Group>
              <Button variant="default" onClick={() => void reload()}>
                {t('errors.retry')}
              </Button>
            </Group>
          </>
        ) : !state ? (
          <Text size="sm" role="status">
            {t('procedure.speakersLoading')}
          </Text>
        ) : (
          <>
            <div data-testid="speakers-rule">
              <Badge variant="filled" color={state.alternating ? '#5f3dc4' : 'gray.8'}>
                {state.alternating ? t('procedure.alternatingOn') : t('procedure.alternatingOff')}
              </Badge>{' '}
              <Text span size="sm">
                {state.alternating ? t('procedure.ruleAlternating') : t('procedure.rulePlain')}
              </Text>
            </div>

            <CurrentSpeaker
              stamped={stamped}
              canRun={canRun}
              ending={ending.loading}
              onEnd={() =>
                void act(
                  () => endFloor({ variables: { input } }),
                  (r) => r.data?.endFloor,
                  t('procedure.floorEnded'),
                )
              }
            />

            {actionError !== null && <ErrorAlert error={actionError} />}

            {memberDeputyId && (
              <Group gap="xs" wrap="wrap">
                {mine ? (
                  <Button
                    variant="default"
                    loading={withdrawing.loading}
                    onClick={() =>
                      void act(
                        () => withdraw({ variables: { input } }),
                        (r) => r.data?.withdrawFloorRequest,
                        t('procedure.withdrawn'),
                      )
                    }
                  >
                    {t('procedure.withdraw')}
                  </Button>
                ) : (
                  <>
                    <Button
                      loading={requesting.loading}
                      onClick={() =>
                        void act(
                          () => requestFloor({ variables: { input: { ...input, pointOfOrder: false } } }),
                          (r) => r.data?.requestFloor,
                          t('procedure.requested'),
                        )
                      }
                    >
                      {t('procedure.askFloor')}
                    </Button>
                    <Button
                      variant="outline"
                      loading={requesting.loading}
                      onClick={() =>
                        void act(
                          () => requestFloor({ variables: { input: { ...input, pointOfOrder: true } } }),
                          (r) => r.data?.requestFloor,
                          t('procedure.requested'),
                        )
                      }
                    >
                      {t('procedure.pointOfOrder')}
                    </Button>
                  </>
                )}
              </Group>
            )}

            <SpeakingParity meetingId={meetingId} />

            <SpeakersQueue
              state={state}
              canRun={canRun}
              agendaItemId={agendaItemId}
              memberDeputyId={memberDeputyId}
              onState={(s) => apply(fromGraphql(s))}
              onError={setActionError}
              onAnnounce={setAnnouncement}
            />

            {canRun && (
              <Stack gap="xs">
                <Switch
                  label={t('procedure.alternatingToggle')}
                  checked={state.alternating}
                  disabled={settingRules.loading}
                  onChange={(e) => {
                    const alternating = e.currentTarget.checked;
                    void act(
                      () => setRules({ variables: { input: { meetingId, alternating } } }).then(() => reload()),
                      undefined,
                      alternating ? t('procedure.alternatingOn') : t('procedure.alternatingOff'),
                    );
                  }}
                />
                <NativeSelect
                  label={t('procedure.speakingTime')}
                  value={String(state.speakingTimeSeconds)}
                  disabled={settingRules.loading}
                  data={[...new Set([...SPEAKING_TIMES, state.speakingTimeSeconds])]
                    .sort((a, b) => a - b)
                    .map((s) => ({
                      value: String(s),
                      label: t('procedure.minutesSeconds', { minutes: Math.floor(s / 60), seconds: String(s % 60).padStart(2, '0') }),
                    }))}
                  onChange={(e) => {
                    const speakingTimeSeconds = Number(e.currentTarget.value);
                    void act(() => setRules({ variables: { input: { meetingId, speakingTimeSeconds } } }).then(() => reload()));
                  }}
                  maw={220}
                />
              </Stack>
            )}
          </>
        )}
        <div className="visually-hidden" aria-live="polite" role="status" data-testid="speakers-announcer">
          {announcement}
        </div>
      </Stack>
    </Paper>
  );
}

function CurrentSpeaker({
  stamped,
  canRun,
  ending,
  onEnd,
}: {
  stamped: ServerStamped | null;
  canRun: boolean;
  ending: boolean;
  onEnd: () => void;
}) {
  const { t } = useTranslation();
  const current = stamped?.state.current;
  if (!stamped || !current) {
    return (
      <Text size="sm" data-testid="current-speaker">
        {t('procedure.nobodySpeaking')}
      </Text>
    );
  }
  return (
    <Paper p="xs" bg="indigo.0" data-testid="current-speaker">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <div>
          <Text fw={700}>
            <bdi>{current.fullName}</bdi> {t('procedure.hasFloor')}
          </Text>
          {current.pointOfOrder && (
            <Badge color="red.9" variant="filled">
              {t('procedure.pointOfOrderBadge')}
            </Badge>
          )}
        </div>
        <SpeakingCountdown speech={current} offsetMs={stamped.offsetMs} />
      </Group>
      {canRun && (
        <Group mt="xs">
          <Button color="#a51d1d" loading={ending} onClick={onEnd}>
            {t('procedure.endFloor')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}

type StateData = Parameters<typeof fromGraphql>[0];

interface QueueProps {
  state: ServerStamped['state'];
  canRun: boolean;
  agendaItemId: string;
  memberDeputyId: string | null;
  onState: (s: StateData) => void;
  onError: (e: unknown) => void;
  onAnnounce: (text: string) => void;
}

/**
 * The queue in the order the floor will be given (the server orders it by the rule in force).
 * The chair gives the floor to the head of the list, or to someone else with a recorded reason
 * when the alternating rule says otherwise; without the rule, the chair moves people up and down.
 */
export function SpeakersQueue({ state, canRun, agendaItemId, memberDeputyId, onState, onError, onAnnounce }: QueueProps) {
  const { t } = useTranslation();
  const [giveFloor, giving] = useMutation(GiveFloorMutation);
  const [reorder] = useMutation(ReorderSpeakersMutation);
  const [overriding, setOverriding] = useState<SpeakerEntry | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const moveButtons = useRef(new Map<string, HTMLButtonElement | null>());
  const focusAfter = useRef<{ id: string; dir: 'up' | 'down' } | null>(null);
  const queue = state.queue;

  // Focus follows the moved person once the server's new order is drawn (never resting on <body>).
  useLayoutEffect(() => {
    const f = focusAfter.current;
    if (!f) return;
    focusAfter.current = null;
    const button = moveButtons.current.get(`${f.id}:${f.dir}`);
    (button && !button.disabled ? button : moveButtons.current.get(`${f.id}:${f.dir === 'up' ? 'down' : 'up'}`))?.focus();
  }, [queue]);

  const give = async (entry: SpeakerEntry, overrideReason?: string) => {
    onError(null);
    try {
      const { data } = await giveFloor({
        variables: { input: { agendaItemId, requestId: entry.requestId, overrideReason: overrideReason ?? null } },
      });
      if (data) onState(data.giveFloor);
      setOverriding(null);
      setReason('');
      onAnnounce(t('procedure.floorGiven', { name: entry.fullName }));
    } catch (e) {
      onError(e);
    }
  };

  const move = async (entry: SpeakerEntry, dir: 'up' | 'down') => {
    const ids = queue.map((q) => q.requestId);
    const at = ids.indexOf(entry.requestId);
    const to = dir === 'up' ? at - 1 : at + 1;
    if (to < 0 || to >= ids.length || queue[to].pointOfOrder) return;
    [ids[at], ids[to]] = [ids[to], ids[at]];
    focusAfter.current = { id: entry.requestId, dir };
    onError(null);
    try {
      const { data } = await reorder({ variables: { input: { agendaItemId, requestIds: ids } } });
      if (data) onState(data.reorderSpeakers);
      onAnnounce(t('procedure.moved', { name: entry.fullName, position: to + 1, total: ids.length }));
    } catch (e) {
      focusAfter.current = null;
      onError(e);
    }
  };

  const submitOverride = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!overriding) return;
    if (!reason.trim()) {
      setReasonError(t('procedure.overrideReasonRequired'));
      return;
    }
    setReasonError(undefined);
    void give(overriding, reason.trim());
  };

  const firstFloorIndex = queue.findIndex((q) => !q.pointOfOrder);

  return (
    <Stack gap="xs">
      <Title order={3} size="h5" id="speakers-queue-heading">
        {t('procedure.queue', { count: queue.length })}
      </Title>
      {queue.length === 0 ? (
        <Text size="sm">{t('procedure.queueEmpty')}</Text>
      ) : (
        <Stack component="ol" className="plain-list" gap={4} aria-labelledby="speakers-queue-heading" data-testid="speakers-queue">
          {queue.map((entry, index) => {
            const isHead = index === 0;
            const needsReason = canRun && state.alternating && !isHead;
            return (
              <Paper component="li" key={entry.requestId} withBorder p="xs" data-testid="speaker-entry" data-deputy-id={entry.deputyId}>
                <Group justify="space-between" gap="xs" wrap="wrap" align="center">
                  <div style={{ minWidth: 0 }}>
                    <Text fw={600} data-testid="speaker-name">
                      <span aria-hidden="true">{index + 1}. </span>
                      <bdi>{entry.fullName}</bdi>
                      {entry.deputyId === memberDeputyId ? ` ${t('procedure.you')}` : ''}
                    </Text>
                    <Group gap={4} wrap="wrap">
                      {entry.pointOfOrder && (
                        <Badge size="sm" color="red.9" variant="filled">
                          {t('procedure.pointOfOrderBadge')}
                        </Badge>
                      )}
                      {/* No declared gender beside a name: the server orders the alternation (issue 12). */}
                      {state.alternating && !entry.pointOfOrder && (
                        <Badge size="sm" color={entry.firstTime ? 'teal.9' : 'gray.8'} variant="outline" data-testid="speaker-first">
                          {entry.firstTime ? t('procedure.firstTime') : t('procedure.spokeAlready')}
                        </Badge>
                      )}
                    </Group>
                  </div>
                  {canRun && (
                    <Group gap={4} wrap="nowrap">
                      {!state.alternating && !entry.pointOfOrder && (
                        <>
                          <ActionIcon
                            variant="default"
                            size="lg"
                            ref={(el) => {
                              moveButtons.current.set(`${entry.requestId}:up`, el);
                            }}
                            aria-label={t('procedure.moveUp', { name: entry.fullName })}
                            disabled={index <= firstFloorIndex}
                            onClick={() => void move(entry, 'up')}
                          >
                            <span aria-hidden="true">↑</span>
                          </ActionIcon>
                          <ActionIcon
                            variant="default"
                            size="lg"
                            ref={(el) => {
                              moveButtons.current.set(`${entry.requestId}:down`, el);
                            }}
                            aria-label={t('procedure.moveDown', { name: entry.fullName })}
                            disabled={index === queue.length - 1}
                            onClick={() => void move(entry, 'down')}
                          >
                            <span aria-hidden="true">↓</span>
                          </ActionIcon>
                        </>
                      )}
                      <Button
                        size="xs"
                        variant={isHead ? 'filled' : 'default'}
                        loading={giving.loading && overriding === null && isHead}
                        aria-label={t('procedure.giveFloorTo', { name: entry.fullName })}
                        onClick={() => {
                          if (needsReason) {
                            setOverriding(entry);
                            setReasonError(undefined);
                          } else void give(entry);
                        }}
                      >
                        {t('procedure.giveFloor')}
                      </Button>
                    </Group>
                  )}
                </Group>
                {overriding?.requestId === entry.requestId && (
                  <form onSubmit={submitOverride} noValidate>
                    <Stack gap="xs" mt="xs">
                      <TextInput
                        label={t('procedure.overrideReason', { name: queue[0].fullName })}
                        value={reason}
                        onChange={(e) => setReason(e.currentTarget.value)}
                        error={reasonError}
                        required
                        data-autofocus
                        autoFocus
                      />
                      <Group gap="xs">
                        <Button type="submit" size="xs" loading={giving.loading}>
                          {t('procedure.overrideConfirm', { name: entry.fullName })}
                        </Button>
                        <Button size="xs" variant="default" onClick={() => setOverriding(null)}>
                          {t('live.cancel')}
                        </Button>
                      </Group>
                    </Stack>
                  </form>
                )}
              </Paper>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
