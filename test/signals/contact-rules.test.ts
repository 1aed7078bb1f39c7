import { collectSignals } from '@/lib/signals';
import { summarise } from '@/lib/summary';
import { parseHtml } from '../helpers/load-fixture';

// Phone and address rules learned from real pages (npm run bench:accuracy). All markup, names,
// numbers and addresses are invented; numbers use reserved or fictional ranges.

const contactOf = (body: string, head = '', lang = 'en') =>
  collectSignals(parseHtml(`<html lang="${lang}"><head>${head}</head><body>${body}</body></html>`, 'https://firma.example/'), { budgetMs: 60_000 }).contact;
const phones = (body: string, head = '') => contactOf(body, head).phones.map((p) => p.value);
const addresses = (body: string, head = '') => contactOf(body, head).addresses.map((a) => a.value);

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
});
