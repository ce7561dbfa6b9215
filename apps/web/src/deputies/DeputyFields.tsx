import { NativeSelect, Textarea, TextInput, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Gender } from '../gql/graphql';
import { todayIso } from '../i18n/format';
import { TerritorySelect } from '../territories/TerritorySelect';

export const GENDERS: Gender[] = ['WOMAN', 'MAN', 'OTHER', 'UNDISCLOSED'];

/** A profile as typed in the form (lists as comma-separated text). */
export interface ProfileValues {
  fullName: string;
  gender: Gender;
  territory: string;
  languages: string;
  skills: string;
  bio: string;
  eligibilityAttestedOn: string;
}
export type ProfileField = keyof ProfileValues;
export type ProfileErrors = Partial<Record<ProfileField, string>>;

/**
 * Who fills the form: an administrator (every field) or a deputy on their own profile (bio,
 * languages, skills and territory: their name, declared gender and attestation are the administration's).
 */
export type ProfileEditor = 'admin' | 'self';
export const SELF_FIELDS: ProfileField[] = ['territory', 'languages', 'skills', 'bio'];

export const emptyProfile: ProfileValues = {
  fullName: '',
  gender: 'WOMAN',
  territory: '',
  languages: '',
  skills: '',
  bio: '',
  eligibilityAttestedOn: '',
};

/** "arabe, français" → ['arabe', 'français'] (blank and repeated entries dropped, as the API does). */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** What the form can tell before asking the API (which checks the same and more). */
export function checkProfile(values: ProfileValues, editor: ProfileEditor, t: TFunction): ProfileErrors {
  const errors: ProfileErrors = {};
  if (editor === 'admin' && !values.fullName.trim()) errors.fullName = t('auth.required');
  // A code chosen from the list (TerritorySelect): nothing else can be given.
  if (!values.territory) errors.territory = t('auth.required');
  if (editor === 'admin' && values.eligibilityAttestedOn && values.eligibilityAttestedOn > todayIso())
    errors.eligibilityAttestedOn = t('deputies.attestationFuture');
  return errors;
}

/** The profile's inputs; ids are `${idPrefix}-${field}` so a form can focus the first wrong one. */
export function DeputyFields({
  idPrefix,
  editor,
  values,
  errors,
  onChange,
}: {
  idPrefix: string;
  editor: ProfileEditor;
  values: ProfileValues;
  errors: ProfileErrors;
  onChange: (field: ProfileField, value: string) => void;
}) {
  const { t } = useTranslation();
  const input = (field: ProfileField) => ({
    id: `${idPrefix}-${field}`,
    value: values[field],
    error: errors[field],
    onChange: (e: { currentTarget: { value: string } }) => onChange(field, e.currentTarget.value),
  });
  return (
    <>
      {editor === 'admin' && (
        <Group gap="sm" align="flex-start" grow wrap="wrap">
          <TextInput {...input('fullName')} label={t('deputies.fullName')} required miw={200} />
          <NativeSelect
            {...input('gender')}
            label={t('deputies.gender')}
            description={t('deputies.genderHint')}
            data={GENDERS.map((g) => ({ value: g, label: t(`deputies.genders.${g}`) }))}
            miw={160}
          />
        </Group>
      )}
      <TerritorySelect
        id={`${idPrefix}-territory`}
        label={t('deputies.territory')}
        description={t('deputies.territoryHint')}
        value={values.territory}
        error={errors.territory}
        onChange={(code) => onChange('territory', code)}
        required
      />
      <Group gap="sm" align="flex-start" grow wrap="wrap">
        <TextInput {...input('languages')} label={t('deputies.languages')} description={t('deputies.listHint')} miw={200} />
        <TextInput {...input('skills')} label={t('deputies.skills')} description={t('deputies.listHint')} miw={200} />
      </Group>
      <Textarea {...input('bio')} label={t('deputies.bio')} autosize minRows={3} maxLength={2000} />
      {editor === 'admin' && (
        <TextInput
          {...input('eligibilityAttestedOn')}
          type="date"
          label={t('deputies.attestation')}
          description={t('deputies.attestationHint')}
          max={todayIso()}
        />
      )}
    </>
  );
}
