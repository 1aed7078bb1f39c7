import { useT } from '../i18n';
import { SORT_KEYS, type SortKey } from './view';

/** Search and sort for the list. */
export function ListControls({ query, sort, onQuery, onSort }: { query: string; sort: SortKey; onQuery: (q: string) => void; onSort: (s: SortKey) => void }) {
  const t = useT();
  return (
    <div class="controls" role="search">
      <div class="field field--grow">
        <label for="sites-search">{t('sites.search')}</label>
        <input id="sites-search" type="search" name="search" value={query} autoComplete="off" onInput={(e) => onQuery(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="sites-sort">{t('sites.sort')}</label>
        <select id="sites-sort" name="sort" value={sort} onChange={(e) => onSort(e.currentTarget.value as SortKey)}>
          {SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {t(`sites.sort.${key}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** Export everything as JSON; import a file (merged, never replacing). */
export function TransferPanel({ busy, onExport, onImport }: { busy: boolean; onExport: () => void; onImport: (file: File) => void }) {
  const t = useT();
  return (
    <section class="transfer" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading" class="transfer__heading">
        {t('export.heading')}
      </h2>
      <div class="transfer__grid">
        <div class="transfer__part">
          <button type="button" class="primary" data-action="export-json" disabled={busy} aria-describedby="export-help" onClick={onExport}>
            {t('export.json')}
          </button>
          <p id="export-help" class="help">
            {t('export.help')}
          </p>
        </div>
        <div class="transfer__part">
          <label for="import-file" class="import__label">
            {t('import.label')}
          </label>
          <input
            id="import-file"
            type="file"
            name="import"
            accept=".json,application/json"
            disabled={busy}
            aria-describedby="import-help"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              // Clear the input so choosing the same file again fires another change.
              input.value = '';
              if (file) onImport(file);
            }}
          />
          <p id="import-help" class="help">
            {t('import.help')}
          </p>
        </div>
      </div>
    </section>
  );
}
