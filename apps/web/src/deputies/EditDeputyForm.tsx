import { useEffect, useState, type FormEvent } from 'react';
import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeputyProfile_DeputyFragment, UpdateDeputyInput } from '../gql/graphql';
import { UpdateDeputyMutation } from './operations';
import {
  checkProfile,
  DeputyFields,
  SELF_FIELDS,
  splitList,
  type ProfileEditor,
  type ProfileErrors,
  type ProfileField,
  type ProfileValues,
} from './DeputyFields';
import { deputyErrorMessage } from './errors';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useFormMutation } from '../graphql/useFormMutation';

const ADMIN_FIELDS: ProfileField[] = ['fullName', 'gender', ...SELF_FIELDS, 'eligibilityAttestedOn'];

export function profileValues(deputy: DeputyProfile_DeputyFragment): ProfileValues {
  return {
    fullName: deputy.fullName,
    // Read by the person and administrators only, who are the ones editing (issue 12).
    gender: deputy.gender ?? 'UNDISCLOSED',
    // Null when an old free-text value could not be mapped to the list: chosen again.
    territory: deputy.territory ?? '',
    languages: deputy.languages.join(', '),
    skills: deputy.skills.join(', '),
    bio: deputy.bio ?? '',
    eligibilityAttestedOn: deputy.eligibilityAttestedOn ?? '',
  };
}

/**
 * Only the fields the editor may change and did change: a deputy never sends the attestation date
 * (the API refuses it from them), and the audit log lists what really changed.
 */
function changes(before: ProfileValues, after: ProfileValues, editor: ProfileEditor): UpdateDeputyInput | null {
  const input: Omit<UpdateDeputyInput, 'id'> = {};
  for (const field of editor === 'admin' ? ADMIN_FIELDS : SELF_FIELDS) {
    if (field === 'languages' || field === 'skills') {
      const list = splitList(after[field]);
      if (list.join('\n') !== splitList(before[field]).join('\n')) input[field] = list;
    } else if (after[field].trim() !== before[field].trim()) {
      if (field === 'gender') input.gender = after.gender;
      else if (field === 'eligibilityAttestedOn') input.eligibilityAttestedOn = after.eligibilityAttestedOn || null;
      else input[field] = after[field].trim();
    }
  }
  return Object.keys(input).length ? ({ id: '', ...input } as UpdateDeputyInput) : null;
}

/** Edits a profile: every field for an administrator; bio, languages, skills and territory for the deputy themself. */
export function EditDeputyForm({
  deputy,
  editor,
  onSaved,
  onCancel,
}: {
  deputy: DeputyProfile_DeputyFragment;
  editor: ProfileEditor;
  onSaved: (changed: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [initial] = useState(() => profileValues(deputy));
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<ProfileErrors>({});
  // The answer carries the whole profile: the cache, hence this page and the directory, are up to date.
  const [updateDeputy, { loading, error }] = useFormMutation(UpdateDeputyMutation);

  useEffect(() => {
    document.getElementById(`edit-deputy-${editor === 'admin' ? 'fullName' : 'territory'}`)?.focus();
  }, [editor]);

  const change = (field: ProfileField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((errs) => ({ ...errs, [field]: undefined }));
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const found = checkProfile(values, editor, t);
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`edit-deputy-${first}`)?.focus();
      return;
    }
    const input = changes(initial, values, editor);
    if (!input) return onSaved(false);
    const data = await updateDeputy({ input: { ...input, id: deputy.id } });
    if (data) onSaved(true);
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-labelledby="edit-deputy-heading">
        <Stack gap="sm">
          <Title order={2} size="h4" id="edit-deputy-heading">
            {editor === 'admin' ? t('deputies.edit') : t('deputies.editOwn')}
          </Title>
          {error && <ErrorAlert error={error} describe={deputyErrorMessage} />}
          <DeputyFields idPrefix="edit-deputy" editor={editor} values={values} errors={errors} onChange={change} />
          <Group gap="sm">
            <Button type="submit" loading={loading}>
              {t('deputies.save')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('deputies.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
