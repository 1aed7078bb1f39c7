// The shape of a criterion's words. Each criterion file holds its own, English and Norwegian side
// by side (`export const en`, `export const nb`); lib/i18n builds each language's catalogue from
// them, so the popup still loads the words of one language only.

/**
 * A criterion's words in one language: its title, the tip shown while it is not fully met, and
 * the detail lines its evaluate may return. A detail key (`detail.*`) is one name in the whole
 * catalogue; one used by several criteria lives in details.ts.
 */
export interface CriterionStrings {
  readonly title: string;
  readonly tip: string;
  readonly [detail: `detail.${string}`]: string;
}

/** Detail lines alone (details.ts: those several criteria share). */
export type DetailStrings = { readonly [detail: `detail.${string}`]: string };

/** The same keys as the English `S`, each translated: a key missing or extra is a type error. */
export type Translation<S> = { readonly [K in keyof S]: string };

/** The detail keys among a set of strings. */
export type DetailKeyOf<S> = Extract<keyof S, `detail.${string}`>;
