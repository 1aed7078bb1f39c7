import type { AccessProblem } from '@/lib/page-access';
import { useT } from './i18n';

export function Loading() {
  const t = useT();
  return (
    <p class="loading" data-state="loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" /> {t('state.loading')}
    </p>
  );
}

/** Why the page could not be analysed, in words the user can act on. */
export function ProblemMessage({ problem, detail, onRetry }: { problem: AccessProblem; detail?: string; onRetry?: () => void }) {
  const t = useT();
  const text = problem === 'unknown' ? t('error.unknown', { message: detail ?? '' }) : t(`error.${problem}`);
  return (
    <div class="problem" role="alert" data-error={problem}>
      <p>{text}</p>
      {onRetry && (problem === 'navigated' || problem === 'timeout' || problem === 'unknown') && (
        <button type="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}
