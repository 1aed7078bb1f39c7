// Words and phrases per language, kept apart from the logic: adding a phrase, or a language to a
// list, is a change to this file only. Every list is grouped by language (ISO 639-1; Norwegian
// bokmål is nb): bokmål and English because the product needs them, German because many of the
// real pages we measure against are German, French and Spanish for the bylines and dates of news
// and company sites.
// test/patterns checks every list: known languages, no duplicates, patterns that compile.

export const LANGUAGES = ['nb', 'en', 'de', 'fr', 'es'] as const;
export type Lang = (typeof LANGUAGES)[number];
/** A list with its entries grouped by language. */
export type ByLanguage<T = string> = { readonly [L in Lang]?: readonly T[] };

/** Every language's entries in one list, in the order written. */
export const listOf = <T>(list: ByLanguage<T>): T[] => ([] as T[]).concat(...(Object.values(list) as T[][]));
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Words as the alternatives of a regex, matched as written (special characters escaped). */
export const wordsOf = (list: ByLanguage): string => listOf(list).map(escape).join('|');
/** Patterns of every language as one regex: one pass over a text instead of one per pattern. */
export const anyOf = (list: ByLanguage<RegExp>, flags: string): RegExp => new RegExp(listOf(list).map((p) => `(?:${p.source})`).join('|'), flags);

// ── Authors ─────────────────────────────────────────────────────────────────────────────────

/** Words that introduce a byline: "Skrevet av Kari", "Posted by Jane", "Von Max", "Par Marie". */
export const BYLINE_PREFIXES: ByLanguage = {
  nb: ['skrevet av', 'publisert av', 'postet av', 'innlegg av', 'tekst', 'av'],
  en: ['written by', 'posted by', 'published by', 'authored by', 'by'],
  de: ['geschrieben von', 'verfasst von', 'eingestellt von', 'gepostet von', 'veröffentlicht von', 'autor', 'autorin', 'von'],
  fr: ['écrit par', 'publié par', 'par'],
  es: ['escrito por', 'publicado por', 'por'],
};

/** Phrases that name the author anywhere in the text, followed by the name. */
export const BYLINE_PHRASES: ByLanguage = {
  nb: ['skrevet av', 'publisert av', 'postet av'],
  // "written and produced by": one-person sites' about and colophon lines.
  en: ['written by', 'written and produced by', 'written and edited by', 'posted by', 'published by'],
  de: ['geschrieben von', 'verfasst von'],
  fr: ['écrit par', 'publié par'],
  es: ['escrito por', 'publicado por'],
};

/** "by" alone: a line "By Jane Doe", "Title by <a>name</a>". */
export const BY: ByLanguage = { nb: ['av'], en: ['by'], de: ['von'], fr: ['par'], es: ['por'] };

/** The word between a name and its date: "Ann Lee on June 5, 2023", "Max am 26.10.2013". */
export const ON_DATE: ByLanguage = { nb: ['den'], en: ['on'], de: ['am'], fr: ['le'], es: ['el'] };

/** "Today", "yesterday" after a name in a byline. */
export const RELATIVE_DAYS: ByLanguage = { nb: ['i dag', 'i går'] };

/** What an author box lists: "View all posts by Jane", "Vis alle innlegg av Kari". */
export const POSTS: ByLanguage = { nb: ['innlegg'], en: ['posts', 'articles'], de: ['beiträge'] };

/** Words joining names in a byline: "A, B and C", "A (with B)". */
export const AND: ByLanguage = { nb: ['og'], en: ['and'], de: ['und'], fr: ['et'], es: ['y'] };
export const WITH: ByLanguage = { nb: ['med'], en: ['with'], de: ['mit'], fr: ['avec'], es: ['con'] };

/** Words that are never a name, though they sit where bylines do (labels, buttons, ads). */
export const NOT_NAMES: ByLanguage = {
  nb: ['foto', 'kommentar', 'kommentarer', 'del', 'les mer', 'publisert', 'oppdatert', 'følg', 'meny', 'hjem', 'søk', 'logg inn', 'forfatter', 'annonse'],
  en: [
    'photo', 'image', 'name', 'twitter', 'website', 'github', 'youtube', 'comment', 'comments', 'share', 'read more', 'min read', 'minute', 'minutes',
    'posted', 'published', 'updated', 'follow', 'subscribe', 'menu', 'home', 'search', 'login', 'admin panel', 'privacy', 'cookie', 'author', 'authors',
    'sponsored', 'advertisement',
  ],
  de: ['bild', 'gesponsert', 'gesponserte', 'anzeige', 'werbung'],
};

/** Closing greetings that precede a signature. */
export const SIGNOFFS: ByLanguage = {
  nb: ['med vennlig hilsen', 'vennlig hilsen', 'beste hilsen', 'mvh', 'hilsen', 'hilsener'],
  en: ['best regards', 'kind regards', 'warm regards', 'regards', 'cheers', 'best wishes', 'sincerely', 'yours'],
  de: ['mit freundlichen grüßen', 'viele grüße', 'liebe grüße', 'beste grüße', 'lg'],
};

// ── Dates ───────────────────────────────────────────────────────────────────────────────────

/** Month names, January first: each month's full name, then its short forms, lower case. */
export const MONTHS: ByLanguage<readonly string[]> = {
  nb: [['januar', 'jan'], ['februar', 'feb'], ['mars', 'mar'], ['april', 'apr'], ['mai'], ['juni', 'jun'], ['juli', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['desember', 'des']],
  en: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
  // Austrian "Jänner".
  de: [['januar', 'jänner', 'jan'], ['februar', 'feb'], ['märz', 'maerz', 'mär'], ['april', 'apr'], ['mai'], ['juni', 'jun'], ['juli', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez']],
  fr: [['janvier', 'janv'], ['février', 'fevrier', 'févr'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'], ['juillet', 'juil'], ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre', 'déc']],
  es: [['enero', 'ene'], ['febrero'], ['marzo'], ['abril', 'abr'], ['mayo'], ['junio'], ['julio'], ['agosto', 'ago'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre', 'dic']],
};

/** Words of a modification stamp ("Updated …", "Sist endret …"): not the publication date. */
export const UPDATED: ByLanguage = {
  nb: ['oppdatert', 'sist endret', 'endret'],
  en: ['updated', 'last modified', 'modified'],
  de: ['aktualisiert', 'geändert'],
  fr: ['mis à jour', 'modifié le'],
  es: ['actualizado', 'modificado'],
};

/** The word for copyright, besides © and (c). */
export const COPYRIGHT_WORDS: ByLanguage = { nb: ['opphavsrett'], en: ['copyright'] };
/** The rights a copyright line reserves: "All rights reserved", "Alle rettigheter forbeholdt". */
export const RIGHTS: ByLanguage = { nb: ['rettigheter'], en: ['all rights'], de: ['rechte'] };

/** Copyright line: "© 2009–2016 Firma AS", "Copyright (c) 2024". */
export const COPYRIGHT = new RegExp(`(?:©|\\(c\\)|${wordsOf(COPYRIGHT_WORDS)})\\s*(?:©|\\(c\\))?\\s*(\\d{4})(?:\\s*[-–—]\\s*(\\d{4}))?(?:[ ,]+([^\\n|•·]{2,80}))?`, 'gi');

// ── Comments ────────────────────────────────────────────────────────────────────────────────

/** Headings and notes that say the comment section is closed. */
export const COMMENTS_CLOSED = anyOf(
  {
    nb: [/kommentarer(?:feltet)? er (?:stengt|lukket)/, /kommentering er (?:stengt|slått av)/],
    en: [/comments? (?:are|is) closed/],
    de: [/kommentare sind geschlossen/, /kommentarfunktion (?:ist )?(?:deaktiviert|geschlossen)/],
  },
  'i',
);

/** "No comments" blocks: an open section with zero comments. */
export const NO_COMMENTS = new RegExp(
  `^(?:${wordsOf({ nb: ['ingen kommentarer', 'bli den første til å kommentere'], en: ['no comments', 'be the first to comment'], de: ['keine kommentare'] })})`,
  'i',
);

/** Words after a displayed count: "3 kommentarer", "12 comments", "1 Kommentar", "3 thoughts on". */
export const COUNT_WORDS: ByLanguage = {
  nb: ['kommentarer', 'kommentar', 'svar'],
  en: ['comments', 'comment', 'responses', 'response', 'replies', 'thoughts on', 'thought on'],
  de: ['kommentare', 'kommentar', 'antworten'],
};
/** Headings with the count after them: "Comments (48)", "Kommentare (3)" (forum and fiction sites). */
export const COUNT_HEADINGS: ByLanguage = { nb: ['kommentarer'], en: ['comments'], de: ['kommentare'] };
/** A displayed comment count; the number is in group 1 or group 2. */
export const COMMENT_COUNT = new RegExp(`(\\d{1,6})\\s*(?:${wordsOf(COUNT_WORDS)})\\b|(?:${wordsOf(COUNT_HEADINGS)})\\s*\\((\\d{1,6})\\)`, 'i');

/**
 * Phrases in the text around a login requirement: WordPress's must-log-in note as each language
 * pack words it, Drupal's "Log in or register to post comments", "Sign in to Comment" buttons,
 * notices that only members may comment, a system that needs an account even to recommend or
 * report a comment (news sites' Echo/Janrain threads), German CMS comment modules.
 */
export const LOGIN_REQUIRED = anyOf(
  {
    nb: [/du må (?:være )?(?:logget|logge) inn for å (?:kommentere|skrive|legge inn|publisere)/, /logg inn (?:for å|og) (?:kommentere|skrive|delta)/],
    en: [
      /you (?:must|need to) be (?:logged|signed) in to (?:post|leave|write|recommend|report|reply to|add) (?:a )?comment/,
      /(?:log|sign) ?in (?:or (?:register|sign up|create an account) )?to (?:comment|reply|leave a comment|(?:post|add) (?:a )?comments?|join the (?:discussion|conversation))/,
      /only (?:registered|logged-in|signed-in) (?:users|members|readers|subscribers) can (?:comment|post comments)/,
    ],
    de: [
      /du musst angemeldet sein, um (?:einen )?kommentar/,
      /(?:melde dich|melden sie sich|logge dich|loggen sie sich) (?:an|ein), um (?:zu kommentieren|einen kommentar)/,
      /zum kommentieren (?:bitte )?(?:anmelden|einloggen|registrieren)/,
    ],
    fr: [/(?:connectez-vous|identifiez-vous) pour (?:commenter|réagir|laisser un commentaire)/, /vous devez (?:être connecté|vous connecter) pour (?:publier|laisser|poster) un commentaire/],
    es: [/(?:inicia|iniciar) sesión para (?:comentar|dejar un comentario)/, /debes (?:estar (?:conectado|registrado)|iniciar sesión) para (?:publicar|dejar|escribir) un comentario/],
  },
  'i',
);

/** A sign-in button's words ("Log in", "Logg inn", "Anmelden", "Connexion", "Iniciar sesión"). */
export const LOGIN_WORD = new RegExp(
  `^(?:${wordsOf({ nb: ['logg inn'], en: ['log in', 'login', 'sign in'], de: ['anmelden', 'einloggen'], fr: ['connexion', 'se connecter', 'connectez-vous'], es: ['iniciar sesión', 'inicia sesión', 'acceder'] })})\\b`,
  'i',
);

/** What follows a commenter's name: "Kari sa…", "Jane says:", "Max schreibt". */
export const COMMENTER_SAYS = new RegExp(
  `\\s*\\b(?:${wordsOf({ nb: ['sa', 'skrev', 'sier', 'skriver'], en: ['said', 'says'], de: ['hat gesagt', 'meinte', 'sagt', 'schreibt'] })})…?:?\\s*$`,
  'i',
);

/** A word for comments (or reviews) in a section found by loose markup; stems match inside words. */
export const COMMENT_WORD = new RegExp(wordsOf({ nb: ['kommentar'], en: ['comment', 'review', 'respons'], de: ['kommentar', 'bewertung', 'meinung'] }), 'i');

// ── Engagement ──────────────────────────────────────────────────────────────────────────────

/** Invitations to give feedback. */
export const INVITATIONS = anyOf(
  {
    nb: [
      /gi (?:oss|meg) (?:gjerne )?(?:en )?tilbakemelding/,
      /positiv(?:e)? (?:som|og|eller) negativ/,
      /alle kan kommentere/,
      /(?:legg (?:gjerne )?(?:inn|igjen) en kommentar|skriv en kommentar)/,
      /(?:vi|jeg) (?:vil|ønsker) gjerne (?:høre|vite)/,
      /(?:del|si) (?:gjerne )?(?:din mening|hva du mener|dine tanker)/,
      /tilbakemeldinger? (?:er|mottas) velkommen/,
    ],
    en: [
      /we(?:'|’)?d love (?:to hear )?(?:your )?(?:feedback|thoughts|comments)/,
      /(?:leave|post|add) a (?:comment|reply)/,
      /let (?:us|me) know (?:what you think|in the comments|your thoughts)/,
      /(?:your )?feedback (?:is )?(?:welcome|appreciated)/,
      /(?:share|tell us) your (?:thoughts|opinion|feedback)/,
      /positive (?:or|and|as well as) negative/,
    ],
    de: [/(?:hinterlasse|schreib(?:t)?) (?:gerne )?(?:einen|mir einen|uns einen) kommentar/, /(?:wir freuen uns|ich freue mich) (?:über|auf) (?:euer|ihr|dein) feedback/],
  },
  'gi',
);

/** Stated response promises. */
export const PROMISES = anyOf(
  {
    nb: [
      /(?:kommentarer|henvendelser|spørsmål|e-?poster?) (?:blir )?besvares (?:daglig|fortløpende|innen [^.\n]{1,20})/,
      /(?:vi|jeg) (?:svarer|besvarer) (?:på )?(?:alle |henvendelser |kommentarer |spørsmål |e-?post )*(?:innen|i løpet av|samme dag|daglig|raskt|fortløpende)[^.\n]{0,30}/,
      /svar (?:innen|i løpet av) (?:\d+|én|en|to) (?:timer?|dager?|virkedager?|døgn)/,
    ],
    en: [
      /we (?:reply|respond|answer)(?: to)?(?: (?:all|every|each|your))?(?: (?:comments?|messages?|emails?|questions?|enquiries|inquiries))? (?:within|in under|the same day|daily|in less than)[^.\n]{0,30}/,
      /we (?:answer|reply to|respond to) (?:every|each|all) (?:comment|message|question|email)s?/,
      /(?:response|reply) time:? (?:within|under|less than) [^.\n]{1,20}/,
    ],
    de: [/(?:wir antworten|antworten wir) (?:innerhalb|binnen|in der regel innerhalb)[^.\n]{0,30}/],
  },
  'gi',
);

/** First-person words: the personal tone FACTORS.md asks for. English "I" is handled apart (only as a capital). */
export const FIRST_PERSON_WORDS: ByLanguage = {
  nb: ['jeg', 'meg', 'min', 'mitt', 'mine', 'vi', 'oss', 'vår', 'vårt', 'våre'],
  en: ['me', 'my', 'we', 'us', 'our'],
  de: ['ich', 'mich', 'mein', 'meine', 'wir', 'uns', 'unser', 'unsere'],
};
/** Matched as whole words, any first-letter case (but "I" only as a capital). */
export const FIRST_PERSON = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:I|${listOf(FIRST_PERSON_WORDS).map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Newsletter sign-up phrases near an e-mail field. */
export const NEWSLETTER = new RegExp(
  wordsOf({ nb: ['nyhetsbrev', 'abonner', 'meld deg på'], en: ['newsletter', 'subscribe', 'sign up', 'get posts by email', 'get new posts by email'], de: ['abonnieren'] }),
  'i',
);

// ── Contact ─────────────────────────────────────────────────────────────────────────────────

/** Street words that make "Name 12, 2024 Place" an address though 2024 looks like a year. */
export const STREET_WORDS: ByLanguage = {
  nb: ['gate', 'gata', 'vei', 'veien', 'vegen', 'plass', 'allé', 'alle', 'gaten', 'torget', 'brygge', 'postboks'],
  de: ['straße', 'strasse', 'weg', 'platz', 'gasse', 'postfach'],
};

/** Street types written after the house number: "12 rue de la Paix", "3 bis avenue Foch" (France, Belgium, Luxembourg). */
export const STREET_TYPES: ByLanguage = {
  fr: ['rue', 'avenue', 'av', 'boulevard', 'bd', 'place', 'chemin', 'allée', 'impasse', 'quai', 'route', 'cours', 'passage', 'square'],
};

/** What follows the holder on a copyright line and is not the organisation's name. */
export const CREDITS: ByLanguage = {
  nb: ['alle rettigheter forbeholdt', 'alle rettigheter reservert', 'drevet av', 'levert av'],
  en: ['all rights reserved', 'proudly powered', 'powered by', 'theme by', 'designed by', 'built with'],
  de: ['alle rechte vorbehalten'],
};

// ── Patterns with the languages inside ──────────────────────────────────────────────────────
// Labels, link texts and paths whose words are bound up with their shape (optional dots, a
// number after them, a path around them): each names its languages in its comment.

/** Link text or path of pages that tell who the site is. */
export const PAGE_LINKS = {
  // Text rules read a short link label; path rules only links to the same site.
  contact: {
    // Also "Contact / Disclaimer", "Help and Contact Us", "Kontakta oss" (sv), "Contactez-nous" (fr).
    text: /^(?:\p{L}+ (?:and|und|og|&) )?(?:kontakt\p{L}*|contact\p{L}*|get in touch|kundeservice|customer service)(?:\W+\p{L}+){0,2}$/iu,
    path: /\/(?:kontakt(?:-oss|-meg)?|contact(?:-us|-me)?|kontaktinformasjon|get-in-touch)(?:[/.?#]|$)/i,
  },
  impressum: {
    text: /^(?:impressum|imprint|legal notice)$/i,
    path: /\/(?:impressum|imprint)(?:[/.?#]|$)/i,
  },
  about: {
    // "About the company", "Über die Redaktion", "Om NRK": about + a name of up to three words.
    text: /^(?:(?:om|about|über|ueber|à propos(?: de)?)(?: [\p{L}.&-]+){0,3}|ansatte|our team|who we are|(?:more )?about me)$|^mehr über mich/iu,
    path: /\/(?:om-oss|om-meg|om|about(?:-us|-me)?|ansatte|our-team|team|who-we-are|ueber-[\w-]+|uber-uns)(?:[/.?#]|$)/i,
  },
  privacy: {
    text: /^(?:personvern(?:erklæring)?|personvernerklæring|cookies og personvern|privacy(?: policy| notice| statement)?|datenschutz(?:erklärung)?)$/i,
    path: /\/(?:personvern(?:erklaering)?|privacy(?:-policy|-notice)?|datenschutz(?:erklaerung)?)(?:[/.?#]|$)/i,
  },
} as const;

/**
 * Labels before a phone number: "Tlf", "Telefon", "Phone", "Tel.", French "téléphone". German
 * numbers split the area code with a slash ("Tel. 0 61 23 / 45 67 89", DIN 5008's older form),
 * so "/" may sit among the digits.
 */
export const PHONE_LABEL = /(?:tlf\.?|telefon|mobil|phone|tel\.?|telephone|t[ée]l[ée]phone|call us|ring oss|fon|telefonnummer)\s*:?\s*((?:\+|00)?\d[\d\s()/.-]{6,18}\d)/gi;

/**
 * North American numbers written without a label: "(555) 234-5678", "555-234-5678", "555 234-5678"
 * (news staff contact lines, tip lines). Area code and exchange never start with 0 or 1, which
 * keeps ISBNs, dates and part numbers out.
 */
export const NANP_PHONE = /(?<![\d-])(?:\+?1[ .-])?(?:\([2-9]\d{2}\)[ \u00a0]?|[2-9]\d{2}[ \u00a0.-])[2-9]\d{2}-\d{4}(?![\d-])/g;

/** "Call police at 555-0142", "text us on 07700 900123": a number right after a call verb. */
export const CALL_PHONE = /\b(?:call|phone|text|ring|ruf\w*|ring\w*)\b[^\n.:;]{0,30}?\b(?:at|on|unter|på)\s+((?:\+|00)?\d[\d ()/-]{5,16}\d)(?![\d-])/gi;

/** Labels before an organisation number. */
export const ORG_NUMBER = /(?:org\.?\s*(?:nr|nummer)\.?|organisasjonsnummer|foretaksregisteret|NO)\s*:?\s*(\d{3}\s?\d{3}\s?\d{3})(?:\s*MVA)?/gi;

