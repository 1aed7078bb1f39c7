import type { Tip } from '@/lib/factors';
import type { MessageKey } from '@/lib/i18n';
import { useT } from './i18n';

/** Concrete actions, most points first. */
export function TipList({ tips }: { tips: readonly Tip[] }) {
  const t = useT();
  if (!tips.length) return null;
  return (
    <ol class="tips">
      {tips.map((tip) => (
        <li key={tip.criterion} class="tip" data-tip={tip.criterion}>
          <span class="tip__text">{t(`criterion.${tip.criterion}.tip` as MessageKey)}</span> <span class="tip__gain">{t('tip.gain', { gain: tip.gain })}</span>
        </li>
      ))}
    </ol>
  );
}
