import { useT } from './i18n';

/** "Export report": opens the printable report (and its Markdown download) in a new tab. */
export function ExportReport({ onExport }: { onExport: () => void }) {
  const t = useT();
  return (
    <p class="export">
      <button type="button" class="export__button" data-action="export-report" aria-describedby="export-report-help" onClick={onExport}>
        {t('report.export')}
      </button>{' '}
      <span id="export-report-help" class="export__help">
        {t('a11y.newTab')}
      </span>
    </p>
  );
}
