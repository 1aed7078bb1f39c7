import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translate, translateKey, type Lang, type MessageKey } from '@/lib/i18n';

export const LangContext = createContext<Lang>('en');

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The translator for the language the popup runs in. */
export function useT(): Translate {
  const lang = useContext(LangContext);
  return (key, params) => translate(lang, key, params);
}

/** The translator for keys read from data (a saved report's criterion ids and details): see translateKey. */
export function useTranslateKey(): (key: string, params?: Record<string, string | number>) => string {
  const lang = useContext(LangContext);
  return (key, params) => translateKey(lang, key, params);
}
