import type { ComponentChildren } from 'preact';
import { FACTOR_KEYS, type FactorKey } from '@/lib/factors/model';
import { useT } from '../i18n';

export interface FactorRow {
  /** The row's header ("Tillit's rating", "Your rating", …). */
  label: string;
  /** The cells' data-kind, for tests and styling. */
  kind: string;
  cell: (key: FactorKey) => ComponentChildren;
}

/** The five factors as columns, one row per kind of value: a site's card and a company's share it. */
export function FactorTable({ caption, rows }: { caption: string; rows: readonly FactorRow[] }) {
  const t = useT();
  return (
    <div class="site__table-wrap">
      <table class="ratings">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <td />
            {FACTOR_KEYS.map((key) => (
              <th key={key} scope="col">
                {t(`factor.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.kind}>
              <th scope="row">{row.label}</th>
              {FACTOR_KEYS.map((key) => (
                <td key={key} data-factor={key} data-kind={row.kind}>
                  {row.cell(key)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
