import { useMemo, useState } from 'preact/hooks';
import { groupCompanies } from '@/lib/companies/group';
import { companyRows, nextSort, sortRows, type CompanyRow, type CompanySort } from '@/lib/companies/table';
import type { SiteRecord } from '@/lib/notes/schema';
import { useT } from '../i18n';
import { CompanyCard, type CompanyEdits } from './CompanyCard';
import { CompareTable } from './CompareTable';

/**
 * The Sites page's Companies view: the comparison table of every company (sortable, exportable
 * as CSV), then each company with its channels, its rating per factor and the user's edits.
 */
export function CompaniesView({ records, now, busy, onExport, edits }: { records: readonly SiteRecord[]; now: Date; busy: boolean; onExport: (rows: CompanyRow[]) => void; edits: CompanyEdits }) {
  const t = useT();
  const [sort, setSort] = useState<CompanySort>({ key: 'overall', direction: 'descending' });
  const companies = useMemo(() => groupCompanies(records), [records]);
  const rows = useMemo(() => companyRows(companies), [companies]);
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);

  if (!companies.length) return <p class="empty">{t('companies.empty')}</p>;
  return (
    <>
      <p class="page__intro">{t('companies.intro')}</p>
      <section class="compare-section" aria-labelledby="compare-heading">
        <div class="compare-section__head">
          <h2 id="compare-heading" class="section-heading">
            {t('companies.compareHeading')}
          </h2>
          <button type="button" class="primary" data-action="export-csv" disabled={busy} aria-describedby="csv-help" onClick={() => onExport(sorted)}>
            {t('companies.exportCsv')}
          </button>
        </div>
        <p id="csv-help" class="help">
          {t('companies.exportHelp')} {t('companies.ownHelp')}
        </p>
        <CompareTable rows={sorted} sort={sort} onSort={(key) => setSort((s) => nextSort(s, key))} />
      </section>
      <section aria-labelledby="companies-heading">
        <h2 id="companies-heading" class="section-heading">
          {t('companies.listHeading')}
        </h2>
        <ul class="site-list">
          {rows.map((row) => (
            <CompanyCard key={row.company.id} row={row} companies={companies} now={now} edits={edits} />
          ))}
        </ul>
      </section>
    </>
  );
}
