// The words of the platforms' reply-time indicator, per language: "Typically replies within an
// hour", "Svarer vanligvis innen noen timer", "Antwortet normalerweise innerhalb eines Tages",
// "Suele responder en unos minutos", "Répond généralement en quelques heures". Data only:
// lib/factors turns the indicator into hours (lib/patterns/profiles.ts TYPICALLY_REPLIES finds it).

/** Hours per unit. */
export const REPLY_UNIT_HOURS = { minute: 1 / 60, hour: 1, day: 24, week: 168 } as const;
export type ReplyUnit = keyof typeof REPLY_UNIT_HOURS;

/** What "a few" stands for, and a unit with no count ("within minutes"): "within a few hours" is read as 3 hours. */
export const REPLY_FEW = 3;

export interface ReplyWords {
  /** Regex alternatives, lower case: the word before the time ("within", "innen", "innerhalb von"). */
  within: string;
  /** Words standing for the number one ("an hour", "einer Stunde"). */
  one: string;
  /** Words standing for a few ("a few hours", "noen timer", "wenigen Stunden"). */
  few: string;
  /** Words saying at once ("instantly", "umiddelbart"). */
  instantly: string;
  units: Record<ReplyUnit, string>;
}

export const REPLY_WITHIN: Record<'en' | 'nb' | 'de' | 'es' | 'fr', ReplyWords> = {
  en: {
    within: 'within|in',
    one: 'an?|one|the',
    few: 'a few|few|a couple of|several',
    instantly: 'instantly|immediately|right away',
    units: { minute: 'minutes?|mins?', hour: 'hours?|hrs?', day: 'days?', week: 'weeks?' },
  },
  nb: {
    within: 'innen|i løpet av|på',
    one: 'en|ett|et|ei|én',
    few: 'noen få|noen|et par|få',
    instantly: 'umiddelbart|med en gang|straks',
    units: { minute: 'minutter|minutt|min', hour: 'timer|time|t', day: 'dager|dag|døgn', week: 'uker|uke' },
  },
  de: {
    within: 'innerhalb von|innerhalb|in|binnen',
    one: 'eines|einer|einem|eine|einen|ein',
    few: 'wenigen|weniger|wenige|einigen|einiger|ein paar',
    instantly: 'sofort|umgehend',
    units: { minute: 'minuten|minute|min', hour: 'stunden|stunde|std', day: 'tagen|tages|tage|tag', week: 'wochen|woche' },
  },
  es: {
    within: 'en menos de|dentro de|en',
    one: 'una?|uno|el|la',
    few: 'unos pocos|unas pocas|unos|unas|pocos|pocas|algunos|algunas',
    instantly: 'al instante|inmediatamente|enseguida',
    units: { minute: 'minutos?', hour: 'horas?', day: 'días?|dias?', week: 'semanas?' },
  },
  fr: {
    within: 'en moins de|dans les|dans|en|sous',
    one: 'une?|la|le',
    few: 'quelques',
    instantly: 'instantanément|immédiatement|tout de suite',
    units: { minute: 'minutes?', hour: 'heures?', day: 'jours?|journée', week: 'semaines?' },
  },
};
