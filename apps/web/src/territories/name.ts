import type { TFunction } from 'i18next';

/** A territory as the web writes it: the official French name ("Paris (75)"), or "outside France" in the reader's language. */
export function territoryName(territory: { territory?: string | null; territoryLabel?: string | null }, t: TFunction): string {
  if (territory.territory === 'abroad') return t('territory.abroad');
  return territory.territoryLabel ?? t('territory.none');
}
