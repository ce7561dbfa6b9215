import { lazy, Suspense, useRef, useState } from 'react';
import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GroupRole } from '../gql/graphql';
import type { MemberTarget } from './MemberTools';
import { Pending } from './Pending';
import { ConflictWarnings, type Conflicts } from '../meetings/ConflictWarnings';
import { PARIS } from '../i18n/format';
import { territoryName } from '../territories/name';

// Only coordinators and administrators use these: their code comes when they open a group, not with the app.
const loadTools = () => import('./MemberTools');
if (import.meta.env.MODE === 'test') void loadTools();
const AddMemberForm = lazy(async () => ({ default: (await loadTools()).AddMemberForm }));
const AddCoordinatorForm = lazy(async () => ({ default: (await loadTools()).AddCoordinatorForm }));
const RemoveMemberDialog = lazy(async () => ({ default: (await loadTools()).RemoveMemberDialog }));

const ROLE_COLOR = { LEAD: 'indigo.9', RAPPORTEUR: 'violet.9', MEMBER: 'gray.8' } as const;

export interface MembersGroup {
  id: string;
  coordinators: ReadonlyArray<{ id: string }>;
  members: ReadonlyArray<{
    id: string;
    role: GroupRole;
    deputy: { id: string; fullName: string; territory: string | null; territoryLabel: string | null };
  }>;
}

type OpenForm = 'member' | 'coordinator' | null;

/**
 * A group's current members and their roles. Its coordinators and administrators also add and
 * remove members (after confirmation); administrators give the group coordinators. Everyone else
 * reads the list.
 */
export function GroupMembers({ group, canManage, isAdmin }: { group: MembersGroup; canManage: boolean; isAdmin: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<OpenForm>(null);
  const [removing, setRemoving] = useState<MemberTarget | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  // Meetings of this group the member just added is already in another meeting for (DESIGN.md:
  // nobody in two meetings at once without a warning).
  const [conflicts, setConflicts] = useState<Conflicts>([]);
  const showOutcome = (text: string | null, clashes: Conflicts = []) => {
    setOutcome(text);
    setConflicts(clashes);
  };
  const heading = useRef<HTMLHeadingElement>(null);
  const toggle = (form: Exclude<OpenForm, null>) => setOpen((current) => (current === form ? null : form));

  return (
    <Stack component="section" aria-labelledby="group-members" gap="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={2} size="h3" id="group-members" ref={heading} tabIndex={-1}>
          {t('groups.members', { count: group.members.length })}
        </Title>
        {canManage && (
          <Group gap="xs" wrap="wrap">
            <Button
              variant={open === 'member' ? 'default' : 'filled'}
              aria-expanded={open === 'member'}
              aria-controls="add-member-form"
              onClick={() => toggle('member')}
            >
              {open === 'member' ? t('groupAdmin.closeForm') : t('groupAdmin.addMember')}
            </Button>
            {isAdmin && (
              <Button
                variant="default"
                aria-expanded={open === 'coordinator'}
                aria-controls="add-coordinator-form"
                onClick={() => toggle('coordinator')}
              >
                {open === 'coordinator' ? t('groupAdmin.closeForm') : t('groupAdmin.addCoordinator')}
              </Button>
            )}
          </Group>
        )}
      </Group>

      {outcome && (
        <Alert
          color="green"
          variant="light"
          role="status"
          data-testid="members-outcome"
          withCloseButton
          closeButtonLabel={t('app.close')}
          onClose={() => showOutcome(null)}
        >
          <Text size="sm">{outcome}</Text>
        </Alert>
      )}
      {outcome && conflicts.length > 0 && (
        <Alert color="orange" variant="light" role="status" data-testid="members-conflicts">
          <ConflictWarnings conflicts={conflicts} timeZone={PARIS} />
        </Alert>
      )}

      {canManage && open === 'member' && (
        <div id="add-member-form">
          <Suspense fallback={<Pending />}>
            <AddMemberForm groupId={group.id} memberDeputyIds={group.members.map((m) => m.deputy.id)} onAdded={showOutcome} />
          </Suspense>
        </div>
      )}
      {isAdmin && open === 'coordinator' && (
        <div id="add-coordinator-form">
          <Suspense fallback={<Pending />}>
            <AddCoordinatorForm groupId={group.id} coordinatorIds={group.coordinators.map((c) => c.id)} onAdded={showOutcome} />
          </Suspense>
        </div>
      )}

      {group.members.length === 0 ? (
        <Text>{t('groups.noMembers')}</Text>
      ) : (
        <SimpleGrid component="ul" className="plain-list" cols={{ base: 1, xs: 2, md: 3 }} spacing="xs" aria-labelledby="group-members">
          {group.members.map((m) => (
            <Paper component="li" key={m.id} withBorder p="xs">
              <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
                <div style={{ minWidth: 0 }}>
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {m.deputy.fullName}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {territoryName(m.deputy, t)}
                  </Text>
                </div>
                <Stack gap={6} align="flex-end" style={{ flex: 'none' }}>
                  <Badge color={ROLE_COLOR[m.role]} variant="filled">
                    {t(`groups.role.${m.role}`)}
                  </Badge>
                  {canManage && (
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('groupAdmin.removeOf', { name: m.deputy.fullName })}
                      onClick={() => setRemoving({ deputyId: m.deputy.id, fullName: m.deputy.fullName })}
                    >
                      {t('groupAdmin.remove')}
                    </Button>
                  )}
                </Stack>
              </Group>
            </Paper>
          ))}
        </SimpleGrid>
      )}

      {canManage && (
        <Suspense fallback={null}>
          <RemoveMemberDialog
            groupId={group.id}
            member={removing}
            onClose={() => setRemoving(null)}
            onRemoved={(text) => {
              setRemoving(null);
              showOutcome(text);
              // The button that opened the dialog left with the member: focus goes back to the list's heading.
              setTimeout(() => heading.current?.focus(), 0);
            }}
          />
        </Suspense>
      )}
    </Stack>
  );
}
