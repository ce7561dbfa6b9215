import { useState, type FormEvent } from 'react';
import { Button, Group, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { bodyProblemText } from './message-body';

/** Editing one's message in place: Enter saves, Escape gives up. */
export function MessageEditForm({
  initial,
  busy,
  problem,
  onSave,
  onCancel,
}: {
  initial: string;
  busy: boolean;
  problem?: string;
  onSave: (body: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState(initial);
  const [invalid, setInvalid] = useState<string>();

  const save = (event?: FormEvent) => {
    event?.preventDefault();
    const problem = bodyProblemText(body, t);
    if (problem) {
      setInvalid(problem);
      return;
    }
    if (body === initial) return onCancel();
    onSave(body);
  };

  return (
    <form onSubmit={save} noValidate className="live-edit">
      <Textarea
        label={t('live.editLabel')}
        value={body}
        onChange={(e) => {
          setBody(e.currentTarget.value);
          setInvalid(undefined);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onCancel();
          } else if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            save();
          }
        }}
        error={invalid ?? problem}
        autosize
        minRows={1}
        maxRows={6}
        dir="auto"
        autoFocus
        data-testid="edit-box"
      />
      <Group gap="xs" mt={4}>
        <Button type="submit" size="compact-sm" loading={busy}>
          {t('live.save')}
        </Button>
        <Button size="compact-sm" variant="default" onClick={onCancel}>
          {t('live.cancel')}
        </Button>
      </Group>
    </form>
  );
}
