import { FACTOR_KEYS } from '@/lib/contracts/report';
import { formatDate, type Lang } from '@/lib/i18n';
import type { SiteRecord } from '@/lib/notes/schema';
import { ReportView } from './ReportView';
import { channelName } from './CompanyLine';
import { useT } from './i18n';

/** The printable report: site, date, chart, criteria with evidence and tips, the user's notes and ratings. */
export function ReportPage({ record, lang, onPrint, onMarkdown }: { record: SiteRecord; lang: Lang; onPrint: () => void; onMarkdown: () => void }) {
  const t = useT();
  const saved = record.lastReport;
  return (
    <article class="report-page">
      <header class="report-page__header">
        <p class="report-page__brand">{t('app.name')}</p>
        <h1 class="report-page__title">{t('reportPage.title', { site: channelName(t, record.site) })}</h1>
        {saved && (
          <dl class="report-page__meta">
            <dt>{t('report.page')}</dt>
            <dd class="report-page__url">{saved.url}</dd>
            <dt>{t('report.analysed')}</dt>
            <dd>
              <time dateTime={saved.analysedAt}>{formatDate(lang, saved.analysedAt, true)}</time>
            </dd>
          </dl>
        )}
        <div class="report-page__actions">
          <button type="button" class="primary" data-action="print" onClick={onPrint}>
            {t('reportPage.print')}
          </button>
          <button type="button" data-action="markdown" onClick={onMarkdown}>
            {t('reportPage.markdown')}
          </button>
        </div>
      </header>

      {saved ? <ReportView report={saved} ratings={record.ratings} expanded /> : <p class="notice">{t('report.notAnalysed')}</p>}

      <section class="report-page__section" aria-labelledby="ratings-heading">
        <h2 id="ratings-heading">{t('reportPage.ratings')}</h2>
        <table class="report-page__ratings">
          <thead>
            <tr>
              <th scope="col">{t('report.factor')}</th>
              <th scope="col">{t('report.computed')}</th>
              <th scope="col">{t('report.own')}</th>
            </tr>
          </thead>
          <tbody>
            {FACTOR_KEYS.map((key) => {
              const f = saved?.factors.find((x) => x.key === key);
              const own = record.ratings[key];
              return (
                <tr key={key} data-factor-row={key}>
                  <th scope="row">{t(`factor.${key}`)}</th>
                  <td>{f ? `${t(`level.${f.level}`)}${f.score === null ? '' : ` (${f.score})`}` : '–'}</td>
                  <td>{own ? t('rating.value', { value: own }) : t('rating.none')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section class="report-page__section" aria-labelledby="notes-heading">
        <h2 id="notes-heading">{t('notes.label')}</h2>
        <p class={record.notes.trim() ? 'report-page__notes' : 'report-page__notes muted'} data-notes>
          {record.notes.trim() ? record.notes : t('notes.empty')}
        </p>
      </section>
    </article>
  );
}
