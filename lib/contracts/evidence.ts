import { text, z } from '../schema-kit';

// What every artifact (page, profile, site) attaches to a finding, so the popup can say where it
// was found and show it on the page.

/** Where a finding came from: a text snippet a person can recognise and a selector to find it again. */
export const Evidence = z.object({
  /** Short excerpt of what was found, plain text (never rendered as HTML). */
  snippet: text(300),
  /** CSS selector of the element, or null when the finding has no element (e.g. the URL). */
  selector: z.nullable(text(1000)),
  /** How it was found: 'json-ld', 'microdata', 'byline', 'meta', 'link', 'text', … */
  source: text(40),
});
export type Evidence = z.infer<typeof Evidence>;

/** One found value with its evidence. */
export const Finding = z.object({ value: text(500), evidence: Evidence });
export type Finding = z.infer<typeof Finding>;
