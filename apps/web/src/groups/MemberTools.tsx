import { useState, type FormEvent, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
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

interface Choice {
  value: string;
  label: string;
}

/**
 * One person to pick from a searchable list (type part of a name), then submit: the refusal above,
 * "required" beside the list (focus goes to it), the mutation's refusal cleared once the choice changes.
 */
function ChoiceForm({
  id,
  title,
  error,
  describeError,
  options,
  emptyText,
  label,
  hint,
  value,
  onChange,
  submitLabel,
  loading,
  onSubmit,
  children,
}: {
  id: string;
  title: string;
  error: unknown;
  describeError: (error: unknown, t: TFunction) => string;
  options: Choice[];
  emptyText: string;
  label: string;
  hint: string;
  value: string | null;
  onChange: (value: string | null) => void;
  submitLabel: string;
  loading: boolean;
  onSubmit: (chosen: Choice) => void;
  /** More fields beside the list (the list then shares a row with them). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [missing, setMissing] = useState(false);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const chosen = options.find((o) => o.value === value);
    if (!chosen) {
      setMissing(true);
      document.getElementById(id)?.focus();
      return;
    }
    onSubmit(chosen);
  };

  const select = (
    <Select
      id={id}
      label={label}
      description={hint}
      required
      searchable
      data={options}
      value={value}
      onChange={(v) => {
        onChange(v);
        setMissing(false);
      }}
      nothingFoundMessage={t('groupAdmin.nothingFound')}
      error={missing ? t('groupAdmin.required') : undefined}
      miw={children ? 220 : undefined}
      data-autofocus
    />
  );

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
        <Stack gap="sm">
          <Title order={3} size="h4" id={`${id}-heading`}>
            {title}
          </Title>
          {error ? <ErrorAlert error={error} describe={describeError} /> : null}
          {options.length === 0 ? (
            <Text size="sm">{emptyText}</Text>
          ) : (
            <>
              {children ? (
                <Group gap="sm" align="flex-start" grow wrap="wrap">
                  {select}
                  {children}
                </Group>
              ) : (
                select
              )}
              <Group>
                <Button type="submit" loading={loading}>
                  {submitLabel}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </form>
    </Paper>
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
  const [addMember, { loading, error, reset }] = useFormMutation(AddGroupMemberMutation, refreshGroup());

  if (!choices.data && choices.loading) return <Pending />;
  if (!choices.data) return <ErrorAlert>{t('groupAdmin.choicesError')}</ErrorAlert>;

  const inGroup = new Set(memberDeputyIds);
  const options = choices.data.deputies
    .filter((d) => !inGroup.has(d.id))
    .map((d) => ({ value: d.id, label: d.fullName }))
    .sort(byLabel);

  const add = async (chosen: Choice) => {
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
    <ChoiceForm
      id="add-member-deputy"
      title={t('groupAdmin.addMemberTitle')}
      error={error}
      describeError={(e, t) => groupErrorMessage(e, t, 'addMember')}
      options={options}
      emptyText={t('groupAdmin.everyoneIn')}
      label={t('groupAdmin.deputy')}
      hint={t('groupAdmin.deputyHint')}
      value={deputyId}
      onChange={(value) => {
        setDeputyId(value);
        reset();
      }}
      submitLabel={t('groupAdmin.submitMember')}
      loading={loading}
      onSubmit={(chosen) => void add(chosen)}
    >
      <NativeSelect
        label={t('groupAdmin.role')}
        value={role}
        onChange={(e) => setRole(e.currentTarget.value as GroupRole)}
        data={GROUP_ROLES.map((r) => ({ value: r, label: t(`groups.role.${r}`) }))}
        miw={160}
      />
    </ChoiceForm>
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
  const [addCoordinator, { loading, error, reset }] = useFormMutation(AddGroupCoordinatorMutation, refreshGroup());

  if (!choices.data && choices.loading) return <Pending />;
  if (!choices.data) return <ErrorAlert>{t('groupAdmin.choicesError')}</ErrorAlert>;

  const already = new Set(coordinatorIds);
  const options = choices.data.users
    .filter((u) => u.role === 'COORDINATOR' && !already.has(u.id))
    .map((u) => ({ value: u.id, label: u.displayName }))
    .sort(byLabel);

  const add = async (chosen: Choice) => {
    const data = await addCoordinator({ input: { groupId, userId: chosen.value } });
    if (data) {
      onAdded(t('groupAdmin.coordinatorAdded', { name: chosen.label }));
      setUserId(null);
    }
  };

  return (
    <ChoiceForm
      id="add-coordinator-user"
      title={t('groupAdmin.addCoordinatorTitle')}
      error={error}
      describeError={(e, t) => groupErrorMessage(e, t, 'addCoordinator')}
      options={options}
      emptyText={t('groupAdmin.noCoordinatorLeft')}
      label={t('groupAdmin.coordinator')}
      hint={t('groupAdmin.coordinatorHint')}
      value={userId}
      onChange={(value) => {
        setUserId(value);
        reset();
      }}
      submitLabel={t('groupAdmin.submitCoordinator')}
      loading={loading}
      onSubmit={(chosen) => void add(chosen)}
    />
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
