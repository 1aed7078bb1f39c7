import { useT } from '../i18n';

export interface SyncStatus {
  enabled: boolean;
  tooLarge: readonly string[];
  quotaFull: boolean;
}

/** The opt-in switch for browser sync, and what sync could not carry. */
export function SyncSettings({ status, busy, onToggle }: { status: SyncStatus; busy: boolean; onToggle: (enabled: boolean) => void }) {
  const t = useT();
  return (
    <section class="sync" aria-labelledby="sync-heading">
      <h2 id="sync-heading" class="transfer__heading">
        {t('sync.heading')}
      </h2>
      <label class="sync__switch">
        <input type="checkbox" name="sync" checked={status.enabled} disabled={busy} aria-describedby="sync-help" onChange={(e) => onToggle(e.currentTarget.checked)} />{' '}
        {t('sync.label')}
      </label>
      <p id="sync-help" class="help">
        {t('sync.help')}
      </p>
      {status.enabled && status.quotaFull && (
        <p class="notice" role="status" data-message="sync-quota">
          {t('sync.quota')}
        </p>
      )}
      {status.enabled &&
        status.tooLarge.map((site) => (
          <p class="notice" role="status" data-message="sync-too-large" key={site}>
            {t('sync.tooLarge', { site, bytes: 8192 })}
          </p>
        ))}
    </section>
  );
}
