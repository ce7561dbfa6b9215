import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import type { MandateEndReason, TermAdminQuery } from '../gql/graphql';
import { todayIso } from '../i18n/format';
import { AssignSeatMutation, EndMandateMutation } from './operations';
import type { SeatData } from './SeatList';
import { useFormMutation } from '../graphql/useFormMutation';
import { AppModal } from '../ui/ConfirmDialog';

type Deputy = TermAdminQuery['deputies'][number];
export interface SeatOutcome {
  seatNumber: number;
  text: string;
  warnings: Array<{ code: string; params?: unknown }>;
}

const REASONS: MandateEndReason[] = ['REPLACEMENT', 'RESIGNATION', 'REVOCATION', 'TERM_END'];
const REFETCH = { refetchQueries: ['CurrentTerm', 'TermAdmin'], awaitRefetchQueries: true };

/** A seat's administrator buttons: "assign" on a vacant seat, "end the mandate" (with an optional successor) on a held one; each opens a dialog. */
export function SeatAdmin({
  seat,
  termId,
  deputies,
  onDone,
}: {
  seat: SeatData;
  termId: string;
  deputies: Deputy[];
  onDone: (o: SeatOutcome) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const holder = seat.currentMandate;
  const free = deputies.filter((d) => !d.currentMandate);
  const label = holder ? t('seatAdmin.end', { number: seat.number }) : t('seatAdmin.assign', { number: seat.number });
  return (
    <>
      <Button size="compact-sm" variant="default" mt={4} onClick={() => setOpen(true)} aria-label={label}>
        {holder ? t('seatAdmin.endShort') : t('seatAdmin.assignShort')}
      </Button>
      <AppModal opened={open} onClose={() => setOpen(false)} title={label} size="md" transitionProps={{ duration: 100 }} centered={false}>
        {holder ? (
          <EndMandateForm seat={seat} free={free} onDone={(o) => (setOpen(false), onDone(o))} />
        ) : (
          <AssignForm seat={seat} termId={termId} free={free} onDone={(o) => (setOpen(false), onDone(o))} />
        )}
      </AppModal>
    </>
  );
}

function deputyOptions(t: (k: 'seatAdmin.choose') => string, free: Deputy[]) {
  return [{ value: '', label: t('seatAdmin.choose') }, ...free.map((d) => ({ value: d.id, label: d.fullName }))];
}

function AssignForm({ seat, termId, free, onDone }: { seat: SeatData; termId: string; free: Deputy[]; onDone: (o: SeatOutcome) => void }) {
  const { t } = useTranslation();
  const [deputyId, setDeputyId] = useState('');
  const [startsOn, setStartsOn] = useState(todayIso());
  const [missing, setMissing] = useState(false);
  const [assign, { loading, error }] = useFormMutation(AssignSeatMutation, REFETCH);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!deputyId) return setMissing(true);
    const data = await assign({ input: { termId, seatNumber: seat.number, deputyId, startsOn } });
    if (data) {
      const name = free.find((d) => d.id === deputyId)?.fullName ?? '';
      onDone({
        seatNumber: seat.number,
        text: t('seatAdmin.assigned', { number: seat.number, name }),
        warnings: data.assignSeat.warnings,
      });
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {error && <ErrorAlert error={error} />}
        {free.length === 0 && <div>{t('seatAdmin.noFreeDeputy')}</div>}
        <NativeSelect
          label={t('seatAdmin.deputy')}
          data={deputyOptions(t, free)}
          value={deputyId}
          onChange={(e) => setDeputyId(e.currentTarget.value)}
          error={missing ? t('auth.required') : undefined}
          required
        />
        <TextInput
          type="date"
          label={t('seatAdmin.startsOn')}
          value={startsOn}
          onChange={(e) => setStartsOn(e.currentTarget.value)}
          required
        />
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            {t('seatAdmin.assignSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EndMandateForm({ seat, free, onDone }: { seat: SeatData; free: Deputy[]; onDone: (o: SeatOutcome) => void }) {
  const { t } = useTranslation();
  const holder = seat.currentMandate!;
  const [reason, setReason] = useState<MandateEndReason>('REPLACEMENT');
  const [endsOn, setEndsOn] = useState(todayIso());
  const [successorId, setSuccessorId] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [endMandate, { loading, error }] = useFormMutation(EndMandateMutation, REFETCH);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (reason === 'REPLACEMENT' && !successorId) return setMissing(true);
    const data = await endMandate({
      input: { mandateId: holder.id, reason, endsOn, successorDeputyId: successorId || null, note: note.trim() || null },
    });
    if (data) {
      const successor = free.find((d) => d.id === successorId)?.fullName;
      const text = successor
        ? t('seatAdmin.replaced', { number: seat.number, name: holder.deputy.fullName, successor })
        : t('seatAdmin.ended', { number: seat.number, name: holder.deputy.fullName });
      onDone({ seatNumber: seat.number, text, warnings: data.endMandate.warnings });
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {error && <ErrorAlert error={error} />}
        <div>{t('seatAdmin.holder', { name: holder.deputy.fullName })}</div>
        <NativeSelect
          label={t('seatAdmin.reason')}
          data={REASONS.map((r) => ({ value: r, label: t(`term.endReason.${r}`) }))}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value as MandateEndReason)}
        />
        <TextInput type="date" label={t('seatAdmin.endsOn')} value={endsOn} onChange={(e) => setEndsOn(e.currentTarget.value)} required />
        <NativeSelect
          label={reason === 'REPLACEMENT' ? t('seatAdmin.successor') : t('seatAdmin.successorOptional')}
          description={t('seatAdmin.successorHint')}
          data={deputyOptions(t, free)}
          value={successorId}
          onChange={(e) => setSuccessorId(e.currentTarget.value)}
          error={missing && !successorId ? t('auth.required') : undefined}
        />
        <Textarea label={t('seatAdmin.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} />
        <Group justify="flex-end">
          <Button type="submit" color="#a51d1d" loading={loading}>
            {t('seatAdmin.endSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
