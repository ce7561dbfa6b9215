import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Giving the floor out of the alternating order: the chair records why (`head` is whom the rule named). */
export function OverrideReasonForm({
  head,
  name,
  busy,
  onGive,
  onCancel,
}: {
  head: string;
  name: string;
  busy: boolean;
  onGive: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonError(t('procedure.overrideReasonRequired'));
      return;
    }
    setReasonError(undefined);
    onGive(reason.trim());
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs" mt="xs">
        <TextInput
          label={t('procedure.overrideReason', { name: head })}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={reasonError}
          required
          data-autofocus
          autoFocus
        />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={busy}>
            {t('procedure.overrideConfirm', { name })}
          </Button>
          <Button size="xs" variant="default" onClick={onCancel}>
            {t('live.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
