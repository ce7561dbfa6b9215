import { useState } from 'react';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageError, PageLoading } from '../ui/PageState';
import { getFragmentData } from '../gql';
import { formatDate } from '../i18n/format';
import { DeputyProfileFragment, DeputyQuery } from './operations';
import { EditDeputyForm } from './EditDeputyForm';
import { Fact } from './DeputiesPage';
import { territoryName } from '../territories/name';

/**
 * A deputy's profile: territory, languages, skills, bio, seat and groups. Never an administrative
 * status, a file number or an address: the API has none to give. The attestation date is shown to
 * administrators and to the deputy themself.
 */
export function DeputyPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(DeputyQuery, { variables: { id } });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const deputy = getFragmentData(DeputyProfileFragment, data?.deputy);
  useDocumentTitle(`${deputy?.fullName ?? t('deputies.title')} · ${t('app.name')}`);

  if (!data && loading) return <PageLoading label={t('deputies.profileLoading')} />;
  if (!data || !deputy) return <PageError title={t('deputies.profileLoadError')} error={error} onRetry={() => void refetch()} />;

  const isAdmin = data.me.role === 'ADMIN';
  const own = data.me.deputy?.id === deputy.id;
  const editor = isAdmin ? 'admin' : own ? 'self' : null;
  const none = t('deputies.notGiven');
  const mandate = deputy.currentMandate;
  const lang = i18n.language;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/deputies" size="sm">
        {t('deputies.back')}
      </Anchor>
      <Group justify="space-between" align="center" gap="sm">
        <Title order={1}>{deputy.fullName}</Title>
        {editor && !editing && (
          <Button variant="default" onClick={() => (setSaved(null), setEditing(true))}>
            {own ? t('deputies.editOwn') : t('deputies.edit')}
          </Button>
        )}
      </Group>
      {saved && (
        <Alert color="green" variant="light" role="status">
          <Text size="sm">{saved}</Text>
        </Alert>
      )}
      {editor && editing ? (
        <EditDeputyForm
          deputy={deputy}
          editor={editor}
          onCancel={() => setEditing(false)}
          onSaved={(changed) => (setEditing(false), setSaved(changed ? t('deputies.saved') : t('deputies.noChange')))}
        />
      ) : (
        <Stack component="dl" gap={4} m={0}>
          <Fact term={t('deputies.territory')}>{territoryName(deputy, t)}</Fact>
          <Fact term={t('deputies.languages')}>{deputy.languages.join(', ') || none}</Fact>
          <Fact term={t('deputies.skills')}>{deputy.skills.join(', ') || none}</Fact>
          <Fact term={t('deputies.seat')}>
            {mandate
              ? t('deputies.seatSince', { number: mandate.seat.number, date: formatDate(mandate.startsOn, lang) })
              : t('deputies.noSeat')}
          </Fact>
          <Fact term={t('deputies.groups')}>
            {deputy.memberships.length === 0
              ? t('deputies.noGroups')
              : deputy.memberships
                  .map((m) => t('deputies.groupWithRole', { group: m.group.name, role: t(`groups.role.${m.role}`) }))
                  .join(', ')}
          </Fact>
          {(isAdmin || own) && (
            <Fact term={t('deputies.attestation')}>
              {deputy.eligibilityAttestedOn ? formatDate(deputy.eligibilityAttestedOn, lang) : t('deputies.notAttested')}
            </Fact>
          )}
        </Stack>
      )}
      {!editing && (
        <Stack gap={4} component="section" aria-labelledby="deputy-bio">
          <Title order={2} size="h4" id="deputy-bio">
            {t('deputies.bio')}
          </Title>
          <Text style={{ whiteSpace: 'pre-line' }}>{deputy.bio || none}</Text>
        </Stack>
      )}
    </Stack>
  );
}
