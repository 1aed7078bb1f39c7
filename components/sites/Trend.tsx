import { useContext } from 'preact/hooks';
import type { FactorKey } from '@/lib/factors/model';
import { formatDate, formatNumber } from '@/lib/i18n';
import type { Snapshot } from '@/lib/notes/schema';
import { LangContext, useT } from '../i18n';

// A factor's score over the site's analyses, as a tiny line (a sparkline). Analyses where the
// factor was unknown break the line rather than dropping it to zero. Where Tillit's model
// (criteria and weights) changed between two analyses, a vertical mark stands before the first
// one scored by the new model, and the text alternative says so: a jump there may be the model's,
// not the site's.

const W = 80;
const H = 24;
const PAD = 3;

/** The x of the i-th of n analyses. */
const xAt = (i: number, n: number) => (n === 1 ? W / 2 : PAD + ((W - PAD * 2) * i) / (n - 1));

/** The line's segments: runs of known scores, in time order, in the sparkline's coordinates. */
export function trendSegments(history: readonly Snapshot[], key: FactorKey): Array<Array<[number, number]>> {
  const n = history.length;
  const segments: Array<Array<[number, number]>> = [];
  let run: Array<[number, number]> = [];
  history.forEach((s, i) => {
    const v = s.scores[key];
    if (v === null || v === undefined) {
      if (run.length) segments.push(run);
      run = [];
      return;
    }
    run.push([xAt(i, n), H - PAD - ((H - PAD * 2) * v) / 100]);
  });
  if (run.length) segments.push(run);
  return segments;
}

export const byTime = (history: readonly Snapshot[]) => [...history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

/**
 * The analyses (indexes, in time order) scored by another model than the one before them. An
 * analysis kept before Tillit recorded its model (model null) marks nothing: whether it changed
 * there is not known.
 */
export function modelChanges(sorted: readonly Snapshot[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1]!.model;
    const now = sorted[i]!.model;
    if (before && now && before !== now) out.push(i);
  }
  return out;
}

export function Trend({ history, factor }: { history: readonly Snapshot[]; factor: FactorKey }) {
  const t = useT();
  const lang = useContext(LangContext);
  const sorted = byTime(history);
  if (!sorted.length) return <span class="muted">–</span>;
  const value = (s: Snapshot) => {
    const v = s.scores[factor];
    return v === null || v === undefined ? t('trend.unknown') : formatNumber(lang, v);
  };
  const name = t(`factor.${factor}`);
  const label =
    sorted.length === 1
      ? t('trend.one', { factor: name, value: value(sorted[0]!), date: formatDate(lang, sorted[0]!.at) })
      : t('trend.text', { factor: name, values: sorted.map(value).join(', '), count: sorted.length, from: formatDate(lang, sorted[0]!.at), to: formatDate(lang, sorted[sorted.length - 1]!.at) });
  const changes = modelChanges(sorted);
  const fullLabel = changes.length ? `${label}. ${t('trend.modelChanged', { dates: changes.map((i) => formatDate(lang, sorted[i]!.at)).join(', ') })}` : label;
  const segments = trendSegments(sorted, factor);
  return (
    <svg class="trend" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={fullLabel} data-trend={factor}>
      <title>{fullLabel}</title>
      <line class="trend__base" x1={PAD} x2={W - PAD} y1={H / 2} y2={H / 2} />
      {changes.map((i) => {
        // Halfway between the last analysis of the old model and the first of the new.
        const x = (xAt(i - 1, sorted.length) + xAt(i, sorted.length)) / 2;
        return <line key={`model-${i}`} class="trend__model" x1={x} x2={x} y1={0} y2={H} data-model-change={sorted[i]!.at} />;
      })}
      {segments.map((seg, i) =>
        seg.length > 1 ? <polyline key={i} class="trend__line" points={seg.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')} /> : null,
      )}
      {/* The newest value, and any value standing alone between unknowns, as a dot. */}
      {segments.map((seg, i) => {
        const last = seg[seg.length - 1]!;
        return seg.length === 1 || i === segments.length - 1 ? <circle key={i} class="trend__dot" cx={last[0]} cy={last[1]} r={2.5} /> : null;
      })}
    </svg>
  );
}
