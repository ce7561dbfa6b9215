import { useState, type FormEvent } from 'react';
import { Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import { attempt } from './attempt';
import { CreateTextMutation, GroupTextsQuery } from './operations';

export const textPath = (id: string) => `/texts/${id}`;
const KINDS = ['RECOMMENDATION', 'POSITION', 'RESOLUTION', 'LETTER'] as const;
export const TEXT_STATUS_COLOR: Record<string, string> = {
  DRAFT: 'gray.8',
  OPEN: '#1b6e2e',
  DEBATE: '#a34100',
  ADOPTED: 'blue.9',
  REJECTED: 'red.9',
  WITHDRAWN: 'gray.8',
};

/** Paragraphs as typed: separated by a blank line. */
export const splitParagraphs = (body: string) =>
  body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/** On a group's page: its texts, and for its members a form to draft one. */
export function TextsSection({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, error } = useQuery(GroupTextsQuery, { variables: { groupId }, fetchPolicy: 'cache-and-network' });
  const [drafting, setDrafting] = useState(false);
  const texts = data?.texts ?? [];
  // Drafting is for deputies of the group: the API refuses others (GROUP_MEMBERS_ONLY) and says why.
  const canDraft = !!data?.me.deputy;

  return (
    <Stack component="section" aria-labelledby="group-texts" gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h3" id="group-texts">
          {t('texts.title')}
        </Title>
        {canDraft && (
          <Button
            variant={drafting ? 'default' : 'filled'}
            aria-expanded={drafting}
            aria-controls="text-form"
            onClick={() => setDrafting((d) => !d)}
          >
            {drafting ? t('schedule.close') : t('texts.draft')}
          </Button>
        )}
      </Group>
      {drafting && <CreateTextForm groupId={groupId} onCreated={(id) => void navigate(textPath(id))} />}
      {error && !data && <ErrorAlert error={error} />}
      {data && texts.length === 0 && <Text>{t('texts.none')}</Text>}
      {texts.length > 0 && (
        <Stack component="ul" className="plain-list" gap="xs" aria-labelledby="group-texts">
          {texts.map((text) => (
            <Paper component="li" key={text.id} withBorder p="xs" data-testid="text-item">
              <Group gap="xs" wrap="wrap" justify="space-between">
                <Anchor component={Link} to={textPath(text.id)} fw={600}>
                  <bdi>{text.title}</bdi>
                </Anchor>
                <Group gap={4}>
                  <Badge variant="light">{t(`texts.kind.${text.kind}`)}</Badge>
                  <Badge color={TEXT_STATUS_COLOR[text.status]} variant="filled">
                    {t(`texts.status.${text.status}`)}
                  </Badge>
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function CreateTextForm({ groupId, onCreated }: { groupId: string; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<(typeof KINDS)[number]>('RECOMMENDATION');
  const [body, setBody] = useState('');
  const [invalid, setInvalid] = useState<{ title?: string; body?: string }>({});
  const [create, { loading, error }] = useMutation(CreateTextMutation, { refetchQueries: [GroupTextsQuery] });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const paragraphs = splitParagraphs(body);
    const next = {
      title: title.trim() ? undefined : t('texts.form.titleRequired'),
      body: paragraphs.length ? undefined : t('texts.form.bodyRequired'),
    };
    setInvalid(next);
    if (next.title || next.body) return;
    const data = await attempt(
      create({ variables: { input: { groupId, kind, title: title.trim(), paragraphs, coAuthorIds: [], fieldReportIds: [] } } }),
    );
    if (data?.data) onCreated(data.data.createText.id);
  };

  return (
    <Paper withBorder p="sm" id="text-form">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          {error && <ErrorAlert error={error} />}
          <TextInput
            label={t('texts.form.title')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={invalid.title}
            required
            maxLength={200}
            dir="auto"
          />
          <NativeSelect
            label={t('texts.form.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as (typeof KINDS)[number])}
            data={KINDS.map((k) => ({ value: k, label: t(`texts.kind.${k}`) }))}
          />
          <Textarea
            label={t('texts.form.body')}
            description={t('texts.form.bodyHelp')}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            error={invalid.body}
            autosize
            minRows={6}
            required
            dir="auto"
          />
          <Group>
            <Button type="submit" loading={loading}>
              {t('texts.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
