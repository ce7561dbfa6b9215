import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, NativeSelect, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { GroupRole } from '../gql/graphql';
import { groupErrorMessage } from './errors';
import {
  AddGroupCoordinatorMutation,
  AddGroupMemberMutation,
  GroupCoordinatorChoicesQuery,
  GroupDeputyChoicesQuery,
  GroupPageQuery,
  RemoveGroupMemberMutation,
} from './operations';
import { Pending } from './Pending';
import type { Conflicts } from '../meetings/ConflictWarnings';

export const GROUP_ROLES: GroupRole[] = ['MEMBER', 'RAPPORTEUR', 'LEAD'];

export interface MemberTarget {
  deputyId: string;
  fullName: string;
}

// Every change reloads the group page: its member list and coordinators come from the API, never guessed here.
const refreshGroup = () => ({ refetchQueries: [GroupPageQuery], awaitRefetchQueries: true });

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);

function FailureAlert({ text }: { text: string }) {
  return (
    <Alert color="red" variant="light" role="alert">
      <Text size="sm" c="red.9">
        {text}
      </Text>
    </Alert>
  );
}

/** Coordinators add a deputy who is not in the group yet, with a role (searchable list: type part of a name). */
export function AddMemberForm({
  groupId,
  memberDeputyIds,
  onAdded,
}: {
  groupId: string;
  memberDeputyIds: string[];
  /** What happened, and the meetings of the group the new member is already elsewhere for. */
  onAdded: (text: string, conflicts: Conflicts) => void;
}) {
  const { t } = useTranslation();
  const choices = useQuery(GroupDeputyChoicesQuery);
  const [deputyId, setDeputyId] = useState<string | null>(null);
  const [role, setRole] = useState<GroupRole>('MEMBER');
  const [missing, setMissing] = useState(false);
  const [addMember, { loading, error, reset }] = useMutation(AddGroupMemberMutation, refreshGroup());

  if (!choices.data && choices.loading) return <Pending />;
  if (!choices.data) return <FailureAlert text={t('groupAdmin.choicesError')} />;

  const inGroup = new Set(memberDeputyIds);
  const options = choices.data.deputies
    .filter((d) => !inGroup.has(d.id))
    .map((d) => ({ value: d.id, label: d.fullName }))
    .sort(byLabel);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const chosen = options.find((o) => o.value === deputyId);
    if (!chosen) {
      setMissing(true);
      document.getElementById('add-member-deputy')?.focus();
      return;
    }
    try {
      const { data } = await addMember({ variables: { input: { groupId, deputyId: chosen.value, role } } });
      if (data) {
        onAdded(
          t('groupAdmin.memberAdded', { name: chosen.label, role: t(`groups.role.${data.addGroupMember.role}`) }),
          data.addGroupMember.scheduleConflicts ?? [],
        );
        setDeputyId(null);
        setRole('MEMBER');
      }
    } catch {
      // Shown from `error`.
    }
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-labelledby="add-member-heading">
        <Stack gap="sm">
          <Title order={3} size="h4" id="add-member-heading">
            {t('groupAdmin.addMemberTitle')}
          </Title>
          {error && <FailureAlert text={groupErrorMessage(error, t, 'addMember')} />}
          {options.length === 0 ? (
            <Text size="sm">{t('groupAdmin.everyoneIn')}</Text>
          ) : (
            <>
              <Group gap="sm" align="flex-start" grow wrap="wrap">
                <Select
                  id="add-member-deputy"
                  label={t('groupAdmin.deputy')}
                  description={t('groupAdmin.deputyHint')}
                  required
                  searchable
                  data={options}
                  value={deputyId}
                  onChange={(value) => {
                    setDeputyId(value);
                    setMissing(false);
                    reset();
                  }}
                  nothingFoundMessage={t('groupAdmin.nothingFound')}
                  error={missing ? t('groupAdmin.required') : undefined}
                  miw={220}
                  data-autofocus
                />
                <NativeSelect
                  label={t('groupAdmin.role')}
                  value={role}
                  onChange={(e) => setRole(e.currentTarget.value as GroupRole)}
                  data={GROUP_ROLES.map((r) => ({ value: r, label: t(`groups.role.${r}`) }))}
                  miw={160}
                />
              </Group>
              <Group>
                <Button type="submit" loading={loading}>
                  {t('groupAdmin.submitMember')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

/** Administrators give the group one more coordinator: an account with the COORDINATOR role (the API accepts no other). */
export function AddCoordinatorForm({
  groupId,
  coordinatorIds,
  onAdded,
}: {
  groupId: string;
  coordinatorIds: string[];
  onAdded: (text: string) => void;
}) {
  const { t } = useTranslation();
  const choices = useQuery(GroupCoordinatorChoicesQuery);
  const [userId, setUserId] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [addCoordinator, { loading, error, reset }] = useMutation(AddGroupCoordinatorMutation, refreshGroup());

  if (!choices.data && choices.loading) return <Pending />;
  if (!choices.data) return <FailureAlert text={t('groupAdmin.choicesError')} />;

  const already = new Set(coordinatorIds);
  const options = choices.data.users
    .filter((u) => u.role === 'COORDINATOR' && !already.has(u.id))
    .map((u) => ({ value: u.id, label: u.displayName }))
    .sort(byLabel);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const chosen = options.find((o) => o.value === userId);
    if (!chosen) {
      setMissing(true);
      document.getElementById('add-coordinator-user')?.focus();
      return;
    }
    try {
      const { data } = await addCoordinator({ variables: { input: { groupId, userId: chosen.value } } });
      if (data) {
        onAdded(t('groupAdmin.coordinatorAdded', { name: chosen.label }));
        setUserId(null);
      }
    } catch {
      // Shown from `error`.
    }
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-labelledby="add-coordinator-heading">
        <Stack gap="sm">
          <Title order={3} size="h4" id="add-coordinator-heading">
            {t('groupAdmin.addCoordinatorTitle')}
          </Title>
          {error && <FailureAlert text={groupErrorMessage(error, t, 'addCoordinator')} />}
          {options.length === 0 ? (
            <Text size="sm">{t('groupAdmin.noCoordinatorLeft')}</Text>
          ) : (
            <>
              <Select
                id="add-coordinator-user"
                label={t('groupAdmin.coordinator')}
                description={t('groupAdmin.coordinatorHint')}
                required
                searchable
                data={options}
                value={userId}
                onChange={(value) => {
                  setUserId(value);
                  setMissing(false);
                  reset();
                }}
                nothingFoundMessage={t('groupAdmin.nothingFound')}
                error={missing ? t('groupAdmin.required') : undefined}
                data-autofocus
              />
              <Group>
                <Button type="submit" loading={loading}>
                  {t('groupAdmin.submitCoordinator')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

/**
 * Asks before ending a membership. Mantine's Modal traps focus, starts on "Cancel" (the harmless
 * choice) and closes on Escape.
 */
export function RemoveMemberDialog({
  groupId,
  member,
  onClose,
  onRemoved,
}: {
  groupId: string;
  member: MemberTarget | null;
  onClose: () => void;
  onRemoved: (text: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={member !== null}
      onClose={onClose}
      title={member ? t('groupAdmin.removeTitle', { name: member.fullName }) : ''}
      closeButtonProps={{ 'aria-label': t('app.close') }}
      centered
    >
      {member && <RemoveMemberConfirm key={member.deputyId} groupId={groupId} member={member} onClose={onClose} onRemoved={onRemoved} />}
    </Modal>
  );
}

function RemoveMemberConfirm({
  groupId,
  member,
  onClose,
  onRemoved,
}: {
  groupId: string;
  member: MemberTarget;
  onClose: () => void;
  onRemoved: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [removeMember, { loading, error }] = useMutation(RemoveGroupMemberMutation, refreshGroup());

  const confirm = async () => {
    try {
      const { data } = await removeMember({ variables: { input: { groupId, deputyId: member.deputyId } } });
      if (data) onRemoved(t('groupAdmin.memberRemoved', { name: member.fullName }));
    } catch {
      // Shown from `error`.
    }
  };

  return (
    <Stack gap="sm">
      <Text size="sm">{t('groupAdmin.removeText', { name: member.fullName })}</Text>
      {error && <FailureAlert text={groupErrorMessage(error, t, 'removeMember')} />}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('groupAdmin.cancel')}
        </Button>
        <Button color="red.9" onClick={() => void confirm()} loading={loading}>
          {t('groupAdmin.confirmRemove')}
        </Button>
      </Group>
    </Stack>
  );
}
