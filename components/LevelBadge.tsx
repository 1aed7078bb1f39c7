import type { Level } from '@/lib/factors';
import { LEVEL_SHAPE } from '@/lib/toolbar-badge';
import { useT } from './i18n';

/** A level as shape, word and colour together, so no one needs to tell colours apart. */
export function LevelBadge({ level, score }: { level: Level; score: number | null }) {
  const t = useT();
  return (
    <span class={`level level--${level}`}>
      <span class="level__shape" aria-hidden="true">
        {LEVEL_SHAPE[level]}
      </span>
      <span class="level__word">{t(`level.${level}`)}</span>
      {score !== null && <span class="level__score">{score}</span>}
    </span>
  );
}
