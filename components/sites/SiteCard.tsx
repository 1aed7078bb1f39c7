import { useContext } from 'preact/hooks';
import { FACTOR_KEYS, levelFor, type FactorKey, type Level } from '@/lib/factors/model';
import { LOCALE, type Lang } from '@/lib/i18n';
import type { Conflict, Ratings } from '@/lib/notes/schema';
import { channelName, fileSafe } from '../CompanyLine';
import { LangContext, useT, type Translate } from '../i18n';
import { LevelBadge } from '../LevelBadge';
import { FactorTable } from './FactorTable';
import { Trend } from './Trend';
import { notesPreview, type SiteView } from './view';

export function formatDate(lang: Lang, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'medium' }).format(date);
}

function OwnRating({ value }: { value: number | undefined }) {
  const t = useT();
  if (value === undefined) return <span class="own own--none">{t('rating.none')}</span>;
  return (
    <span class="own">
      <span class="own__dots" aria-hidden="true">
        {'●'.repeat(value)}
        {'○'.repeat(5 - value)}
      </span>{' '}
      {t('rating.value', { value })}
    </span>
  );
}

function ratingsText(t: Translate, ratings: Ratings): string {
  const parts = FACTOR_KEYS.filter((k) => ratings[k] !== undefined).map((k) => `${t(`factor.${k}`)}: ${t('rating.value', { value: ratings[k]! })}`);
  return parts.length ? parts.join(' · ') : t('rating.none');
}

function KeptVersions({ conflicts }: { conflicts: readonly Conflict[] }) {
  const t = useT();
  const lang = useContext(LangContext);
  return (
    <details class="kept">
      <summary>
        {t('conflict.heading')} ({conflicts.length})
      </summary>
      <ul class="kept__list">
        {conflicts.map((c, i) => (
          <li key={`${c.at}-${i}`} class="kept__item">
            <p class="kept__origin">{t('sync.conflict', { origin: c.origin === 'import' ? t('import.origin') : c.origin, date: formatDate(lang, c.at) })}</p>
            <p class="kept__ratings">{ratingsText(t, c.ratings)}</p>
            <p class="kept__notes">{c.notes.trim() ? c.notes : t('notes.empty')}</p>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** One site: Tillit's levels from the last analysis next to the user's own ratings, and the notes. */
export function SiteCard({ view, onDelete, onMarkdown }: { view: SiteView; onDelete: (site: string) => void; onMarkdown: (site: string) => void }) {
  const t = useT();
  const lang = useContext(LangContext);
  const { record, latest } = view;
  const headingId = `site-${fileSafe(record.site)}`;
  const name = channelName(t, record.site);
  const report = record.lastReport && latest && record.lastReport.analysedAt === latest.at ? record.lastReport : null;
  const overallLevel: Level | null = latest ? (report?.overall.level ?? levelFor(latest.overall)) : null;
  const preview = notesPreview(record.notes);

  return (
    <li class="site" data-site={record.site} aria-labelledby={headingId}>
      <div class="site__head">
        <h3 class="site__name" id={headingId} tabIndex={-1}>
          {name}
        </h3>
        {latest && overallLevel && (
          <span class="site__overall">
            <span class="site__overall-label">{t('overall.label')}</span> <LevelBadge level={overallLevel} score={latest.overall} />
          </span>
        )}
        <span class="site__date">
          {latest ? <time dateTime={latest.at}>{t('sites.lastAnalysed', { date: formatDate(lang, latest.at) })}</time> : t('sites.neverAnalysed')}
        </span>
      </div>

      <FactorTable
        caption={t('sites.ratings', { site: name })}
        rows={[
          { label: t('report.computed'), kind: 'computed', cell: (key) => (latest ? <LevelBadge level={latest.levels[key] ?? 'unknown'} score={latest.scores[key] ?? null} /> : <span class="muted">–</span>) },
          { label: t('report.own'), kind: 'own', cell: (key) => <OwnRating value={record.ratings[key]} /> },
          ...(record.history.length > 1 ? [{ label: t('trend.label'), kind: 'trend', cell: (key: FactorKey) => <Trend history={record.history} factor={key} /> }] : []),
        ]}
      />

      <div class="site__notes">
        <h4 class="site__notes-label">{t('notes.label')}</h4>
        <p class={preview ? 'site__preview' : 'site__preview muted'}>{preview || t('notes.empty')}</p>
      </div>

      {record.conflicts.length > 0 && <KeptVersions conflicts={record.conflicts} />}

      <div class="site__actions">
        <button type="button" data-action="markdown" aria-label={t('sites.markdownLabel', { site: name })} onClick={() => onMarkdown(record.site)}>
          {t('sites.markdown')}
        </button>
        <button type="button" class="danger" data-action="delete" aria-label={t('sites.deleteLabel', { site: name })} onClick={() => onDelete(record.site)}>
          {t('sites.delete')}
        </button>
      </div>
    </li>
  );
}
