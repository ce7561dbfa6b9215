import { wordDiff } from '@tribune/domain';
import { useTranslation } from 'react-i18next';

/**
 * One wording changed into another, word by word, in place: removed words struck through, added
 * ones underlined, each run isolated (<bdi>) so that an Arabic run inside a French paragraph, or the
 * reverse, keeps its direction; the paragraph's direction comes from its first strong letter
 * (dir="auto"). Words are never split, so Arabic letters keep their joined shapes.
 */
export function ChangeView({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation();
  return (
    <p dir="auto" className="text-change">
      {wordDiff(before, after).map((part, i) =>
        part.kind === 'SAME' ? (
          <bdi key={i}>{part.text}</bdi>
        ) : part.kind === 'ADDED' ? (
          <ins key={i} aria-label={t('texts.change.added')}>
            <bdi>{part.text}</bdi>
          </ins>
        ) : (
          <del key={i} aria-label={t('texts.change.removed')}>
            <bdi>{part.text}</bdi>
          </del>
        ),
      )}
    </p>
  );
}
