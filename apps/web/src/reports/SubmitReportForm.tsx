import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import { SubmitFieldReportMutation } from './operations';
import { TerritorySelect } from '../territories/TerritorySelect';
import { useFormMutation } from '../graphql/useFormMutation';

type Field = 'territory' | 'theme' | 'title' | 'body';

/** A deputy's new field report: territory, theme, title, body and the anonymised-testimony box. */
export function SubmitReportForm({ onSubmitted }: { onSubmitted?: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<Field, string>>({ territory: '', theme: '', title: '', body: '' });
  const [anonymised, setAnonymised] = useState(false);
  const [missing, setMissing] = useState<Field[]>([]);
  const [sent, setSent] = useState<string | null>(null);
  const [submitReport, { loading, error }] = useFormMutation(SubmitFieldReportMutation, {
    refetchQueries: ['Home'],
    awaitRefetchQueries: true,
  });

  const set = (field: Field) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [field]: value }));
    setMissing((m) => m.filter((f) => f !== field));
  };
  const fieldError = (field: Field) => (missing.includes(field) ? t('reportForm.required') : undefined);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const empty = (Object.keys(values) as Field[]).filter((k) => !values[k].trim());
    setMissing(empty);
    if (empty.length) return;
    setSent(null);
    const data = await submitReport({
      input: {
        territory: values.territory.trim(),
        theme: values.theme.trim(),
        title: values.title.trim(),
        body: values.body.trim(),
        anonymisedTestimony: anonymised,
      },
    });
    if (data) {
      setSent(data.submitFieldReport.title);
      setValues({ territory: '', theme: '', title: '', body: '' });
      setAnonymised(false);
      onSubmitted?.();
    }
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="report-form-heading">
      <Stack gap="sm">
        <Title order={3} size="h4" id="report-form-heading">
          {t('reportForm.title')}
        </Title>
        <Text size="sm" id="report-form-privacy">
          {t('reportForm.privacy')}
        </Text>
        {error && <ErrorAlert error={error} />}
        {sent && (
          <Alert color="green" variant="light" role="status" data-testid="report-sent">
            <Text size="sm">{t('reportForm.sent', { title: sent })}</Text>
          </Alert>
        )}
        <Group gap="sm" align="flex-start" grow wrap="wrap">
          <TerritorySelect
            label={t('reportForm.territory')}
            description={t('reportForm.territoryHint')}
            required
            value={values.territory}
            onChange={(code) => set('territory')({ currentTarget: { value: code } })}
            error={fieldError('territory')}
            miw={200}
          />
          <TextInput
            label={t('reportForm.theme')}
            required
            value={values.theme}
            onChange={set('theme')}
            error={fieldError('theme')}
            miw={200}
          />
        </Group>
        <TextInput label={t('reportForm.fieldTitle')} required value={values.title} onChange={set('title')} error={fieldError('title')} />
        <Textarea
          label={t('reportForm.body')}
          required
          autosize
          minRows={4}
          value={values.body}
          onChange={set('body')}
          error={fieldError('body')}
        />
        <Checkbox
          label={t('reportForm.anonymised')}
          description={t('reportForm.anonymisedHint')}
          checked={anonymised}
          onChange={(e) => setAnonymised(e.currentTarget.checked)}
        />
        <Group>
          <Button type="submit" loading={loading}>
            {t('reportForm.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
