import { useTranslation } from 'react-i18next';

/** A member of the group, as the vote screens name them. */
export interface VoteMember {
  id: string;
  fullName: string;
}

/** For, Against, Abstain (the API's default options) in the reader's language; custom options as written. */
export function useOptionLabel() {
  const { t } = useTranslation();
  return (option: string) => {
    const known = { For: t('procedure.optionFor'), Against: t('procedure.optionAgainst'), Abstain: t('procedure.optionAbstain') } as Record<
      string,
      string
    >;
    return known[option] ?? option;
  };
}
