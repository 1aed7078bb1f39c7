import { useContext } from 'preact/hooks';
import { formatDate } from '@/lib/i18n';
import type { Change } from '@/lib/notes/schema';
import { LangContext, useT, useTranslateKey } from './i18n';

/**
 * What changed since the last analysis of this page: criteria now met, and met no longer ("since
 * 12 Nov: contact page added; newest post now 120 days old"), marked when the scoring model changed.
 */
export function WhatChanged({ change }: { change: Change | null }) {
  const t = useT();
  const tk = useTranslateKey();
  const lang = useContext(LangContext);
  if (!change) return null;
  const since = formatDate(lang, change.since);
  return (
    <section class="changes" aria-labelledby="changes-heading">
      <h2 id="changes-heading" class="changes__heading">
        {t('changes.heading', { date: since })}
      </h2>
      {change.criteria.length ? (
        <ul class="changes__list">
          {change.criteria.map((c) => {
            const better = rank(c.now) > rank(c.was);
            return (
              <li key={c.id} data-criterion={c.id} data-change={better ? 'better' : 'worse'}>
                <span aria-hidden="true">{better ? '▲ ' : '▼ '}</span>
                {t(better ? 'changes.better' : 'changes.worse', { criterion: tk(`criterion.${c.id}`), was: t(`status.${c.was}`).toLowerCase(), now: t(`status.${c.now}`).toLowerCase() })}
                {c.detail && <span class="changes__detail"> — {tk(c.detail.key, c.detail.params)}</span>}
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="changes__none">{t('changes.none')}</p>
      )}
      {change.modelChanged && <p class="changes__model">{t('changes.modelChanged')}</p>}
    </section>
  );
}

const rank = (status: string) => ({ met: 3, partial: 2, unmet: 1, unobservable: 0 })[status] ?? 0;
