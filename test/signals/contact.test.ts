import { collectSignals } from '@/lib/signals';
import { isValidOrgNumber } from '@/lib/signals/contact';
import { summarise } from '@/lib/summary';
import { parseHtml, signalsOf } from '../helpers/load-fixture';

// The contact gatherer (lib/signals/contact.ts): the fixture company page, then one invented page
// per rule for e-mail, phone, address and contact links, many learned from real pages
// (npm run bench:accuracy). Names, numbers and addresses are invented; numbers use reserved or
// fictional ranges.

const contactOf = (body: string, head = '', lang = 'nb') =>
  collectSignals(parseHtml(`<html lang="${lang}"><head>${head}</head><body>${body}</body></html>`, 'https://firma.example/'), { budgetMs: 60_000 }).contact;
const phones = (body: string, head = '') => contactOf(body, head, 'en').phones.map((p) => p.value);
const addresses = (body: string, head = '') => contactOf(body, head, 'en').addresses.map((a) => a.value);
/** What the popup and the CLI report about contact, for an English page at `url`. */
const contactSummaryOf = (body: string, url = 'https://blog.example/post') =>
  summarise(collectSignals(parseHtml(`<html lang="en"><head></head><body>${body}</body></html>`, url), { url, budgetMs: 60_000 })).contact;
const filler = '<p>The council met on Tuesday to discuss the new harbour plan, which has been debated for a long time by residents and businesses alike.</p>';

describe('contact details on the fixture page and in common markup', () => {
  it('checks Norwegian organisation numbers with mod 11', () => {
    expect(isValidOrgNumber('923 609 016')).toBe(true);
    expect(isValidOrgNumber('923609017')).toBe(false);
    expect(isValidOrgNumber('12345678')).toBe(false);
    // A number whose check digit would be 10 is never valid.
    expect(isValidOrgNumber('000000010')).toBe(false);
  });

  it('finds everything a Norwegian company page shows', () => {
    const c = signalsOf('company.html').contact;
    expect(c.emails.map((e) => e.value)).toContain('post@fjordtre.no');
    expect(c.phones.length).toBeGreaterThan(0);
    expect(c.addresses.some((a) => a.value.includes('8006'))).toBe(true);
    expect(c.orgNumbers.map((o) => o.value)).toEqual(['923609016']);
    expect(c.organisationNames.map((o) => o.value)).toContain('Fjordtre Snekkeri AS');
    expect(new Set(c.pages.map((p) => p.kind))).toEqual(new Set(['about', 'contact', 'privacy']));
    expect(c.contactForms.length).toBe(1);
  });

  it('reads obfuscated e-mail addresses', () => {
    expect(contactOf('<p>Skriv til kari [at] firma.no</p>').emails[0]?.value).toBe('kari@firma.no');
    expect(contactOf('<p>Mail: jane (at) domain (dot) com</p>').emails[0]?.value).toBe('jane@domain.com');
  });

  it('ignores an org.nr that fails the check digit', () => {
    expect(contactOf('<footer>Org.nr. 923 609 017</footer>').orgNumbers).toEqual([]);
    expect(contactOf('<footer>Org.nr. 923 609 016 MVA</footer>').orgNumbers[0]?.value).toBe('923609016');
  });

  it('finds a Norwegian street address and a phone by its label', () => {
    const c = contactOf('<footer><p>Besøk oss i Sem Sælands vei 7, 7491 Trondheim</p><p>Tlf: 73 59 50 00</p></footer>');
    expect(c.addresses[0]?.value).toContain('7491 Trondheim');
    expect(c.phones[0]?.value).toBe('73 59 50 00');
  });

  it('does not take a year for a phone number or a blog post link for a contact page', () => {
    const c = contactOf('<p>Tel: 2016-12-07</p><a href="/2016/12/kontakt-med-kunder.html">Slik holder vi kontakt med kundene</a>');
    expect(c.phones).toEqual([]);
    expect(c.pages).toEqual([]);
  });

  it('tells social profiles from share buttons', () => {
    const c = contactOf('<a href="https://www.facebook.com/firma">Facebook</a><a href="https://www.facebook.com/sharer/sharer.php?u=x">Del</a>');
    expect(c.socialProfiles.map((s) => s.value)).toEqual(['https://www.facebook.com/firma']);
  });

  it('spots chat widgets by their loader script', () => {
    expect(contactOf('<script src="https://widget.intercom.io/widget/abc"></script>').chatWidgets[0]?.value).toBe('Intercom');
  });

  it('does not count the comment form as a contact form', () => {
    expect(signalsOf('wordpress-replies.html').contact.contactForms).toEqual([]);
  });
});

describe('phone numbers', () => {
  it('reads a German number whose area code is split off by a slash (Tel. 0 61 23 / 45 67 89)', () => {
    expect(phones('<footer><p>Lesecafé Lindenblatt<br>Tel. 0 61 23 / 45 67 89<br>Mo–Fr 9–18 Uhr</p></footer>')).toEqual(['0 61 23 / 45 67 89']);
  });

  it('reads the French label "téléphone"', () => {
    expect(phones('<p>Joignez la rédaction par téléphone : 555 234-5678.</p>').length).toBe(1);
  });

  it('reads an sms: link (news tip lines)', () => {
    expect(phones('<footer><h4>Tips</h4><p>SMS: <a href="sms:+4670000111">070 - 000 111</a></p></footer>')).toEqual(['+4670000111']);
  });

  it('reads North American numbers without a label, but not ISBNs, dates or part numbers', () => {
    expect(phones('<p class="contact"><span>Reporter Dana Fox:</span> <span>555-234-5678</span></p>')).toEqual(['555-234-5678']);
    expect(phones('<p>Newsroom (555) 234-5678</p>')).toEqual(['(555) 234-5678']);
    expect(phones('<p>ISBN 978-3-16-148410-0, order no. 123-456-7890, held 2024-05-06, room 105-123-4567.</p>')).toEqual([]);
  });

  it('reads a number right after a call verb ("call police at 555-0142")', () => {
    expect(phones('<p>Anyone with information is asked to call police at 502-0142.</p>')).toEqual(['502-0142']);
    expect(phones('<p>Call us on 2024 to 2026 plans next week.</p>')).toEqual([]);
  });

  it('reads schema.org telephone microdata', () => {
    const body = '<div itemscope itemtype="https://schema.org/LocalBusiness"><span itemprop="name">Bakeriet</span><span itemprop="telephone">+47 22 00 00 00</span></div>';
    expect(phones(body)).toContain('+47 22 00 00 00');
  });

  it('counts a phone that only JSON-LD states as not shown to the reader', () => {
    const head = '<script type="application/ld+json">{"@type":"Organization","name":"Fjell AS","telephone":"+47 22 00 00 00"}</script>';
    const signals = collectSignals(parseHtml(`<html><head>${head}</head><body><p>Hei.</p></body></html>`, 'https://firma.example/'), { budgetMs: 60_000 });
    expect(signals.contact.phones.length).toBe(1);
    expect(summarise(signals).contact.phone).toBe(false);
  });
});

describe('postal addresses', () => {
  it('reads a Dutch postcode with letters and a bracketed note after the house number', () => {
    expect(addresses('<footer><h4>Contact</h4><p>Tulpfabriek<br>Kade 12 (unit 4)<br>1234 AB Utrecht<br>Nederland</p></footer>')[0]).toContain('1234 AB Utrecht');
  });

  it('reads a Canadian address with an abbreviated street type and postcode', () => {
    expect(addresses('<footer><p>40 Maple St West, Toronto, ON, M5V2T6, www.example.com</p></footer>')[0]).toContain('M5V2T6');
  });

  it('reads a US address with "Ave" and a ZIP code', () => {
    expect(addresses('<footer><p>Acme Widgets, 12 Elm Ave, Springfield, IL 62701</p></footer>')[0]).toContain('IL 62701');
  });

  it('reads a UK postcode after ", Town", across line breaks, but not a bare code', () => {
    expect(addresses('<footer><p>Example Media Ltd, Harbour House, The Quay,<br>Exeter<br>EX1 1AA. All rights reserved.</p></footer>')[0]).toContain('Exeter EX1 1AA');
    expect(addresses('<p>Model GT1 2AB is in stock.</p>')).toEqual([]);
  });

  it('reads microdata itemprop=address without an itemtype', () => {
    expect(addresses('<div itemprop="address">Storgata 1, 0155 Oslo</div>').length).toBe(1);
  });

  it('counts an address that only JSON-LD states as not shown to the reader', () => {
    const head = '<script type="application/ld+json">{"@type":"Organization","name":"Fjell AS","address":{"@type":"PostalAddress","streetAddress":"Fjellveien 3","postalCode":"5000","addressLocality":"Bergen"}}</script>';
    const signals = collectSignals(parseHtml(`<html><head>${head}</head><body><p>Hei.</p></body></html>`, 'https://firma.example/'), { budgetMs: 60_000 });
    expect(signals.contact.addresses.length).toBe(1);
    expect(summarise(signals).contact.address).toBe(false);
  });

  it('does not read a long number before a capitalised word ("Bug 1677710 The …") as street and postcode', () => {
    expect(contactOf('<article><ul><li><a href="/b">Bug 1677710</a> The crash on start is fixed</li></ul></article>', '', 'en').addresses).toEqual([]);
  });
});

describe('contact and about links', () => {
  it('reads contact labels in several languages and on sister hosts', () => {
    for (const label of ['Contact / Disclaimer', 'Help and Contact Us', 'Kontakta oss', 'Contactez-nous']) {
      expect(contactSummaryOf(`<footer><a href="https://help.other.example/x">${label}</a></footer>`).contactPageLink, label).toBe(true);
    }
    expect(contactSummaryOf('<footer><a href="/impressum">Impressum</a></footer>').contactPageLink).toBe(false);
    expect(contactSummaryOf('<p><a href="/2016/12/kontakt-med-kunder.html">Slik holder vi kontakt med kundene</a></p>').contactPageLink).toBe(false);
  });

  it('counts a contact path on the same blog under another country domain (Blogger .de / .com)', () => {
    expect(contactSummaryOf('<footer><a href="https://lena.blogspot.de/p/kontakt.html">Schreib mir</a></footer>', 'https://lena.blogspot.com/2026/11/post.html').contactPageLink).toBe(true);
  });

  it('reads "About the company", "Om NRK"-style and "Über …" links outside the article, not prose links in it', () => {
    for (const label of ['About the company', 'Om Avisa', 'Über das Blog', 'About us']) {
      expect(contactSummaryOf(`<article>${filler}${filler}</article><footer><a href="https://corp.example/x">${label}</a></footer>`).aboutPageLink, label).toBe(true);
    }
    expect(contactSummaryOf(`<article>${filler}<p>Read <a href="https://study.example/">about the study</a> here. ${filler}</p></article>`).aboutPageLink).toBe(false);
  });
});
