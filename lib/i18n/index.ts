import type { MessageKey } from './en';

export type { MessageKey };
export type Lang = 'en' | 'nb';
export type Messages = Record<MessageKey, string>;

// Each page loads only the language it shows (the other stays in its own chunk), so the
// popup carries one set of strings, not two.
const loaded: Partial<Record<Lang, Messages>> = {};

export function registerMessages(lang: Lang, messages: Messages): void {
  loaded[lang] = messages;
}

/** Load a language's strings; call before the first render. */
export async function loadMessages(lang: Lang): Promise<void> {
  if (loaded[lang]) return;
  loaded[lang] = lang === 'nb' ? (await import('./nb')).nb : (await import('./en')).en;
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
