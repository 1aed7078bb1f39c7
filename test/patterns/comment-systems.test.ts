import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COMMENT_SYSTEMS } from '@/lib/patterns/comment-systems';
import { collectSignals } from '@/lib/signals';
import type { CommentSystemId } from '@/lib/patterns/comment-systems';
import { parseHtml } from '../helpers/load-fixture';

// Every comment-system record against its own fixture page (test/fixtures/comment-systems/<id>.html):
// the engine finds that system and no other, and each part the record describes (comments,
// authors, times, the owner's mark, the count) shows up. Adding a record without a fixture, or a
// fixture without a record, fails here.

const DIR = resolve(process.cwd(), 'test/fixtures/comment-systems');
const URL = 'https://garden.example/2026/05/beans/';
const ids = Object.keys(COMMENT_SYSTEMS) as CommentSystemId[];
const sectionsOn = (id: string) =>
  collectSignals(parseHtml(readFileSync(`${DIR}/${id}.html`, 'utf8'), URL), { url: URL, budgetMs: 60_000 }).comments;

describe('comment-system records and their fixture pages', () => {
  it('has one fixture page per record, and no other', () => {
    const pages = readdirSync(DIR).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, ''));
    expect(pages.sort()).toEqual([...ids].sort());
  });

  it.each(ids)('finds %s on its page, and nothing else', (id) => {
    expect(sectionsOn(id).map((s) => s.system)).toEqual([id]);
  });

  it.each(ids.filter((id) => COMMENT_SYSTEMS[id].kind === 'embed'))('takes the %s embed as present, unobservable, with its login policy', (id) => {
    const record = COMMENT_SYSTEMS[id];
    expect(sectionsOn(id)[0]).toMatchObject({ observable: false, count: null, login: record.kind === 'embed' ? record.login : null });
  });

  it.each(ids.filter((id) => COMMENT_SYSTEMS[id].kind === 'reader'))('reads the %s comments: authors, times, replies and the owner mark it describes', (id) => {
    const record = COMMENT_SYSTEMS[id];
    const [section] = sectionsOn(id);
    expect(section).toMatchObject({ observable: true });
    expect(section!.count).toBeGreaterThan(0);
    expect(section!.comments.every((c) => c.author && c.time)).toBe(true);
    if (record.kind === 'reader' && record.owner) expect(section!.comments.some((c) => c.byOwner)).toBe(true);
  });

  it.each(ids.filter((id) => COMMENT_SYSTEMS[id].kind === 'counter'))('takes the %s count as a section whose comments load by script', (id) => {
    expect(sectionsOn(id)[0]).toMatchObject({ observable: false, count: null, displayedCount: expect.any(Number) });
  });
});
