import type { Tip } from '@/lib/contracts/report';
import { useT, useTranslateKey } from './i18n';

/** Concrete actions, most points first. */
export function TipList({ tips }: { tips: readonly Tip[] }) {
  const t = useT();
  const tk = useTranslateKey();
  if (!tips.length) return null;
  return (
    <ol class="tips">
      {tips.map((tip) => (
        <li key={tip.criterion} class="tip" data-tip={tip.criterion}>
          <span class="tip__text">{tk(`criterion.${tip.criterion}.tip`)}</span> <span class="tip__gain">{t('tip.gain', { gain: tip.gain })}</span>
        </li>
      ))}
    </ol>
  );
}
