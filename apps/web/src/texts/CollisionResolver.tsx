import { useState } from 'react';
import { Button, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ResolveCollisionMutation } from './operations';
import { attempt } from './attempt';
import type { TextData } from './TextPage';

/**
 * Coordination merges an adopted amendment that collides with the text as it is now: for each
 * collided paragraph both wordings are shown side by side; the coordinator keeps one, or writes one.
 */
export function CollisionResolver({ text, onDone }: { text: TextData; onDone: () => void }) {
  const { t } = useTranslation();
  const byAmendment = new Map<string, TextData['pendingCollisions']>();
  for (const c of text.pendingCollisions) byAmendment.set(c.amendmentId, [...(byAmendment.get(c.amendmentId) ?? []), c]);
  return (
    <Stack component="section" aria-labelledby="text-collisions" gap="sm">
      <Title order={2} size="h3" id="text-collisions">
        {t('texts.collisions')}
      </Title>
      {[...byAmendment.entries()].map(([amendmentId, collisions]) => (
        <Resolution
          key={amendmentId}
          number={text.amendments.find((a) => a.id === amendmentId)?.number ?? 0}
          amendmentId={amendmentId}
          collisions={collisions}
          canResolve={text.viewerCan.coordinate}
          onDone={onDone}
        />
      ))}
    </Stack>
  );
}

function Resolution({
  number,
  amendmentId,
  collisions,
  canResolve,
  onDone,
}: {
  number: number;
  amendmentId: string;
  collisions: TextData['pendingCollisions'];
  canResolve: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [wordings, setWordings] = useState<Record<string, string>>(
    Object.fromEntries(collisions.map((c) => [c.paragraphId, c.theirs ?? ''])),
  );
  const [resolve, { loading, error }] = useMutation(ResolveCollisionMutation);
  return (
    <Paper withBorder p="sm" data-testid="collision">
      <Stack gap="sm">
        <Text fw={600}>{t('texts.amendment', { number })}</Text>
        {error && <ErrorAlert error={error} />}
        {collisions.map((c) => (
          <Stack key={c.paragraphId} gap="xs">
            <div className="text-compare">
              <div>
                <Text size="sm" fw={600}>
                  {t('texts.ours')}
                </Text>
                <Text dir="auto">{c.ours ?? t('texts.deleted')}</Text>
              </div>
              <div>
                <Text size="sm" fw={600}>
                  {t('texts.theirs')}
                </Text>
                <Text dir="auto">{c.theirs ?? t('texts.deleted')}</Text>
              </div>
            </div>
            {canResolve && (
              <>
                <Radio.Group
                  value={
                    wordings[c.paragraphId] === (c.ours ?? '') ? 'ours' : wordings[c.paragraphId] === (c.theirs ?? '') ? 'theirs' : 'own'
                  }
                  onChange={(v) => v !== 'own' && setWordings((w) => ({ ...w, [c.paragraphId]: (v === 'ours' ? c.ours : c.theirs) ?? '' }))}
                  label={t('texts.keep')}
                >
                  <Stack gap={4} mt={4}>
                    <Radio value="ours" label={t('texts.ours')} />
                    <Radio value="theirs" label={t('texts.theirs')} />
                    <Radio value="own" label={t('texts.ownWording')} disabled />
                  </Stack>
                </Radio.Group>
                <Textarea
                  label={t('texts.wording')}
                  value={wordings[c.paragraphId]}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setWordings((w) => ({ ...w, [c.paragraphId]: value }));
                  }}
                  autosize
                  dir="auto"
                />
              </>
            )}
          </Stack>
        ))}
        {canResolve && (
          <Button
            loading={loading}
            onClick={() =>
              void attempt(
                resolve({
                  variables: {
                    input: {
                      amendmentId,
                      wordings: collisions.map((c) => ({ paragraphId: c.paragraphId, text: wordings[c.paragraphId] || null })),
                    },
                  },
                }),
              ).then((r) => r && onDone())
            }
          >
            {t('texts.resolve')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
