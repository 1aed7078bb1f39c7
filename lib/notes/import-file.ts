import { mergeSite, toStoreError, type StoreProblem } from './store';
import { MAX_IMPORT_BYTES, parseImport, type ImportProblem } from './transfer';

// Importing an export file chosen by the user: size check, read, parse, then each site merged
// into what is stored. The result says what happened; the page turns it into words.

/** What importFile needs of a File (so tests and callers can pass any Blob-like source). */
export interface ImportSource {
  readonly size: number;
  text(): Promise<string>;
}

/**
 * `sites`: how many sites the file held. `size`: the file's size, or its text's length when only
 * the text was over the limit. 'quota' and 'write': storage refused a write, and the sites merged
 * before it stay merged.
 */
export type ImportOutcome =
  | { ok: true; sites: number }
  | { ok: false; problem: 'tooLarge'; size: number }
  | { ok: false; problem: 'unreadable' | Exclude<ImportProblem, 'tooLarge'>; detail: string }
  | { ok: false; problem: Exclude<StoreProblem, 'corrupt'>; detail: string };

export async function importFile(file: ImportSource, now = new Date()): Promise<ImportOutcome> {
  // Checked before reading, so a huge file is never loaded into memory.
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, problem: 'tooLarge', size: file.size };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, problem: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed.problem === 'tooLarge' ? { ok: false, problem: 'tooLarge', size: text.length } : { ok: false, problem: parsed.problem, detail: parsed.detail ?? '' };
  try {
    for (const incoming of parsed.sites) await mergeSite(incoming, 'import', now);
  } catch (error) {
    const { problem, message } = toStoreError(error);
    return { ok: false, problem: problem === 'quota' ? 'quota' : 'write', detail: message };
  }
  return { ok: true, sites: parsed.sites.length };
}
