// The official lists (INSEE's Code officiel géographique, as packaged by Etalab). The files are
// read directly: the package's index.js opens them relative to the process's working directory.
import departements from '@etalab/decoupage-administratif/data/departements.json';
import regions from '@etalab/decoupage-administratif/data/regions.json';

export type TerritoryKind = 'DEPARTEMENT' | 'REGION' | 'ABROAD';
export interface TerritoryEntry {
  /** `dep:<INSEE code>` ("dep:75", "dep:2A", "dep:971"), `reg:<INSEE code>` ("reg:11") or `abroad`. */
  code: string;
  /** French official name; a département with its number: "Paris (75)". */
  label: string;
  kind: TerritoryKind;
}

export const ABROAD = 'abroad';

/**
 * Where a deputy works or a field report comes from: a French département (overseas ones and
 * overseas collectivities included), a région, or outside France. Never free text, so no address
 * can be typed there (DESIGN.md, Data and privacy). Régions first, then départements by number.
 */
export const TERRITORIES: readonly TerritoryEntry[] = [
  ...(regions as Array<{ code: string; nom: string; zone: string }>)
    .filter((r) => r.zone === 'metro' || r.zone === 'drom')
    .map((r) => ({ code: `reg:${r.code}`, label: r.nom, kind: 'REGION' as const }))
    .sort((a, b) => a.label.localeCompare(b.label, 'fr')),
  ...(departements as Array<{ code: string; nom: string }>).map((d) => ({
    code: `dep:${d.code}`,
    label: `${d.nom} (${d.code})`,
    kind: 'DEPARTEMENT' as const,
  })),
  { code: ABROAD, label: 'Hors de France', kind: 'ABROAD' },
];

const BY_CODE = new Map(TERRITORIES.map((t) => [t.code, t]));

export const isTerritoryCode = (code: unknown): code is string => typeof code === 'string' && BY_CODE.has(code);

/** The label of a stored code; null for none (a value the migration could not map) or an unknown one. */
export const territoryLabel = (code: string | null | undefined): string | null => (code ? (BY_CODE.get(code)?.label ?? null) : null);
