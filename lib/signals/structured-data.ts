import { docAll, query, type Scan } from './scan';

// JSON-LD nodes of the page, flattened (arrays, @graph, nested objects), so gatherers can look
// for Person, Organization, Article and PostalAddress without caring how a CMS nested them.

export type LdNode = Record<string, unknown> & { '@type'?: unknown };
export interface LdEntry {
  node: LdNode;
  script: Element;
}

const MAX_NODES = 400;
const MAX_SCRIPT = 500_000;

const LD_JSON = 'script[type="application/ld+json"]';
query(LD_JSON);

export function readJsonLd(scan: Scan): LdEntry[] {
  const out: LdEntry[] = [];
  for (const script of docAll(scan, LD_JSON)) {
    const raw = script.textContent ?? '';
    if (raw.length > MAX_SCRIPT) continue;
    let data: unknown;
    try {
      // Some CMSs wrap the JSON in an HTML comment, or in XHTML's CDATA markers (Medium,
      // older XHTML templates: "<![CDATA[ {...} ]]>", sometimes behind "//").
      data = JSON.parse(raw.replace(/^\s*(?:<!--|(?:\/\/)?\s*<!\[CDATA\[)|(?:-->|(?:\/\/)?\s*\]\]>)\s*$/g, ''));
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    let guard = 0;
    while (stack.length && out.length < MAX_NODES && guard++ < 5000) {
      const item = stack.pop();
      if (Array.isArray(item)) {
        for (let i = item.length - 1; i >= 0; i--) stack.push(item[i]);
      } else if (item && typeof item === 'object') {
        const node = item as LdNode;
        if ('@type' in node) out.push({ node, script });
        for (const [key, value] of Object.entries(node)) {
          if (key !== '@context' && value && typeof value === 'object') stack.push(value);
        }
      }
    }
  }
  return out;
}

export function ldTypes(node: LdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#]/, ''));
}

export function isType(node: LdNode, ...types: string[]): boolean {
  return ldTypes(node).some((t) => types.includes(t));
}

export function ldString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return ldString(value[0]);
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    return ldString(v['name'] ?? v['@value'] ?? v['url'] ?? v['@id']);
  }
  return null;
}

export function ldList(value: unknown): unknown[] {
  if (value == null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Types whose `author` and `datePublished` describe the page's main content. */
export const ARTICLE_TYPES = ['Article', 'BlogPosting', 'NewsArticle', 'Report', 'TechArticle', 'SocialMediaPosting', 'LiveBlogPosting', 'OpinionNewsArticle', 'AnalysisNewsArticle', 'ReportageNewsArticle', 'ScholarlyArticle', 'WebPage', 'ItemPage', 'AboutPage', 'Posting', 'DiscussionForumPosting', 'Review', 'Blog', 'CreativeWork', 'VideoObject', 'Recipe', 'HowTo'];
export const ORGANISATION_TYPES = ['Organization', 'Corporation', 'LocalBusiness', 'NewsMediaOrganization', 'Store', 'ProfessionalService', 'EducationalOrganization', 'GovernmentOrganization', 'NGO', 'OnlineBusiness', 'Restaurant', 'Dentist', 'LegalService', 'MedicalOrganization', 'HomeAndConstructionBusiness', 'AutomotiveBusiness', 'FinancialService'];
