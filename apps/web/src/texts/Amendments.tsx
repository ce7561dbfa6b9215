import { useState, type FormEvent } from 'react';
import { Badge, Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ChangeView } from './ChangeView';
import {
  CosignAmendmentMutation,
  CreateAmendmentBlockMutation,
  PlaceAmendmentOnAgendaMutation,
  ProposeAmendmentMutation,
  SetAmendmentProcedureMutation,
  TextMeetingsQuery,
} from './operations';
import { attempt } from './attempt';
import type { AmendmentData, TextData } from './TextPage';

const PROCEDURES = ['ADOPT', 'REJECT', 'MODIFIED', 'MERGED_INTO'] as const;
type Paragraph = TextData['currentVersion']['paragraphs'][number];

/**
 * One amendment as a change in place: each change word by word against the paragraph of the
 * version it was written on (its "lines 12-15" are that version's), flagged when that paragraph
 * changed since and when other amendments touch the same paragraph; co-signing for members, the
 * proposed procedure and the agenda for coordination.
 */
export function AmendmentCard({
  amendment: a,
  current,
  overlaps,
  text,
  refetch,
}: {
  amendment: AmendmentData;
  current: Paragraph[];
  overlaps: number[];
  text: TextData;
  refetch: () => void;
}) {
  const { t } = useTranslation();
  const [cosign, cosignState] = useMutation(CosignAmendmentMutation);
  const base = new Map(a.targets.map((p) => [p.id, p]));
  const lines = a.targets.length
    ? t('texts.lines', { from: Math.min(...a.targets.map((p) => p.firstLine)), to: Math.max(...a.targets.map((p) => p.lastLine)) })
    : '';
  const stale = a.staleParagraphIds.length > 0;
  const currentIds = new Set(current.map((p) => p.id));

  return (
    <Paper withBorder p="xs" mt="xs" data-testid="amendment" aria-label={t('texts.amendment', { number: a.number })}>
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Text fw={600}>{t('texts.amendment', { number: a.number })}</Text>
          <Text size="sm" c="dimmed">
            {lines} · {t('texts.onVersion', { number: a.version.number })}
          </Text>
          <Badge variant="light">{t(`texts.amendmentStatus.${a.status}`)}</Badge>
          {a.procedure && <Badge color="violet">{t(`texts.procedure.${a.procedure}`)}</Badge>}
          {a.block && <Badge color="gray">{a.block.name}</Badge>}
          {overlaps.length > 0 && (
            <Badge color="orange" data-testid="overlap-flag">
              {t('texts.overlaps', { numbers: overlaps.join(', ') })}
            </Badge>
          )}
          {stale && (
            <Badge color="red" data-testid="stale-flag">
              {t('texts.stale')}
            </Badge>
          )}
        </Group>
        {a.changes.map((c) => {
          const before = c.kind === 'INSERT_AFTER' ? '' : (base.get(c.paragraphId)?.text ?? '');
          return (
            <div key={c.paragraphId}>
              <Text size="xs" c="dimmed">
                {t(`texts.changeKind.${c.kind}`)}
                {c.kind !== 'INSERT_AFTER' && !currentIds.has(c.paragraphId) && ` · ${t('texts.paragraphGone')}`}
              </Text>
              <ChangeView before={before} after={c.text ?? ''} />
            </div>
          );
        })}
        <Text size="sm" dir="auto">
          <bdi>{a.author.fullName}</bdi>
          {a.signers.length > 0 && ` + ${a.signers.map((s) => s.fullName).join(', ')}`} — {a.reason}
        </Text>
        {a.procedureNote && (
          <Text size="sm" dir="auto">
            {a.procedureNote}
          </Text>
        )}
        {cosignState.error && <ErrorAlert error={cosignState.error} />}
        <Group gap="xs" className="text-no-print">
          {text.viewerCan.amend && a.status === 'SUBMITTED' && (
            <Button
              size="xs"
              variant="light"
              loading={cosignState.loading}
              onClick={() => void attempt(cosign({ variables: { input: { amendmentId: a.id } } })).then((r) => r && refetch())}
            >
              {t('texts.cosign')}
            </Button>
          )}
        </Group>
        {text.viewerCan.coordinate && a.status === 'SUBMITTED' && <ProcedureForm amendment={a} text={text} refetch={refetch} />}
      </Stack>
    </Paper>
  );
}

/** Coordination: the proposed procedure of an amendment, and placing it on a meeting's agenda for its vote. */
function ProcedureForm({ amendment: a, text, refetch }: { amendment: AmendmentData; text: TextData; refetch: () => void }) {
  const { t } = useTranslation();
  const [procedure, setProcedure] = useState<string>(a.procedure ?? 'ADOPT');
  const [note, setNote] = useState(a.procedureNote ?? '');
  const [mergedIntoId, setMergedIntoId] = useState('');
  const [meetingId, setMeetingId] = useState('');
  const [save, saveState] = useMutation(SetAmendmentProcedureMutation);
  const [place, placeState] = useMutation(PlaceAmendmentOnAgendaMutation);
  const meetings = useQuery(TextMeetingsQuery, { variables: { groupId: text.group.id } });
  const upcoming = (meetings.data?.meetings ?? []).filter((m) => m.status === 'SCHEDULED' || m.status === 'LIVE');
  const others = text.amendments.filter((o) => o.id !== a.id && o.status === 'SUBMITTED');

  return (
    <Stack gap="xs" className="text-no-print">
      {(saveState.error ?? placeState.error) && <ErrorAlert error={saveState.error ?? placeState.error} />}
      <Group gap="xs" align="end" wrap="wrap">
        <NativeSelect
          label={t('texts.procedureLabel', { number: a.number })}
          value={procedure}
          onChange={(e) => setProcedure(e.currentTarget.value)}
          data={PROCEDURES.map((p) => ({ value: p, label: t(`texts.procedure.${p}`) }))}
        />
        {procedure === 'MERGED_INTO' && (
          <NativeSelect
            label={t('texts.mergedInto')}
            value={mergedIntoId}
            onChange={(e) => setMergedIntoId(e.currentTarget.value)}
            data={[{ value: '', label: '—' }, ...others.map((o) => ({ value: o.id, label: t('texts.amendment', { number: o.number }) }))]}
          />
        )}
        <TextInput label={t('texts.procedureNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} dir="auto" />
        <Button
          size="sm"
          loading={saveState.loading}
          onClick={() =>
            void attempt(
              save({
                variables: {
                  input: {
                    amendmentId: a.id,
                    procedure: procedure as (typeof PROCEDURES)[number],
                    note: note || null,
                    mergedIntoId: procedure === 'MERGED_INTO' ? mergedIntoId || null : null,
                    // A modified wording starts from the amendment's own (the coordinator edits it in the note for now).
                    modifiedChanges:
                      procedure === 'MODIFIED'
                        ? a.changes.map((c) => ({
                            kind: c.kind,
                            paragraphId: c.kind === 'INSERT_AFTER' ? null : c.paragraphId,
                            afterId: c.afterId,
                            text: c.text,
                          }))
                        : null,
                  },
                },
              }),
            ).then((r) => r && refetch())
          }
        >
          {t('texts.setProcedure')}
        </Button>
      </Group>
      {!a.block && !a.agendaItem && upcoming.length > 0 && (
        <Group gap="xs" align="end" wrap="wrap">
          <NativeSelect
            label={t('texts.meeting')}
            value={meetingId}
            onChange={(e) => setMeetingId(e.currentTarget.value)}
            data={[{ value: '', label: '—' }, ...upcoming.map((m) => ({ value: m.id, label: m.title }))]}
          />
          <Button
            size="sm"
            disabled={!meetingId}
            loading={placeState.loading}
            onClick={() => void attempt(place({ variables: { input: { meetingId, amendmentId: a.id } } })).then((r) => r && refetch())}
          >
            {t('texts.placeOnAgenda')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** A member proposes an amendment to the current version: one paragraph replaced, deleted, or followed by a new one. */
export function AmendmentForm({ text, onDone }: { text: TextData; onDone: () => void }) {
  const { t } = useTranslation();
  const paragraphs = text.currentVersion.paragraphs;
  const [paragraphId, setParagraphId] = useState(paragraphs[0]?.id ?? '');
  const [kind, setKind] = useState<'REPLACE' | 'DELETE' | 'INSERT_AFTER'>('REPLACE');
  const [wording, setWording] = useState(paragraphs[0]?.text ?? '');
  const [reason, setReason] = useState('');
  const [propose, { loading, error }] = useMutation(ProposeAmendmentMutation);
  const chosen = paragraphs.find((p) => p.id === paragraphId);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const change =
      kind === 'INSERT_AFTER'
        ? { kind, afterId: paragraphId, text: wording }
        : kind === 'DELETE'
          ? { kind, paragraphId }
          : { kind, paragraphId, text: wording };
    const data = await attempt(
      propose({ variables: { input: { textId: text.id, versionId: text.currentVersion.id, reason, changes: [change] } } }),
    );
    if (data?.data) {
      setReason('');
      onDone();
    }
  };

  return (
    <Paper withBorder p="sm" className="text-no-print">
      <form onSubmit={(e) => void submit(e)} aria-labelledby="amendment-form-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="amendment-form-title">
            {t('texts.propose')}
          </Title>
          {error && <ErrorAlert error={error} />}
          <Group gap="sm" wrap="wrap">
            <NativeSelect
              label={t('texts.paragraph')}
              value={paragraphId}
              onChange={(e) => {
                setParagraphId(e.currentTarget.value);
                setWording(kind === 'INSERT_AFTER' ? '' : (paragraphs.find((p) => p.id === e.currentTarget.value)?.text ?? ''));
              }}
              data={paragraphs.map((p) => ({ value: p.id, label: t('texts.lines', { from: p.firstLine, to: p.lastLine }) }))}
            />
            <NativeSelect
              label={t('texts.changeLabel')}
              value={kind}
              onChange={(e) => {
                const next = e.currentTarget.value as typeof kind;
                setKind(next);
                setWording(next === 'INSERT_AFTER' ? '' : (chosen?.text ?? ''));
              }}
              data={(['REPLACE', 'DELETE', 'INSERT_AFTER'] as const).map((k) => ({ value: k, label: t(`texts.changeKind.${k}`) }))}
            />
          </Group>
          {kind !== 'DELETE' && (
            <Textarea
              label={t('texts.wording')}
              value={wording}
              onChange={(e) => setWording(e.currentTarget.value)}
              autosize
              minRows={3}
              dir="auto"
              required
            />
          )}
          {kind === 'REPLACE' && chosen && wording !== chosen.text && <ChangeView before={chosen.text} after={wording} />}
          <Textarea
            label={t('texts.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={2}
            dir="auto"
            required
          />
          <Group>
            <Button type="submit" loading={loading} disabled={!reason.trim()}>
              {t('texts.submitAmendment')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** Coordination groups amendments into one voting block, then places the block on an agenda. */
export function BlockForm({ text, onDone }: { text: TextData; onDone: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [meetingId, setMeetingId] = useState('');
  const [create, createState] = useMutation(CreateAmendmentBlockMutation);
  const [place, placeState] = useMutation(PlaceAmendmentOnAgendaMutation);
  const meetings = useQuery(TextMeetingsQuery, { variables: { groupId: text.group.id } });
  const upcoming = (meetings.data?.meetings ?? []).filter((m) => m.status === 'SCHEDULED' || m.status === 'LIVE');
  const free = text.amendments.filter((a) => a.status === 'SUBMITTED' && !a.block && !a.agendaItem);
  const blocks = text.blocks.filter((b) => !b.agendaItem);

  return (
    <Paper withBorder p="sm" className="text-no-print">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('texts.blocks')}
        </Title>
        {(createState.error ?? placeState.error) && <ErrorAlert error={createState.error ?? placeState.error} />}
        {free.length > 1 && (
          <Group gap="sm" align="end" wrap="wrap">
            <Checkbox.Group label={t('texts.blockAmendments')} value={chosen} onChange={setChosen}>
              <Group gap="xs" mt={4}>
                {free.map((a) => (
                  <Checkbox key={a.id} value={a.id} label={t('texts.amendment', { number: a.number })} />
                ))}
              </Group>
            </Checkbox.Group>
            <TextInput label={t('texts.blockName')} value={name} onChange={(e) => setName(e.currentTarget.value)} dir="auto" />
            <Button
              disabled={chosen.length < 2 || !name.trim()}
              loading={createState.loading}
              onClick={() =>
                void attempt(create({ variables: { input: { textId: text.id, name, amendmentIds: chosen } } })).then((r) => {
                  if (r) {
                    setChosen([]);
                    onDone();
                  }
                })
              }
            >
              {t('texts.createBlock')}
            </Button>
          </Group>
        )}
        {blocks.length > 0 && upcoming.length > 0 && (
          <Group gap="sm" align="end" wrap="wrap">
            <NativeSelect
              label={t('texts.meeting')}
              value={meetingId}
              onChange={(e) => setMeetingId(e.currentTarget.value)}
              data={[{ value: '', label: '—' }, ...upcoming.map((m) => ({ value: m.id, label: m.title }))]}
            />
            {blocks.map((b) => (
              <Button
                key={b.id}
                disabled={!meetingId}
                loading={placeState.loading}
                onClick={() => void attempt(place({ variables: { input: { meetingId, blockId: b.id } } })).then((r) => r && onDone())}
              >
                {t('texts.placeBlock', { name: b.name })}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
