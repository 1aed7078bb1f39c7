import { useT } from '../i18n';

export interface PageMessage {
  /** Stable code for tests and styling: 'deleted', 'imported', 'hostile', 'quota', … */
  code: string;
  kind: 'status' | 'alert';
  text: string;
  action?: { label: string; ariaLabel?: string; run: () => void };
}

/** The one transient message (a result or an error), with an optional action such as Undo. */
export function Message({ message, onDismiss }: { message: PageMessage; onDismiss?: () => void }) {
  return (
    <div class={`message message--${message.kind}`} role={message.kind} data-message={message.code}>
      <p class="message__text">{message.text}</p>
      {message.action && (
        <button type="button" class="message__action" data-action={message.code === 'deleted' ? 'undo' : undefined} aria-label={message.action.ariaLabel} onClick={message.action.run}>
          {message.action.label}
        </button>
      )}
      {onDismiss && <DismissButton onDismiss={onDismiss} />}
    </div>
  );
}

function DismissButton({ onDismiss }: { onDismiss: () => void }) {
  const t = useT();
  return (
    <button type="button" class="message__close" aria-label={t('sites.dismiss')} onClick={onDismiss}>
      ×
    </button>
  );
}

/** Sites whose stored data could not be read: it stays aside, untouched, and goes into every export. */
export function CorruptNotice({ sites }: { sites: readonly string[] }) {
  const t = useT();
  if (!sites.length) return null;
  return (
    <div class="notice" role="status" data-message="corrupt">
      <p>{t('sites.corrupt', { sites: [...sites].sort().join(', ') })}</p>
    </div>
  );
}
