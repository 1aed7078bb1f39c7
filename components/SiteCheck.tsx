import type { SiteEvidence } from '@/lib/contracts/site';
import { useT } from './i18n';

export type SiteCheckState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done'; evidence: SiteEvidence; cached: boolean }
  | { phase: 'failed'; message: string };

/** "Check the whole site": the button, its progress, and what the rest of the site showed. */
export function SiteCheck({ state, onStart, onCancel }: { state: SiteCheckState; onStart: () => void; onCancel: () => void }) {
  const t = useT();
  return (
    <section class="site-check" aria-labelledby="site-check-heading" data-site-check={state.phase}>
      <h2 id="site-check-heading" class="site-check__heading">
        {t('site.heading')}
      </h2>
      {state.phase === 'idle' && (
        <>
          <p class="site-check__help">{t('site.help')}</p>
          <button type="button" data-action="check-site" onClick={onStart}>
            {t('site.start')}
          </button>
        </>
      )}
      {state.phase === 'running' && (
        <p role="status" aria-live="polite" class="site-check__progress">
          <progress max={Math.max(1, state.total)} value={state.done} /> {t('site.progress', { done: state.done, total: state.total })}{' '}
          <button type="button" data-action="cancel-site" onClick={onCancel}>
            {t('site.cancel')}
          </button>
        </p>
      )}
      {state.phase === 'failed' && (
        <p role="alert" data-message="site-failed">
          {t('site.failed', { message: state.message })}
        </p>
      )}
      {state.phase === 'done' && <SiteSummary evidence={state.evidence} cached={state.cached} onAgain={onStart} />}
    </section>
  );
}

function SiteSummary({ evidence, cached, onAgain }: { evidence: SiteEvidence; cached: boolean; onAgain: () => void }) {
  const t = useT();
  const r = evidence.replies;
  const a = evidence.activity;
  return (
    <div class="site-summary" role="status">
      <ul class="site-summary__facts">
        <li data-fact="requests">{t('site.requests', { count: evidence.requests })}</li>
        <li data-fact="replies">
          {r && r.readerComments > 0
            ? r.medianHours !== null
              ? t('site.replies', { answered: r.answered, comments: r.readerComments, hours: r.medianHours })
              : t('site.repliesNoTime', { answered: r.answered, comments: r.readerComments })
            : t('site.repliesUnknown')}
        </li>
        <li data-fact="activity">
          {a.first && a.last ? t('site.activity', { first: a.first.slice(0, 10), last: a.last.slice(0, 10), months: a.activeMonths24 }) : t('site.activityUnknown')}
        </li>
      </ul>
      {evidence.timedOut && <p class="notice">{t('site.timedOut')}</p>}
      {evidence.cancelled && <p class="notice">{t('site.cancelled')}</p>}
      {evidence.sources.some((s) => !s.ok) && (
        <ul class="site-summary__problems">
          {evidence.sources
            .filter((s) => !s.ok)
            .map((s) => (
              <li key={s.url} data-source-problem={s.kind}>
                {t('site.unreadable', { url: s.url, problem: s.problem ?? '' })}
              </li>
            ))}
        </ul>
      )}
      <p class="site-summary__when">
        {cached ? t('site.cached', { time: new Date(evidence.scannedAt).toLocaleString() }) : null}{' '}
        <button type="button" data-action="check-site" onClick={onAgain}>
          {t('site.again')}
        </button>
      </p>
    </div>
  );
}
