import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** Under the login form: "Mot de passe oublié ?", to ask for a link by mail. */
export function ForgotPasswordLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/forgot-password" size="sm">
      {t('passwordReset.forgotLink')}
    </Anchor>
  );
}
