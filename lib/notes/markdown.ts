import { FACTOR_KEYS } from '../contracts/report';
import { translate, translateKey, type Lang, type MessageKey } from '../i18n';
import type { SiteRecord } from './schema';

// The analysis the seed describes, as a Markdown document per site: factors, evidence, tips,
// and the user's own notes and ratings. Page text is escaped so a snippet can never become
// markup (or a link, or HTML) in whatever renders the file.

export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

export function siteMarkdown(record: SiteRecord, lang: Lang): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const lines: string[] = [`# ${t('app.name')}: ${escapeMarkdown(record.site)}`, ''];
  const report = record.lastReport;
  if (report) {
    lines.push(`- ${t('report.page')}: ${escapeMarkdown(report.url)}`);
    lines.push(`- ${t('report.analysed')}: ${new Date(report.analysedAt).toLocaleString(lang === 'nb' ? 'nb-NO' : 'en-GB')}`);
    lines.push(`- ${t('overall.label')}: ${t(`level.${report.overall.level}`)}${report.overall.score === null ? '' : ` (${report.overall.score}/100)`}`, '');
    lines.push(`| ${t('report.factor')} | ${t('report.computed')} | ${t('report.own')} |`, '|---|---|---|');
    for (const f of report.factors) {
      const own = record.ratings[f.key];
      lines.push(`| ${t(`factor.${f.key}`)} | ${t(`level.${f.level}`)}${f.score === null ? '' : ` (${f.score})`} | ${own ? `${own}/5` : '–'} |`);
    }
    for (const f of report.factors) {
      lines.push('', `## ${t(`factor.${f.key}`)}: ${t(`level.${f.level}`)}`, '');
      for (const c of f.criteria) {
        const detail = c.detail ? ` — ${escapeMarkdown(translateKey(lang, c.detail.key, c.detail.params))}` : '';
        lines.push(`- **${t(`status.${c.status}`)}**: ${translateKey(lang, `criterion.${c.id}`)} (${c.status === 'unobservable' ? '–' : `${c.earned}/${c.points}`})${detail}`);
        for (const e of c.evidence.slice(0, 3)) lines.push(`  - “${escapeMarkdown(e.snippet)}” (${escapeMarkdown(e.source)})`);
      }
      const tips = report.tips.filter((tip) => tip.factor === f.key);
      if (tips.length) {
        lines.push('', `### ${t('section.tips')}`, '');
        for (const tip of tips) lines.push(`1. ${translateKey(lang, `criterion.${tip.criterion}.tip`)} (${t('tip.gain', { gain: tip.gain })})`);
      }
    }
  } else {
    lines.push(t('report.notAnalysed'));
    if (Object.keys(record.ratings).length) {
      lines.push('', `| ${t('report.factor')} | ${t('report.own')} |`, '|---|---|');
      for (const key of FACTOR_KEYS) if (record.ratings[key]) lines.push(`| ${t(`factor.${key}`)} | ${record.ratings[key]}/5 |`);
    }
  }
  lines.push('', `## ${t('notes.label')}`, '');
  lines.push(record.notes.trim() ? record.notes.split(/\r?\n/).map((l) => `> ${escapeMarkdown(l)}`).join('\n') : `_${t('notes.empty')}_`);
  return `${lines.join('\n')}\n`;
}
