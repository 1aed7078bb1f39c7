import type { Translate } from '@/components/i18n';
import type { PageMessage } from '@/components/sites/Messages';
import type { ImportOutcome } from '@/lib/notes/import-file';
import { toStoreError } from '@/lib/notes/store';
import { MAX_IMPORT_BYTES } from '@/lib/notes/transfer';

// The Sites page's words for what lib/notes reports: a failed write, an import's outcome.

const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

export function storeErrorMessage(error: unknown, t: Translate): PageMessage {
  const { problem, message } = toStoreError(error);
  return problem === 'quota' ? { code: 'quota', kind: 'alert', text: t('sites.quota') } : { code: 'write', kind: 'alert', text: t('store.write', { message }) };
}

export function importMessage(outcome: ImportOutcome, t: Translate): PageMessage {
  if (outcome.ok) return { code: 'imported', kind: 'status', text: t('import.done', { count: outcome.sites }) };
  const refuse = (text: string): PageMessage => ({ code: outcome.problem, kind: 'alert', text });
  switch (outcome.problem) {
    case 'tooLarge':
      return refuse(t('import.tooLarge', { size: megabytes(outcome.size), max: megabytes(MAX_IMPORT_BYTES) }));
    case 'unreadable':
      return refuse(t('import.unreadable', { message: outcome.detail }));
    case 'notJson':
      return refuse(t('import.notJson'));
    case 'hostile':
      return refuse(t('import.hostile', { key: outcome.detail }));
    case 'notTillit':
      return refuse(t('import.notTillit'));
    case 'futureVersion':
      return refuse(t('import.futureVersion', { version: outcome.detail }));
    case 'invalid':
      return refuse(t('import.invalid', { detail: outcome.detail }));
    case 'quota':
      return refuse(t('sites.quota'));
    case 'write':
      return refuse(t('store.write', { message: outcome.detail }));
  }
}
