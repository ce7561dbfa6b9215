import { useEffect, useState, type FormEvent } from 'react';
import { Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { defaultTermEnd, MAX_SEATS, minimumWomenFloor, TERM_DEFAULTS } from '@tribune/domain';
import { ErrorAlert } from '../ui/ErrorAlert';
import { CreateTermMutation } from './operations';
import { useFormMutation } from '../graphql/useFormMutation';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A new term: name, dates (the end follows the start, two years minus a day, until edited), seats
 * and the minimum of women. The API refuses a minimum below half the seats; its message is shown.
 */
export function CreateTermForm({
  startsOn: firstDay,
  onCreated,
  onCancel,
}: {
  startsOn: string;
  onCreated: (name: string) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  // Opened by a button (then it can be cancelled): keyboard focus follows into the form.
  const openedByButton = Boolean(onCancel);
  useEffect(() => {
    if (openedByButton) document.getElementById('term-name')?.focus();
  }, [openedByButton]);
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState(firstDay);
  const [endsOn, setEndsOn] = useState(defaultTermEnd(firstDay));
  // Once the end has been typed, a new start no longer moves it.
  const [endEdited, setEndEdited] = useState(false);
  const [seatCount, setSeatCount] = useState(String(TERM_DEFAULTS.seatCount));
  const [minimumWomen, setMinimumWomen] = useState(String(TERM_DEFAULTS.minimumWomen));
  const [missing, setMissing] = useState<{ name?: boolean; startsOn?: boolean }>({});
  const [createTerm, { loading, error }] = useFormMutation(CreateTermMutation, {
    refetchQueries: ['CurrentTerm', 'TermAdmin'],
    awaitRefetchQueries: true,
  });

  const changeStart = (value: string) => {
    setStartsOn(value);
    if (!endEdited && ISO_DAY.test(value)) setEndsOn(defaultTermEnd(value));
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const found = { name: !name.trim(), startsOn: !ISO_DAY.test(startsOn) };
    setMissing(found);
    if (found.name || found.startsOn) {
      document.getElementById(found.name ? 'term-name' : 'term-startsOn')?.focus();
      return;
    }
    const data = await createTerm({
      input: {
        name: name.trim(),
        startsOn,
        endsOn: ISO_DAY.test(endsOn) ? endsOn : null,
        seatCount: Number(seatCount),
        minimumWomen: Number(minimumWomen),
      },
    });
    if (data) onCreated(data.createTerm.name);
  };

  const seats = Number(seatCount) || TERM_DEFAULTS.seatCount;
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-labelledby="term-form-heading">
        <Stack gap="sm">
          <Title order={2} size="h4" id="term-form-heading">
            {t('termForm.title')}
          </Title>
          {error && <ErrorAlert error={error} />}
          <TextInput
            id="term-name"
            label={t('termForm.name')}
            placeholder={t('termForm.namePlaceholder')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={missing.name ? t('auth.required') : undefined}
          />
          <Group gap="sm" align="flex-start" grow wrap="wrap">
            <TextInput
              id="term-startsOn"
              type="date"
              label={t('termForm.startsOn')}
              required
              value={startsOn}
              onChange={(e) => changeStart(e.currentTarget.value)}
              error={missing.startsOn ? t('auth.required') : undefined}
              miw={160}
            />
            <TextInput
              type="date"
              label={t('termForm.endsOn')}
              description={t('termForm.endsOnHint')}
              value={endsOn}
              onChange={(e) => (setEndsOn(e.currentTarget.value), setEndEdited(true))}
              miw={160}
            />
          </Group>
          <Group gap="sm" align="flex-start" grow wrap="wrap">
            <TextInput
              type="number"
              label={t('termForm.seatCount')}
              min={1}
              max={MAX_SEATS}
              required
              value={seatCount}
              onChange={(e) => setSeatCount(e.currentTarget.value)}
              miw={140}
            />
            <TextInput
              type="number"
              label={t('termForm.minimumWomen')}
              description={t('termForm.minimumWomenHint', { floor: minimumWomenFloor(seats), seats })}
              min={0}
              max={seats}
              required
              value={minimumWomen}
              onChange={(e) => setMinimumWomen(e.currentTarget.value)}
              miw={140}
            />
          </Group>
          <Group gap="sm">
            <Button type="submit" loading={loading}>
              {t('termForm.submit')}
            </Button>
            {onCancel && (
              <Button variant="default" onClick={onCancel}>
                {t('termForm.cancel')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
