import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
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
import { ErrorAlert } from '../ui/ErrorAlert';
import { useFormMutation } from '../graphql/useFormMutation';
import { AppModal, ConfirmButtons } from '../ui/ConfirmDialog';

export const GROUP_ROLES: GroupRole[] = ['MEMBER', 'RAPPORTEUR', 'LEAD'];

export interface MemberTarget {
  deputyId: string;
  fullName: string;
}

// Every change reloads the group page: its member list and coordinators come from the API, never guessed here.
const refreshGroup = () => ({ refetchQueries: [GroupPageQuery], awaitRefetchQueries: true });

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);

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
  const [addMember, { loading, error, reset }] = useFormMutation(AddGroupMemberMutation, refreshGroup());

  if (!choices.data && choices.loading) return <Pending />;
  if (!choices.data) return <ErrorAlert>{t('groupAdmin.choicesError')}</ErrorAlert>;

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
    const data = await addMember({ input: { groupId, deputyId: chosen.value, role } });
    if (data) {
      onAdded(
        t('groupAdmin.memberAdded', { name: chosen.label, role: t(`groups.role.${data.addGroupMember.role}`) }),
        data.addGroupMember.scheduleConflicts ?? [],
      );
      setDeputyId(null);
      setRole('MEMBER');
    }
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-labelledby="add-member-heading">
        <Stack gap="sm">
          <Title order={3} size="h4" id="add-member-heading">
            {t('groupAdmin.addMemberTitle')}
          </Title>
          {error && <ErrorAlert error={error} describe={(e, t) => groupErrorMessage(e, t, 'addMember')} />}
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
  const [addCoordinator, { loading, error, reset }] = useFormMutation(AddGroupCoordinatorMutation, refreshGroup());

  if (!choices.data && choices.loading) return <Pending />;
  if (!choices.data) return <ErrorAlert>{t('groupAdmin.choicesError')}</ErrorAlert>;

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
    const data = await addCoordinator({ input: { groupId, userId: chosen.value } });
    if (data) {
      onAdded(t('groupAdmin.coordinatorAdded', { name: chosen.label }));
      setUserId(null);
    }
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-labelledby="add-coordinator-heading">
        <Stack gap="sm">
          <Title order={3} size="h4" id="add-coordinator-heading">
            {t('groupAdmin.addCoordinatorTitle')}
          </Title>
          {error && <ErrorAlert error={error} describe={(e, t) => groupErrorMessage(e, t, 'addCoordinator')} />}
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
    <AppModal opened={member !== null} onClose={onClose} title={member ? t('groupAdmin.removeTitle', { name: member.fullName }) : ''}>
      {member && <RemoveMemberConfirm key={member.deputyId} groupId={groupId} member={member} onClose={onClose} onRemoved={onRemoved} />}
    </AppModal>
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
  const [removeMember, { loading, error }] = useFormMutation(RemoveGroupMemberMutation, refreshGroup());

  const confirm = async () => {
    const data = await removeMember({ input: { groupId, deputyId: member.deputyId } });
    if (data) onRemoved(t('groupAdmin.memberRemoved', { name: member.fullName }));
  };

  return (
    <Stack gap="sm">
      <Text size="sm">{t('groupAdmin.removeText', { name: member.fullName })}</Text>
      {error && <ErrorAlert error={error} describe={(e, t) => groupErrorMessage(e, t, 'removeMember')} />}
      <ConfirmButtons
        keepLabel={t('groupAdmin.cancel')}
        onKeep={onClose}
        confirmLabel={t('groupAdmin.confirmRemove')}
        color="red.9"
        busy={loading}
        onConfirm={() => void confirm()}
      />
    </Stack>
  );
}
