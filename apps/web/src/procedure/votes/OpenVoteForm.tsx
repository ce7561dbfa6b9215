import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, Paper, Radio, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { OpenVoteMutation } from '../operations';
import { ProxyFields, type ProxyRow } from './ProxyFields';
import type { VoteMember } from './vote-labels';
import { useFormMutation } from '../../graphql/useFormMutation';

/** The chair's form that opens a vote on the current item: question, options, secrecy, who may vote, proxies. */
export function OpenVoteForm({
  agendaItem,
  members,
  onOpened,
}: {
  agendaItem: { id: string; title: string };
  members: VoteMember[];
  onOpened: (question: string) => void;
}) {
  const { t } = useTranslation();
  const [question, setQuestion] = useState('');
  const [kind, setKind] = useState<'standard' | 'custom'>('standard');
  const [custom, setCustom] = useState('');
  const [secrecy, setSecrecy] = useState<'NAMED' | 'SECRET'>('NAMED');
  const [eligibility, setEligibility] = useState<'PRESENT' | 'MEMBERS'>('PRESENT');
  const [allowChange, setAllowChange] = useState(false);
  const [proxies, setProxies] = useState<ProxyRow[]>([]);
  const [errors, setErrors] = useState<{ question?: string; options?: string }>({});
  const [open, { loading, error }] = useFormMutation(OpenVoteMutation);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const options =
      kind === 'custom'
        ? custom
            .split('\n')
            .map((o) => o.trim())
            .filter(Boolean)
        : null;
    const next = {
      question: question.trim() ? undefined : t('auth.required'),
      options: options && options.length < 2 ? t('procedure.optionsTooFew') : undefined,
    };
    setErrors(next);
    if (next.question || next.options) return;
    const saved = await open({
      input: {
        agendaItemId: agendaItem.id,
        question: question.trim(),
        // Default (null): For, Against, Abstain, in the API's words; shown in the reader's language.
        options: options ?? null,
        secrecy,
        eligibility,
        allowChange,
        proxies: proxies.filter((p) => p.grantorId && p.holderId).map(({ grantorId, holderId }) => ({ grantorId, holderId })),
      },
    });
    if (!saved) return;
    onOpened(question.trim());
  };

  return (
    <Paper withBorder p="sm" component="form" id="open-vote-form" onSubmit={submit} noValidate aria-labelledby="open-vote-heading">
      <Stack gap="sm">
        <Title order={3} size="h5" id="open-vote-heading">
          {t('procedure.openVoteOn', { title: agendaItem.title })}
        </Title>
        {error && <ErrorAlert error={error} />}
        <TextInput
          label={t('procedure.question')}
          required
          value={question}
          onChange={(e) => setQuestion(e.currentTarget.value)}
          error={errors.question}
        />
        <Radio.Group label={t('procedure.options')} value={kind} onChange={(v) => setKind(v as 'standard' | 'custom')}>
          <Stack gap={4} mt={4}>
            <Radio value="standard" label={t('procedure.optionsStandard')} />
            <Radio value="custom" label={t('procedure.optionsCustom')} />
          </Stack>
        </Radio.Group>
        {kind === 'custom' && (
          <Textarea
            label={t('procedure.optionsList')}
            description={t('procedure.optionsListHint')}
            autosize
            minRows={3}
            value={custom}
            onChange={(e) => setCustom(e.currentTarget.value)}
            error={errors.options}
          />
        )}
        <Radio.Group label={t('procedure.secrecy')} value={secrecy} onChange={(v) => setSecrecy(v as 'NAMED' | 'SECRET')}>
          <Stack gap={4} mt={4}>
            <Radio value="NAMED" label={t('procedure.named')} />
            <Radio value="SECRET" label={t('procedure.secret')} />
          </Stack>
        </Radio.Group>
        <Radio.Group label={t('procedure.eligibility')} value={eligibility} onChange={(v) => setEligibility(v as 'PRESENT' | 'MEMBERS')}>
          <Stack gap={4} mt={4}>
            <Radio value="PRESENT" label={t('procedure.eligiblePresent')} />
            <Radio value="MEMBERS" label={t('procedure.eligibleMembers')} />
          </Stack>
        </Radio.Group>
        <Checkbox label={t('procedure.allowChange')} checked={allowChange} onChange={(e) => setAllowChange(e.currentTarget.checked)} />
        <ProxyFields members={members} proxies={proxies} onChange={setProxies} />
        <Group>
          <Button type="submit" loading={loading}>
            {t('procedure.openVoteSubmit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
