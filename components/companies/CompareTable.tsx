import { levelFor } from '@/lib/factors/model';
import type { FactorKey } from '@/lib/contracts/report';
import { averages, SORT_KEYS, type CompanyRow, type CompanySort, type SortKey } from '@/lib/companies/table';
import { useT, type Translate } from '../i18n';
import { LevelBadge } from '../LevelBadge';

function OwnValue({ value }: { value: number | null }) {
  const t = useT();
  return <span class={value === null ? 'compare__own muted' : 'compare__own'}>{value === null ? t('companies.yoursNone') : t('companies.yours', { value })}</span>;
}

const columnName = (t: Translate, key: SortKey) => (key === 'name' ? t('companies.company') : key === 'overall' ? t('overall.label') : t(`factor.${key as FactorKey}`));

/** A column header that sorts the table: a button in the <th>, which carries aria-sort while it is the sorted column. */
function SortHeader({ column, sort, onSort }: { column: SortKey; sort: CompanySort; onSort: (key: SortKey) => void }) {
  const t = useT();
  const active = sort.key === column;
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined} data-column={column}>
      <button type="button" class="sort" data-sort={column} onClick={() => onSort(column)}>
        {columnName(t, column)}
        <span class="sort__mark" aria-hidden="true">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

/** Every company side by side: rank, Tillit's overall and per-factor ratings with the user's own beneath, and the average. */
export function CompareTable({ rows, sort, onSort }: { rows: readonly CompanyRow[]; sort: CompanySort; onSort: (key: SortKey) => void }) {
  const t = useT();
  const average = averages(rows);
  return (
    <div class="compare__wrap">
      <table class="compare" data-compare>
        <caption class="compare__caption">{t('companies.compareCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('companies.rank')}</th>
            {SORT_KEYS.map((key) => (
              <SortHeader key={key} column={key} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.company.id} data-company={row.company.id}>
              <td class="compare__rank" data-kind="rank">
                {row.rank ?? '–'}
              </td>
              <th scope="row" class="compare__name">
                {row.company.name}
              </th>
              <td data-factor="overall">
                <LevelBadge level={row.overall.level} score={row.overall.score} />
              </td>
              {row.factors.map((f, i) => (
                <td key={f.key} data-factor={f.key}>
                  <LevelBadge level={f.level} score={f.score} />
                  <OwnValue value={row.own[i]!.value} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-kind="average">
            <td />
            <th scope="row">{t('companies.average', { count: rows.length })}</th>
            <td data-factor="overall">
              <LevelBadge level={levelFor(average.overall.score)} score={average.overall.score} />
            </td>
            {average.factors.map((f) => (
              <td key={f.key} data-factor={f.key}>
                <LevelBadge level={levelFor(f.score)} score={f.score} />
                <OwnValue value={f.own} />
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
