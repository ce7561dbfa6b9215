import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { Button, Group, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MESSAGE_MAX_LENGTH } from '@tribune/domain';
import { bodyLength, bodyProblemText } from './message-body';

/** Writing a message: Enter sends, Shift+Enter goes to the line; the count of characters against the limit. */
export function Composer({ onSend, onTyping }: { onSend: (body: string) => void; onTyping: () => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string>();
  const n = bodyLength(body);
  const over = n > MESSAGE_MAX_LENGTH;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const reason = bodyProblemText(body, t);
    if (reason) {
      setProblem(reason);
      return;
    }
    setProblem(undefined);
    onSend(body);
    setBody('');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter sends; Shift+Enter goes to the line; an input method composing a word keeps its Enter.
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  };

  return (
    <form onSubmit={submit} noValidate className="live-composer">
      <Textarea
        label={t('live.compose')}
        description={`${t('live.counter', { count: n, max: MESSAGE_MAX_LENGTH })} · ${t('live.composeHint')}`}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        value={body}
        onChange={(e) => {
          setBody(e.currentTarget.value);
          if (problem) setProblem(undefined);
          if (e.currentTarget.value) onTyping();
        }}
        onKeyDown={onKeyDown}
        error={problem ?? (over ? t('live.tooLong', { count: n, max: MESSAGE_MAX_LENGTH }) : undefined)}
        autosize
        minRows={2}
        maxRows={6}
        dir="auto"
        data-testid="composer"
      />
      <Group justify="flex-end" mt="xs">
        <Button type="submit">{t('live.send')}</Button>
      </Group>
    </form>
  );
}
