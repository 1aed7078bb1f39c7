// Date words on social platforms, per language: the relative times they print instead of dates
// ("4d", "20h", "1mo" on LinkedIn and X; "hace 2 días" on YouTube; "for 3 dager siden") and the
// month names of the dates they do print ("Joined January 2010", "26. januar 2026 kl. 19:50").
// Data only: lib/profiles turns them into dates against the analysis time it is given.

/** Length of each unit in milliseconds (a month and a year as their Gregorian averages). */
export const RELATIVE_UNIT_MS = { s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5, mo: 2629746e3, y: 31556952e3 } as const;
export type RelativeUnit = keyof typeof RELATIVE_UNIT_MS;

export interface RelativeWords {
  /** The word that makes a phrase a past time ("ago", "siden", "vor", "hace", "il y a"). */
  ago: string;
  /** Words standing for the number one ("an hour ago", "vor einem Tag"). */
  one: string;
  yesterday: string;
  now: string;
  /** Regex alternatives per unit, lower case, long forms and the platforms' abbreviations. */
  units: Record<RelativeUnit, string>;
}

export const RELATIVE_TIME: Record<'en' | 'nb' | 'de' | 'es' | 'fr', RelativeWords> = {
  en: {
    ago: 'ago',
    one: 'an?|one',
    yesterday: 'yesterday',
    now: 'just now|now',
    units: { s: 'seconds?|secs?|s', m: 'minutes?|mins?|m', h: 'hours?|hrs?|h', d: 'days?|d', w: 'weeks?|wks?|w', mo: 'months?|mos?', y: 'years?|yrs?|y' },
  },
  // LinkedIn in Norwegian: "3 t", "4 d", "1 u", "2 md"; YouTube: "for 3 dager siden".
  nb: {
    ago: 'siden',
    one: 'en|ett|ei',
    yesterday: 'i går',
    now: 'akkurat nå|nå',
    units: { s: 'sekunder|sekund|sek', m: 'minutter|minutt|min', h: 'timer|time|t', d: 'dager|dag', w: 'uker|uke|u', mo: 'måneder|måned|mnd|md', y: 'år|å' },
  },
  de: {
    ago: 'vor',
    one: 'einem|einer|eine|einen',
    yesterday: 'gestern',
    now: 'gerade eben|jetzt',
    units: { s: 'sekunden|sekunde|sek', m: 'minuten|minute|min', h: 'stunden|stunde|std', d: 'tagen|tage|tag', w: 'wochen|woche|wo', mo: 'monaten|monate|monat|mon', y: 'jahren|jahre|jahr' },
  },
  es: {
    ago: 'hace',
    one: 'una?',
    yesterday: 'ayer',
    now: 'ahora',
    units: { s: 'segundos?|seg', m: 'minutos?', h: 'horas?', d: 'días?|dias?', w: 'semanas?|sem', mo: 'meses|mes', y: 'años?|a' },
  },
  fr: {
    ago: 'il y a',
    one: 'une?',
    yesterday: 'hier',
    now: "à l'instant|maintenant",
    units: { s: 'secondes?', m: 'minutes?', h: 'heures?', d: 'jours?|j', w: 'semaines?', mo: 'mois', y: 'années?|ans?' },
  },
};

/**
 * Month names in English, Norwegian, German, Spanish and French, January first. A word of three
 * letters or more that starts one of them is that month: "Jan", "janv.", "sept", "ene", "déc".
 */
export const MONTH_NAMES: readonly string[] = [
  'january januar jänner enero janvier', 'february februar febrero février', 'march mars märz marzo',
  'april abril avril', 'may mai mayo', 'june juni junio juin', 'july juli julio juillet', 'august agosto août',
  'september septiembre setiembre septembre', 'october oktober octubre octobre', 'november noviembre novembre',
  'december desember dezember diciembre décembre',
];
