import type { TFunction } from 'i18next';
import { MESSAGE_MAX_LENGTH, messageBodyProblem } from '@tribune/domain';

/** Characters as the server counts them (code points), so Arabic, Tigrinya or emoji count like Latin letters. */
export const bodyLength = (s: string) => [...s].length;

/** Why a message's text cannot be sent as it is, in the reader's language (undefined when it can). */
export function bodyProblemText(body: string, t: TFunction): string | undefined {
  if (!messageBodyProblem(body)) return undefined;
  const n = bodyLength(body);
  if (body.trim() === '') return t('live.emptyBody');
  return n > MESSAGE_MAX_LENGTH ? t('live.tooLong', { count: n, max: MESSAGE_MAX_LENGTH }) : t('live.badCharacters');
}
