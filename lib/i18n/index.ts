import type { CriterionMessageKey } from '../factors/registry';
import type { SitesKey } from './sites-en';
import type { UiKey } from './ui-en';

/**
 * Every message: the interface's (ui-en.ts), the Sites page's and printable report's
 * (sites-en.ts), and those the model's criteria bring (lib/factors).
 */
export type MessageKey = UiKey | SitesKey | CriterionMessageKey;
export type Lang = 'en' | 'nb';
/**
 * A language's catalogue (en.ts, nb.ts). Its completeness is checked where its parts are written:
 * ui-nb.ts and each criterion's `nb` are typed by their English, and the conventions test checks
 * the assembled catalogues against each other.
 */
export type Messages = Readonly<Record<string, string>>;

// Each page loads only the language it shows (the other stays in its own chunk), so the
// popup carries one set of strings, not two — and not the Sites page's words either.
const loaded: Partial<Record<Lang, Messages>> = {};
const withPages = new Set<Lang>();

export function registerMessages(lang: Lang, messages: Messages): void {
  loaded[lang] = { ...loaded[lang], ...messages };
}

/**
 * Load a language's strings; call before the first render. `pages`: also the Sites page's and the
 * printable report's words (the popup needs none of them).
 */
export async function loadMessages(lang: Lang, { pages = true }: { pages?: boolean } = {}): Promise<void> {
  if (!loaded[lang]) registerMessages(lang, lang === 'nb' ? (await import('./nb')).nb : (await import('./en')).en);
  if (pages && !withPages.has(lang)) {
    registerMessages(lang, lang === 'nb' ? (await import('./sites-nb')).nb : (await import('./sites-en')).en);
    withPages.add(lang);
  }
}

/** The UI language for a browser language tag: Norwegian (nb, no, nn) gets bokmål, the rest English. */
export function pickLang(uiLanguage: string | null | undefined): Lang {
  return /^(?:nb|no|nn)(?:[-_]|$)/i.test(uiLanguage ?? '') ? 'nb' : 'en';
}

export const LOCALE: Record<Lang, string> = { en: 'en-GB', nb: 'nb-NO' };

export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 }).format(value);
}

/** A date (or date and time) for the language: "5. mars 2026" / "5 Mar 2026"; the input as it is when not a date. */
export function formatDate(lang: Lang, iso: string, withTime = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[lang], withTime ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'medium' }).format(date);
}

/**
 * Whether a key read from data (a saved report's criterion id or detail, which may come from an
 * older model) names a message this build has.
 */
export function isMessageKey(key: string): key is MessageKey {
  return Object.values(loaded).some((messages) => Object.hasOwn(messages, key));
}

/** A message for a key read from data: its text when this build has it, else the key as it is. */
export function translateKey(lang: Lang, key: string, params?: Record<string, string | number>): string {
  return isMessageKey(key) ? translate(lang, key, params) : key;
}

/** Look up a message and fill its {placeholders}; numbers are formatted for the language. */
export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const template = loaded[lang]?.[key] ?? loaded.en?.[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}
