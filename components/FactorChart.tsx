import { useId } from 'preact/hooks';
import { FACTOR_KEYS, type FactorKey, type Level } from '@/lib/factors/model';
import { useT, type Translate } from './i18n';

// The five factors as a radar chart, drawn here rather than with a charting library (a few
// hundred bytes instead of tens of kB in a 45 kB popup). Tillit's scores are the filled shape;
// the user's own ratings (1–5, drawn as 20–100) a dashed outline with square corners, so the two
// differ by shape and line as well as colour. A factor that could not be rated is left out of
// the shape and its axis is dashed and marked "?", never drawn as a zero.

export interface ChartFactor {
  key: FactorKey;
  score: number | null;
  level: Level;
}

const W = 380;
const H = 250;
const CX = W / 2;
const CY = 130;
const R = 80;
const RINGS = [25, 50, 75, 100];

const angle = (i: number) => ((-90 + (360 / FACTOR_KEYS.length) * i) * Math.PI) / 180;
const at = (i: number, value: number): [number, number] => [CX + ((R * value) / 100) * Math.cos(angle(i)), CY + ((R * value) / 100) * Math.sin(angle(i))];
const pts = (list: Array<[number, number]>) => list.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');

/** A shape through the known points: polygon from three, a line for two, a dot for one. */
function Shape({ points, class: cls }: { points: Array<[number, number]>; class: string }) {
  if (points.length >= 3) return <polygon class={cls} points={pts(points)} />;
  if (points.length === 2) return <polyline class={cls} points={pts(points)} />;
  return null;
}

/** Long names (Long-term commitment, Rask responstid) on two lines so they fit beside the chart. */
function labelLines(name: string): string[] {
  const space = name.indexOf(' ', Math.floor(name.length / 2) - 4);
  return name.length > 12 && space > 0 ? [name.slice(0, space), name.slice(space + 1)] : [name];
}

export function describeChart(t: Translate, factors: readonly ChartFactor[], ratings?: Partial<Record<FactorKey, number>>): string {
  const parts = factors.map((f) =>
    f.score === null ? t('chart.unknown', { factor: t(`factor.${f.key}`) }) : t('chart.value', { factor: t(`factor.${f.key}`), score: f.score, level: t(`level.${f.level}`) }),
  );
  const own = FACTOR_KEYS.filter((k) => ratings?.[k] !== undefined).map((k) => t('chart.ownValue', { factor: t(`factor.${k}`), value: ratings![k]! }));
  if (own.length) parts.push(t('chart.own', { values: own.join(', ') }));
  return parts.join('. ') + '.';
}

export function FactorChart({ factors, ratings }: { factors: readonly ChartFactor[]; ratings?: Partial<Record<FactorKey, number>> }) {
  const t = useT();
  const id = useId();
  const byKey = new Map(factors.map((f) => [f.key, f]));
  const known: Array<[number, number]> = [];
  const own: Array<[number, number]> = [];
  FACTOR_KEYS.forEach((key, i) => {
    const score = byKey.get(key)?.score;
    if (score !== null && score !== undefined) known.push(at(i, Math.max(0, Math.min(100, score))));
    const rating = ratings?.[key];
    if (rating !== undefined) own.push(at(i, rating * 20));
  });

  return (
    <figure class="chart" data-chart="factors">
      <svg class="chart__svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`}>
        <title id={`${id}-t`}>{t('chart.title')}</title>
        <desc id={`${id}-d`}>{describeChart(t, factors, ratings)}</desc>
        {RINGS.map((v) => (
          <polygon key={v} class="chart__ring" points={pts(FACTOR_KEYS.map((_, i) => at(i, v)))} />
        ))}
        {FACTOR_KEYS.map((key, i) => {
          const f = byKey.get(key);
          const unknown = !f || f.score === null;
          const [x, y] = at(i, 100);
          return <line key={key} class={unknown ? 'chart__axis chart__axis--unknown' : 'chart__axis'} x1={CX} y1={CY} x2={x} y2={y} />;
        })}
        <Shape class="chart__score" points={known} />
        {known.map(([x, y], i) => (
          <circle key={i} class="chart__dot" cx={x} cy={y} r={3.5} />
        ))}
        {own.length > 0 && <Shape class="chart__own" points={own} />}
        {own.map(([x, y], i) => (
          <rect key={i} class="chart__own-dot" x={x - 3} y={y - 3} width={6} height={6} />
        ))}
        {FACTOR_KEYS.map((key, i) => {
          const f = byKey.get(key);
          const unknown = !f || f.score === null;
          const [ax, ay] = at(i, 100);
          const c = Math.cos(angle(i));
          const s = Math.sin(angle(i));
          const anchor = c > 0.3 ? 'start' : c < -0.3 ? 'end' : 'middle';
          const lines = [...labelLines(t(`factor.${key}`)), unknown ? `? ${t('level.unknown')}` : String(f.score)];
          const lh = 14;
          const x = ax + c * 10;
          // Above the top axis the lines grow upwards; beside the side axes they are centred.
          const y0 = s < -0.9 ? ay - 10 - (lines.length - 1) * lh : s > 0.3 ? ay + 16 : ay + 4 - ((lines.length - 1) * lh) / 2;
          return (
            <text key={key} class={unknown ? 'chart__label chart__label--unknown' : 'chart__label'} x={x} y={y0} text-anchor={anchor} data-axis={key}>
              {lines.map((line, n) => (
                <tspan key={n} x={x} dy={n === 0 ? 0 : lh} class={n === lines.length - 1 ? 'chart__value' : undefined}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
        {FACTOR_KEYS.map((key, i) => {
          const f = byKey.get(key);
          if (f && f.score !== null) return null;
          const [x, y] = at(i, 50);
          return <circle key={key} class="chart__unknown" cx={x} cy={y} r={5} />;
        })}
      </svg>
      <figcaption class="chart__legend">
        <span class="chart__key">
          <svg class="chart__swatch" viewBox="0 0 16 10" aria-hidden="true">
            <rect class="chart__score" x="1" y="1" width="14" height="8" />
          </svg>
          {t('chart.legendScore')}
        </span>
        {own.length > 0 && (
          <span class="chart__key">
            <svg class="chart__swatch" viewBox="0 0 16 10" aria-hidden="true">
              <line class="chart__own" x1="1" y1="5" x2="15" y2="5" />
            </svg>
            {t('chart.legendOwn')}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
