// Phrases per language, kept apart from the logic so that adding a language is a data change.
// Norwegian bokmål (nb) and English (en) are required by the product; German (de) is here because
// many of the real pages we measure against are German.

/** Words that introduce a byline: "Skrevet av Kari", "Posted by Jane", "Von Max". */
export const BYLINE_PREFIXES = [
  // nb
  'skrevet av', 'publisert av', 'postet av', 'innlegg av', 'tekst', 'av',
  // en
  'written by', 'posted by', 'published by', 'authored by', 'by',
  // de
  'geschrieben von', 'verfasst von', 'eingestellt von', 'gepostet von',
  // fr (news sites)
  'par', 'veröffentlicht von', 'autor', 'autorin', 'von',
];

/** Closing greetings that precede a signature. */
export const SIGNOFFS = [
  'med vennlig hilsen', 'vennlig hilsen', 'beste hilsen', 'mvh', 'hilsen', 'hilsener',
  'best regards', 'kind regards', 'warm regards', 'regards', 'cheers', 'best wishes', 'sincerely', 'yours',
  'mit freundlichen grüßen', 'viele grüße', 'liebe grüße', 'beste grüße', 'lg',
];

/** Invitations to give feedback. */
export const INVITATIONS = [
  // nb
  /gi (?:oss|meg) (?:gjerne )?(?:en )?tilbakemelding/i,
  /positiv(?:e)? (?:som|og|eller) negativ/i,
  /alle kan kommentere/i,
  /(?:legg (?:gjerne )?(?:inn|igjen) en kommentar|skriv en kommentar)/i,
  /(?:vi|jeg) (?:vil|ønsker) gjerne (?:høre|vite)/i,
  /(?:del|si) (?:gjerne )?(?:din mening|hva du mener|dine tanker)/i,
  /tilbakemeldinger? (?:er|mottas) velkommen/i,
  // en
  /we(?:'|’)?d love (?:to hear )?(?:your )?(?:feedback|thoughts|comments)/i,
  /(?:leave|post|add) a (?:comment|reply)/i,
  /let (?:us|me) know (?:what you think|in the comments|your thoughts)/i,
  /(?:your )?feedback (?:is )?(?:welcome|appreciated)/i,
  /(?:share|tell us) your (?:thoughts|opinion|feedback)/i,
  /positive (?:or|and|as well as) negative/i,
  // de
  /(?:hinterlasse|schreib(?:t)?) (?:gerne )?(?:einen|mir einen|uns einen) kommentar/i,
  /(?:wir freuen uns|ich freue mich) (?:über|auf) (?:euer|ihr|dein) feedback/i,
];

/** Stated response promises. */
export const PROMISES = [
  /(?:kommentarer|henvendelser|spørsmål|e-?poster?) (?:blir )?besvares (?:daglig|fortløpende|innen [^.\n]{1,20})/i,
  /(?:vi|jeg) (?:svarer|besvarer) (?:på )?(?:alle |henvendelser |kommentarer |spørsmål |e-?post )*(?:innen|i løpet av|samme dag|daglig|raskt|fortløpende)[^.\n]{0,30}/i,
  /svar (?:innen|i løpet av) (?:\d+|én|en|to) (?:timer?|dager?|virkedager?|døgn)/i,
  /we (?:reply|respond|answer)(?: to)?(?: (?:all|every|each|your))?(?: (?:comments?|messages?|emails?|questions?|enquiries|inquiries))? (?:within|in under|the same day|daily|in less than)[^.\n]{0,30}/i,
  /we (?:answer|reply to|respond to) (?:every|each|all) (?:comment|message|question|email)s?/i,
  /(?:response|reply) time:? (?:within|under|less than) [^.\n]{1,20}/i,
  /(?:wir antworten|antworten wir) (?:innerhalb|binnen|in der regel innerhalb)[^.\n]{0,30}/i,
];

/** First-person words: the personal tone FACTORS.md asks for. Matched as whole words, any first-letter case (but "I" only as a capital). */
export const FIRST_PERSON_WORDS = ['jeg', 'meg', 'min', 'mitt', 'mine', 'vi', 'oss', 'vår', 'vårt', 'våre', 'me', 'my', 'we', 'us', 'our', 'ich', 'mich', 'mein', 'meine', 'wir', 'uns', 'unser', 'unsere'];
export const FIRST_PERSON = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:I|${FIRST_PERSON_WORDS.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Headings and notes that say the comment section is closed. */
export const COMMENTS_CLOSED = /(?:comments? (?:are|is) closed|kommentarer(?:feltet)? er (?:stengt|lukket)|kommentering er (?:stengt|slått av)|kommentare sind geschlossen|kommentarfunktion (?:ist )?(?:deaktiviert|geschlossen))/i;

/** "No comments" blocks: an open section with zero comments. */
export const NO_COMMENTS = /^(?:ingen kommentarer|no comments(?: yet)?|keine kommentare|be the first to comment|bli den første til å kommentere)/i;

/**
 * Displayed comment counts: "3 kommentarer", "12 comments", "1 Kommentar", "3 thoughts on", and
 * the count after the word, "Comments (48)", "Kommentare (3)" (forum and fiction-site headings).
 * The number is in group 1 or group 2.
 */
export const COMMENT_COUNT = /(\d{1,6})\s*(?:kommentarer|kommentar|comments?|kommentare|responses?|replies|svar|thoughts? on|antworten)\b|(?:kommentarer|comments|kommentare)\s*\((\d{1,6})\)/i;

/** Phrases in the text around a login requirement. */
// Also: a system that needs an account even to recommend or report a comment (news sites'
// Echo/Janrain threads), "Sign in to Comment" buttons, German "Melde dich an, um einen Kommentar
// abzugeben" (Contao and other CMS comment modules), "Bitte logge dich ein, um zu kommentieren".
export const LOGIN_REQUIRED =
  /(?:you must be (?:logged|signed) in to (?:post|leave|write|recommend|report|reply to) a comment|(?:log|sign) ?in to (?:comment|reply|leave a comment|post a comment|join the (?:discussion|conversation))|du må (?:være )?(?:logget|logge) inn for å (?:kommentere|skrive en kommentar)|logg inn for å (?:kommentere|skrive)|du musst angemeldet sein, um (?:einen )?kommentar|(?:melde dich|melden sie sich) an, um (?:zu kommentieren|einen kommentar)|(?:logge dich|loggen sie sich) ein, um (?:zu kommentieren|einen kommentar))/i;

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

/** Newsletter sign-up phrases near an e-mail field. */
export const NEWSLETTER = /(?:nyhetsbrev|newsletter|subscribe|abonner|meld deg på|sign up|get (?:new )?posts by email|abonnieren)/i;

/** Labels before an organisation number. */
export const ORG_NUMBER = /(?:org\.?\s*(?:nr|nummer)\.?|organisasjonsnummer|foretaksregisteret|NO)\s*:?\s*(\d{3}\s?\d{3}\s?\d{3})(?:\s*MVA)?/gi;

/** Copyright line: "© 2009–2016 Firma AS", "Copyright (c) 2024". */
export const COPYRIGHT = /(?:©|\(c\)|copyright|opphavsrett)\s*(?:©|\(c\))?\s*(\d{4})(?:\s*[-–—]\s*(\d{4}))?(?:[ ,]+([^\n|•·]{2,80}))?/gi;

/** Norwegian, English and German month names, lower-case, January first. */
export const MONTHS: readonly (readonly string[])[] = [
  ['januar', 'january', 'jan', 'jänner'],
  ['februar', 'february', 'feb'],
  ['mars', 'march', 'mar', 'märz', 'maerz', 'mär'],
  ['april', 'apr'],
  ['mai', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nov'],
  ['desember', 'december', 'dezember', 'des', 'dec', 'dez'],
];

/** What follows a commenter's name: "Kari sa…", "Jane says:", "Max schreibt". */
export const COMMENTER_SAYS = /\s*\b(?:sa|said|skrev|hat gesagt|meinte|says|sier|sagt|schreibt|skriver)…?:?\s*$/i;

/** A word for comments, in a section found by loose markup. */
export const COMMENT_WORD = /comment|kommentar|review|bewertung|meinung|respons/i;
