import { CHAT_WIDGETS, CONTACT_FORM } from '../patterns/channels';
import { COMMENT_AREA } from '../patterns/comment-systems';
import { CALL_PHONE, CREDITS, NANP_PHONE, ORG_NUMBER, PHONE_LABEL, STREET_TYPES, STREET_WORDS, listOf, wordsOf } from '../patterns/phrases';
import type { GatherContext } from './context';
import type { Copyright } from './dates';
import { $$, $1, digitLines, FORMS, matchText, outsideComments as notInComments, SCRIPTS } from './context';
import { clip, evidenceOf, spacedText } from './dom';
import { registeredAs } from './scan';
import type { Contact, Finding } from '../contracts/page';
import { isType, ldList, ldString, ORGANISATION_TYPES } from './structured-data';
import { isValidOrgNumber } from '../util/org-number';

// How to reach the people behind the page: e-mail, phone, address, who the organisation is.

/** The MOD11 check lives in lib/util (the register lookup refuses invalid numbers too). */
export { isValidOrgNumber };

const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}\b/g;
// "navn [at] firma.no", "name (at) domain (dot) com", "post [alfakrøll] firma [punktum] no".
const OBFUSCATED_EMAIL =
  /([A-Za-z0-9._%+-]{1,64})\s*(?:\[\s*(?:at|alfakrøll|krøllalfa)\s*\]|\(\s*(?:at|alfakrøll|krøllalfa)\s*\)|\{\s*at\s*\})\s*([A-Za-z0-9-]{1,63}(?:\s*(?:\.|\[\s*(?:dot|punktum)\s*\]|\(\s*(?:dot|punktum)\s*\))\s*[A-Za-z0-9-]{1,63})+)/gi;
const NO_PHONE = /(?:\+47|0047)[\s.-]?\d{2}[\s.-]?\d{2}[\s.-]?\d{2}[\s.-]?\d{2}\b|(?:\+47|0047)[\s.-]?\d{3}[\s.-]?\d{2}[\s.-]?\d{3}\b/g;
// Street and number, then postcode and town, as most of Europe writes it: Norwegian "Storgata 12,
// 0155 Oslo", German "Hauptstraße 5 · 10115 Berlin", Swiss "Bahnhofstrasse 1, CH-8001 Zürich",
// Spanish "C/ Mayor, 5, 28013 Madrid", Swedish "Storgatan 1, 111 22 Stockholm", Polish "00-950",
// Dutch "Kade 12, 1234 AB Utrecht" (two letters after the digits), "Postboks 123, 0102 Oslo".
// A house-number range ("12-14") or a short note in brackets ("Torget 3 (2. etg.)") may follow
// the number; a comma, a middle dot or a bar may part street and postcode, and a footer may put
// street, postcode and town on lines (or elements) of their own.
const STREET_ADDRESS =
  /(?:\b[\p{Lu}][\p{L}.'/-]*(?:[ -][\p{L}.'-]+){0,3},?[ \t]+\d{1,4}(?!\d)(?:[-–/]\d{1,4})?[ \t]?[A-Za-z]?(?:[ \t]*\([^)\n]{1,16}\))?|\bPostboks[ \t]+\d{1,5}|\bPostfach[ \t]+\d{1,6}|\bP\.?O\.? Box[ \t]+\d{1,6})[ \t]*([,·•|–]?)[ \t]*(?:\n[ \t]*){0,2}(?:[A-Z]{1,2}-)?(\d{4,5}|\d{3} \d{2}|\d{2}-\d{3})(?:[ \t]?[A-Z]{2}(?=[ \t]))?(?:[ \t]+|[ \t]*\n[ \t]*)[\p{Lu}][\p{L}-]+/gu;
// Number first, then a street word, as French, Belgian and Luxembourg addresses (and some Spanish
// and English ones) write it: "12 rue de la Paix, 75002 Paris", "3 bis, avenue Foch – F-69006 Lyon".
const NUMBER_FIRST = new RegExp(
  `\\b\\d{1,4}(?:[ \\t]?(?:bis|ter|[A-Za-z]))?,?[ \\t]+(?:${listOf(STREET_TYPES).map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})\\.?[ \\t]+(?:(?:de|du|des|la|le|d'|l')[ \\t']*){0,2}[\\p{Lu}][^\\n\\d]{0,40}?[ \\t]*(?:[,·•|–][ \\t]*)?(?:\\n[ \\t]*){0,2}(?:[A-Z]{1,2}-)?\\d{4,5}[ \\t]+[\\p{Lu}][\\p{L}-]+`,
  'gu',
);
// North American and British addresses end in a code that names the area: found by that code,
// then read back to the street before it. US/Canada "12 Elm St, Springfield, IL 62701", "40 Maple
// Ave East, Toronto, ON, M5V 2T6"; UK "10 Downing St, London SW1A 2AA" (street and town apart by
// commas or lines).
const US_CODE = /\b[A-Z]{2},?[ \t]+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)\b/g;
const US_LEAD = /\b\d{1,5}[ \t]+[\p{Lu}\d][^\n]{2,60}?(?:,[ \t]*|[ \t]*\n[ \t]*)(?:[^\n,]{2,30},[ \t]*)?[\p{Lu}][\p{L}. ]{1,30},[ \t]*$/u;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}\b/g;
const UK_LEAD = /[^\n,]{2,60},[ \t]*(?:\n[ \t]*){0,2}[\p{Lu}][\p{L}'-]+(?:[ \t]+[\p{Lu}][\p{L}'-]+)?[ \t]*,?[ \t]*(?:\n[ \t]*){0,2}$|\b\d{1,4}[A-Z]?[ \t]+[\p{Lu}][^\n,]{2,40}\n[ \t]*[\p{Lu}][\p{L}'-]+[ \t]*\n[ \t]*$/u;
const STREET = new RegExp(`\\b(?:${wordsOf(STREET_WORDS)})\\b`, 'i');
const AFTER_HOLDER = new RegExp(`\\b(?:${wordsOf(CREDITS)})\\b.*$`, 'i');
const SKIP_EMAIL = /\.(?:png|jpe?g|gif|webp|svg|css|js)$|@(?:2x|3x)\b|example\.(?:com|org)|sentry|wixpress/i;

const MAILTO = registeredAs('a[href^="mailto:" i]');
const TEL = registeredAs('a[href^="tel:" i], a[href^="sms:" i]');
const PHONE_MARKUP = registeredAs('[itemprop="telephone"], .h-card .p-tel, .vcard .tel');
const ADDRESS_MARKUP = registeredAs('address, [itemtype*="PostalAddress"], [itemprop="address"], .p-adr, .h-card .adr, .vcard .adr');
registeredAs(CONTACT_FORM);
for (const widget of CHAT_WIDGETS) widget.dom.forEach(registeredAs);

function pushUnique(list: Finding[], seen: Set<string>, value: string, evidence: Finding['evidence'], max: number): void {
  const key = value.toLowerCase().replace(/\s+/g, '');
  if (seen.has(key) || list.length >= max) return;
  seen.add(key);
  list.push({ value: clip(value, 200), evidence });
}

export function gatherContact(ctx: GatherContext, copyright: Copyright | null): Omit<Contact, 'pages' | 'socialProfiles'> {
  const emails: Finding[] = [];
  const phones: Finding[] = [];
  const addresses: Finding[] = [];
  const organisationNames: Finding[] = [];
  const orgNumbers: Finding[] = [];
  const seen = { email: new Set<string>(), phone: new Set<string>(), address: new Set<string>(), org: new Set<string>(), orgNo: new Set<string>() };
  const outsideComments = (el: Element | null) => !el?.closest(COMMENT_AREA);

  for (const a of $$(ctx, MAILTO)) {
    const value = decodeURIComponent((a.getAttribute('href') ?? '').slice(7).split('?')[0] ?? '').trim();
    if (value.includes('@') && !SKIP_EMAIL.test(value)) pushUnique(emails, seen.email, value, evidenceOf(a, 'mailto', value), 50);
  }
  // tel: links, and sms: links (news tip lines: "SMS/MMS: 0700 - 123 456").
  for (const a of $$(ctx, TEL)) {
    const value = (a.getAttribute('href') ?? '').slice(4).split('?')[0]!.trim();
    if (value.replace(/\D/g, '').length >= 5) pushUnique(phones, seen.phone, value, evidenceOf(a, 'tel'), 50);
  }
  // Each pattern holds a digit or an e-mail mark: it reads only the lines that have one, and,
  // where a match in the comments is dropped anyway, not the comments' lines.
  const all = digitLines(ctx);
  const lines = notInComments(ctx, all);
  for (const { match, element } of matchText(ctx, EMAIL, lines)) {
    if (outsideComments(element) && !SKIP_EMAIL.test(match[0])) pushUnique(emails, seen.email, match[0], evidenceOf(element, 'text', match[0]), 50);
  }
  for (const { match, element } of matchText(ctx, OBFUSCATED_EMAIL, lines)) {
    const domain = match[2]!.replace(/\s*(?:\[\s*(?:dot|punktum)\s*\]|\(\s*(?:dot|punktum)\s*\))\s*/gi, '.').replace(/\s+/g, '');
    if (outsideComments(element)) pushUnique(emails, seen.email, `${match[1]}@${domain}`, evidenceOf(element, 'text:obfuscated', match[0]), 50);
  }
  for (const { match, element } of matchText(ctx, PHONE_LABEL, lines)) {
    const digits = match[1]!.replace(/\D/g, '');
    if (digits.length >= 8 && digits.length <= 15 && outsideComments(element) && !/^(?:19|20)\d{2}/.test(match[1]!.trim()))
      pushUnique(phones, seen.phone, match[1]!.trim(), evidenceOf(element, 'text', match[0]), 50);
  }
  for (const { match, element } of matchText(ctx, NO_PHONE, lines)) {
    if (outsideComments(element)) pushUnique(phones, seen.phone, match[0], evidenceOf(element, 'text', match[0]), 50);
  }
  for (const { match, element } of matchText(ctx, NANP_PHONE, lines, 20)) {
    if (outsideComments(element)) pushUnique(phones, seen.phone, match[0], evidenceOf(element, 'text', match[0]), 50);
  }
  for (const { match, element } of matchText(ctx, CALL_PHONE, lines, 20)) {
    const digits = match[1]!.replace(/\D/g, '');
    if (digits.length >= 7 && digits.length <= 15 && outsideComments(element) && !/^(?:19|20)\d{2}\b/.test(match[1]!))
      pushUnique(phones, seen.phone, match[1]!, evidenceOf(element, 'text', match[0]), 50);
  }

  // Structured data: Organization, LocalBusiness, Person with contact points.
  for (const { node, script } of ctx.ld) {
    const isOrg = isType(node, ...ORGANISATION_TYPES);
    const holders = [node, ...ldList(node['contactPoint'])].filter((x): x is Record<string, unknown> => !!x && typeof x === 'object');
    for (const holder of holders) {
      const email = ldString(holder['email']);
      if (email && email.includes('@')) pushUnique(emails, seen.email, email.replace(/^mailto:/i, ''), evidenceOf(script, 'json-ld', email), 50);
      const tel = ldString(holder['telephone']);
      if (tel && tel.replace(/\D/g, '').length >= 5) pushUnique(phones, seen.phone, tel, evidenceOf(script, 'json-ld', tel), 50);
    }
    for (const address of ldList(node['address'])) {
      const text =
        typeof address === 'string'
          ? address
          : address && typeof address === 'object'
            ? ['streetAddress', 'postalCode', 'addressLocality', 'addressCountry']
                .map((k) => ldString((address as Record<string, unknown>)[k]))
                .filter(Boolean)
                .join(', ')
            : '';
      if (/\d/.test(text) && /\p{L}{3}/u.test(text)) pushUnique(addresses, seen.address, text, evidenceOf(script, 'json-ld', text), 20);
    }
    if (isOrg) {
      const name = ldString(node['legalName']) ?? ldString(node['name']);
      if (name) pushUnique(organisationNames, seen.org, name, evidenceOf(script, 'json-ld', name), 20);
      for (const key of ['taxID', 'vatID', 'identifier', 'leiCode']) {
        const id = ldString(node[key]);
        if (id && isValidOrgNumber(id)) pushUnique(orgNumbers, seen.orgNo, id.replace(/\D/g, ''), evidenceOf(script, 'json-ld', id), 20);
      }
    }
  }

  // Phone markup: schema.org microdata (LocalBusiness themes), h-card p-tel, hCard .tel.
  for (const el of $$(ctx, PHONE_MARKUP)) {
    const value = (el.getAttribute('content') ?? spacedText(el, 60)).trim();
    if (outsideComments(el) && /^[+(\d][\d\s()/.-]{5,22}$/.test(value) && value.replace(/\D/g, '').length >= 6)
      pushUnique(phones, seen.phone, value, evidenceOf(el, 'markup', value), 50);
  }

  // Address markup: <address>, microdata PostalAddress (also as a bare itemprop), h-card/vCard adr.
  for (const el of $$(ctx, ADDRESS_MARKUP)) {
    const text = spacedText(el, 200);
    if (outsideComments(el) && /\d/.test(text) && /\p{L}{3}/u.test(text) && !el.closest('.post-author, .byline'))
      pushUnique(addresses, seen.address, text, evidenceOf(el, 'markup', text), 20);
  }
  for (const pattern of [STREET_ADDRESS, NUMBER_FIRST]) {
    for (const { match, element } of matchText(ctx, pattern, lines, 20)) {
      if (!outsideComments(element)) continue;
      const value = match[0].replace(/\s+/g, ' ');
      // Skip things like "Windows 11, 2024 Edition": a postcode must not be a year right after a
      // version number; nor "Level 3 | 1200 Points": a dot or a bar parts street and postcode
      // only with a street word, a country prefix or a five-digit code to show it.
      const [, sep, code] = match;
      if (!STREET.test(value) && (/^(?:19|20)\d{2}$/.test(code ?? '') || (sep && sep !== ',' && !/^\d{5}$/.test(code!) && !/[A-Z]-\d/.test(value)))) continue;
      pushUnique(addresses, seen.address, value, evidenceOf(element, 'text', value), 20);
    }
  }
  for (const [code, lead] of [[US_CODE, US_LEAD], [UK_POSTCODE, UK_LEAD]] as const) {
    for (const { match, element, at } of matchText(ctx, code, lines, 20)) {
      const before = lead.exec(ctx.text.text.slice(Math.max(0, at - 120), at));
      if (!before || !outsideComments(element)) continue;
      const value = `${before[0]}${match[0]}`.replace(/\s+/g, ' ').trim();
      pushUnique(addresses, seen.address, value, evidenceOf(element, 'text', value), 20);
    }
  }

  for (const { match, element } of matchText(ctx, ORG_NUMBER, all, 20)) {
    const digits = match[1]!.replace(/\D/g, '');
    if (isValidOrgNumber(digits)) pushUnique(orgNumbers, seen.orgNo, digits, evidenceOf(element, 'text', match[0]), 20);
  }

  // The copyright holder names the organisation too: "© 2026 Fjordtre Snekkeri AS".
  const holder = (copyright?.holder ?? '')
    .replace(AFTER_HOLDER, '')
    .replace(/[.,\s]+$/, '')
    .trim();
  if (copyright && holder.length >= 2 && /\p{L}{2}/u.test(holder) && holder.split(' ').length <= 8)
    pushUnique(organisationNames, seen.org, holder, copyright.evidence, 20);

  const chatWidgets: Finding[] = [];
  const scripts = $$(ctx, SCRIPTS).map((s) => ({ el: s, src: s.getAttribute('src') ?? '' }));
  for (const widget of CHAT_WIDGETS) {
    const script = scripts.find((s) => widget.script.some((p) => s.src.includes(p)));
    const dom = script ? null : widget.dom.map((d) => $1(ctx, d)).find(Boolean);
    const el = script?.el ?? dom;
    if (el) chatWidgets.push({ value: widget.name, evidence: evidenceOf(el, 'chat', widget.name) });
  }

  const contactForms: Finding[] = [];
  const forms = new Set([...$$(ctx, CONTACT_FORM), ...$$(ctx, FORMS)]);
  for (const form of forms) {
    if (contactForms.length >= 10) break;
    if (form.matches('#commentform, .comment-form, [action*="comment"], [role="search"], [action*="search"], [action*="login"]')) continue;
    const explicit = form.matches(CONTACT_FORM);
    const hasMessage = !!form.querySelector('textarea');
    const hasReply = !!form.querySelector('input[type="email"], input[name*="mail" i], input[type="tel"]');
    if (explicit || (hasMessage && hasReply)) contactForms.push({ value: 'form', evidence: evidenceOf(form, 'form', form.getAttribute('action') ?? 'form') });
  }

  return { emails, phones, addresses, organisationNames, orgNumbers, chatWidgets, contactForms };
}
