import type { ReactNode } from 'react';
import { Button, Group, Modal, Stack, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's Modal as the app opens it: centred, its close button named in the reader's language.
 * It traps focus, puts it on the element marked `data-autofocus` and gives it back on closing;
 * Escape closes it.
 */
export function AppModal({ children, ...props }: ModalProps) {
  const { t } = useTranslation();
  return (
    <Modal centered closeButtonProps={{ 'aria-label': t('app.close') }} {...props}>
      {children}
    </Modal>
  );
}

interface ConfirmButtonsProps {
  /** The harmless answer (cancel, keep): first, and focused when the dialog opens unless `focusKeep` is false. */
  keepLabel: string;
  onKeep: () => void;
  confirmLabel: string;
  /** Called on a click; leave it out for a form's submit button. */
  onConfirm?: () => void;
  busy?: boolean;
  /** The confirm button's colour when the change is destructive. */
  color?: string;
  disabled?: boolean;
  focusKeep?: boolean;
}

/** The two answers of a confirmation, at the end of the dialog: keep (harmless) then confirm. */
export function ConfirmButtons({
  keepLabel,
  onKeep,
  confirmLabel,
  onConfirm,
  busy,
  color,
  disabled,
  focusKeep = true,
}: ConfirmButtonsProps) {
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onKeep} data-autofocus={focusKeep || undefined}>
        {keepLabel}
      </Button>
      <Button
        type={onConfirm ? 'button' : 'submit'}
        color={color}
        loading={busy}
        disabled={disabled}
        onClick={onConfirm ? () => onConfirm() : undefined}
      >
        {confirmLabel}
      </Button>
    </Group>
  );
}

/** A question before a change: the dialog, what will happen (children, with any refusal), keep or confirm. */
export function ConfirmDialog({
  opened,
  title,
  children,
  ...buttons
}: { opened: boolean; title: string; children: ReactNode } & Omit<ConfirmButtonsProps, 'focusKeep'>) {
  return (
    <AppModal opened={opened} onClose={buttons.onKeep} title={title}>
      <Stack gap="sm">
        {children}
        <ConfirmButtons {...buttons} />
      </Stack>
    </AppModal>
  );
}
