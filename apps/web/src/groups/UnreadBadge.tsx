import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Unread messages of a group's discussion: the number for the eye, a sentence for screen readers; nothing at 0. */
export function UnreadBadge({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count <= 0) return null;
  const label = t('groups.unread', { count });
  return (
    <Badge color="indigo.9" variant="filled" size="sm" title={label} data-testid="unread-badge">
      <span aria-hidden="true">{count > 99 ? '99+' : count}</span>
      <VisuallyHidden>{label}</VisuallyHidden>
    </Badge>
  );
}
