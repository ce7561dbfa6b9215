import { useCallback, useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { SpeakersState } from '@tribune/domain';
import { getFragmentData, type FragmentType } from '../../gql';
import { useLiveEvents } from '../../live/transport/useLiveEvents';
import { clockOffset } from './server-clock';
import { SpeakersQuery, SpeakersStateFields } from '../operations';

/** The list of speakers as the screens use it (the live event's shape, without the group). */
export type SpeakersView = Omit<SpeakersState, 'groupId'>;

export interface ServerStamped {
  state: SpeakersView;
  /** Server clock minus this device's clock, in ms, measured when the state arrived. */
  offsetMs: number;
}

/** A GraphQL SpeakersState (query or mutation result) in the live event's shape. */
export function fromGraphql(data: FragmentType<typeof SpeakersStateFields>): SpeakersView {
  const s = getFragmentData(SpeakersStateFields, data);
  return {
    meetingId: s.meetingId,
    agendaItemId: s.agendaItemId,
    speakingTimeSeconds: s.speakingTimeSeconds,
    alternating: s.alternating,
    rule: s.rule,
    serverTime: s.serverTime,
    current: s.current ? { ...s.current } : null,
    queue: s.queue.map((q) => ({ ...q })),
  };
}

/**
 * The list of speakers of one agenda item, kept live: read once, then every `speakers:updated`
 * of the channel, and read again on every (re)connection (a phone back from a tunnel gets the
 * state and a fresh clock offset). States arrive by several paths (event, mutation reply); the
 * one the server produced last wins.
 */
export function useSpeakers(meetingId: string, agendaItemId: string | null) {
  const client = useApolloClient();
  const [stamped, setStamped] = useState<ServerStamped | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const latest = useRef<string>('');

  const apply = useCallback(
    (state: SpeakersView) => {
      if (state.meetingId !== meetingId || state.agendaItemId !== agendaItemId) return;
      // ISO-8601 instants of one server compare as strings.
      if (latest.current && state.serverTime < latest.current) return;
      latest.current = state.serverTime;
      setStamped({ state, offsetMs: clockOffset(state.serverTime, Date.now()) });
    },
    [meetingId, agendaItemId],
  );

  const load = useCallback(async () => {
    if (!agendaItemId) return;
    try {
      const { data } = await client.query({ query: SpeakersQuery, variables: { agendaItemId }, fetchPolicy: 'network-only' });
      if (data) apply(fromGraphql(data.speakers));
      setLoadError(null);
    } catch (e) {
      setLoadError(e);
    }
  }, [client, agendaItemId, apply]);

  useEffect(() => {
    latest.current = '';
    setStamped(null);
    void load();
  }, [load]);

  useLiveEvents({ 'speakers:updated': apply, connect: () => void load() });

  return { stamped, loadError, apply, reload: load };
}

/** A list of speakers as a GraphQL query or mutation returns it. */
export type SpeakersStateData = FragmentType<typeof SpeakersStateFields>;

/**
 * Runs a change to the list (a mutation), applies the state it returns (`pick`), announces `said`;
 * what went wrong shows in the panel.
 */
export type SpeakersAction = <T>(run: () => Promise<T>, pick?: (data: T) => SpeakersStateData | undefined, said?: string) => Promise<void>;
