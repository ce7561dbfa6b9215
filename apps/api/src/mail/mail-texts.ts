/** The languages a mail can be written in (an account's `locale`); anything else reads as French. */
export const MAIL_LOCALES = ['fr', 'en', 'ar'] as const;
export type MailLocale = (typeof MAIL_LOCALES)[number];

export const mailLocale = (locale: string | null | undefined): MailLocale =>
  (MAIL_LOCALES as readonly string[]).includes(locale ?? '') ? (locale as MailLocale) : 'fr';

/** The direction a language is written in: Arabic right to left. */
export const directionOf = (locale: MailLocale): 'rtl' | 'ltr' => (locale === 'ar' ? 'rtl' : 'ltr');

/** What every mail says around the caller's lines, in each language. */
export interface MailFrame {
  /** Before the link to "Mon compte", where preferences are chosen. */
  preferences: string;
  preferencesLink: string;
  unsubscribe: string;
  sentBy: string;
}

export const MAIL_FRAME: Record<MailLocale, MailFrame> = {
  fr: {
    preferences: 'Vous choisissez ce que Tribune vous envoie par courriel :',
    preferencesLink: 'mes préférences',
    unsubscribe: 'Ne plus recevoir ce type de courriel',
    sentBy: 'Courriel envoyé par Tribune. Merci de ne pas y répondre.',
  },
  en: {
    preferences: 'You choose what Tribune sends you by email:',
    preferencesLink: 'my preferences',
    unsubscribe: 'Stop receiving this kind of email',
    sentBy: 'Email sent by Tribune. Please do not reply.',
  },
  ar: {
    preferences: 'أنت من يختار ما ترسله إليك تريبيون بالبريد الإلكتروني:',
    preferencesLink: 'تفضيلاتي',
    unsubscribe: 'إيقاف تلقي هذا النوع من الرسائل',
    sentBy: 'رسالة مرسلة من تريبيون. يرجى عدم الرد عليها.',
  },
};
