import { csvText, type CsvValue } from '../csv';
import { FACTOR_KEYS, type FactorKey, type Level } from '../contracts/report';
import type { MessageKey } from '../i18n';
import { mean } from '../util/stats';
import { companyFactors, companyOverall, type Company, type CompanyFactor } from './group';

// The Sites page's comparison of companies (FACTORS.md "A company"): one row per company with
// Tillit's rating per factor across its channels (lib/companies/group.ts), the user's own rating
// beside it, a rank, sorting, the average across companies, and the CSV a spreadsheet opens.

/**
 * The user's own rating of a company for one factor: the mean of the own ratings (1–5) the user
 * gave its channels for that factor, to one decimal. A channel the user did not rate is left out,
 * as a channel Tillit could not rate is left out of Tillit's rating, rather than counted low.
 */
export interface OwnRating {
  key: FactorKey;
  /** The mean, or null when the user rated none of the company's channels for the factor. */
  value: number | null;
  /** The channels the user rated for the factor: the rating rests on them. */
  ratedBy: string[];
}

export interface CompanyRow {
  company: Company;
  overall: { score: number | null; level: Level };
  /** Tillit's rating per factor, in FACTOR_KEYS order. */
  factors: CompanyFactor[];
  /** The user's own rating per factor, in FACTOR_KEYS order. */
  own: OwnRating[];
  /** 1 for the best overall score; equal scores share a rank (1, 2, 2, 4); null without a score. */
  rank: number | null;
}

export function ownRatings(company: Company): OwnRating[] {
  return FACTOR_KEYS.map((key) => {
    const rated = company.channels.flatMap((c) => {
      const value = c.record?.ratings[key];
      return value === undefined ? [] : [{ key: c.channel.key, value }];
    });
    return { key, value: mean(rated.map((r) => r.value), 1), ratedBy: rated.map((r) => r.key) };
  });
}

/** Every company as a row of the comparison, ranked by overall score. */
export function companyRows(companies: readonly Company[]): CompanyRow[] {
  const rows = companies.map((company) => {
    const factors = companyFactors(company);
    return { company, overall: companyOverall(factors), factors, own: ownRatings(company), rank: null as number | null };
  });
  for (const row of rows) {
    const score = row.overall.score;
    if (score !== null) row.rank = 1 + rows.filter((other) => other.overall.score !== null && other.overall.score > score).length;
  }
  return rows;
}

export type SortKey = 'name' | 'overall' | FactorKey;
export const SORT_KEYS: readonly SortKey[] = ['name', 'overall', ...FACTOR_KEYS];
export type SortDirection = 'ascending' | 'descending';
export interface CompanySort {
  key: SortKey;
  direction: SortDirection;
}

/** A column's first direction: names A–Z, scores best first. */
export const firstDirection = (key: SortKey): SortDirection => (key === 'name' ? 'ascending' : 'descending');

/** The sort after a click on a column's header: the same column turns around, another starts at its first direction. */
export function nextSort(current: CompanySort, key: SortKey): CompanySort {
  if (current.key !== key) return { key, direction: firstDirection(key) };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

export function scoreOf(row: CompanyRow, key: Exclude<SortKey, 'name'>): number | null {
  return key === 'overall' ? row.overall.score : (row.factors.find((f) => f.key === key)?.score ?? null);
}

/** Sorted by the column; a company without a score for it goes last either way, ties by name. */
export function sortRows(rows: readonly CompanyRow[], sort: CompanySort): CompanyRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: CompanyRow, b: CompanyRow) => a.company.name.localeCompare(b.company.name) || a.company.id.localeCompare(b.company.id);
  if (sort.key === 'name') return [...rows].sort((a, b) => sign * byName(a, b));
  const key = sort.key;
  return [...rows].sort((a, b) => {
    const [x, y] = [scoreOf(a, key), scoreOf(b, key)];
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || byName(a, b);
  });
}

export interface Averages {
  /** How many companies have a score for the column. */
  overall: { score: number | null; count: number };
  factors: { key: FactorKey; score: number | null; own: number | null }[];
}

/** The mean across companies of each column, over the companies that have a value for it. */
export function averages(rows: readonly CompanyRow[]): Averages {
  const known = <T>(values: readonly (T | null)[]) => values.filter((v): v is T => v !== null);
  const overall = known(rows.map((r) => r.overall.score));
  return {
    overall: { score: mean(overall, 0), count: overall.length },
    factors: FACTOR_KEYS.map((key, i) => ({
      key,
      score: mean(known(rows.map((r) => r.factors[i]!.score)), 0),
      own: mean(known(rows.map((r) => r.own[i]!.value)), 1),
    })),
  };
}

type Words = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The comparison as a CSV file: one header row in the interface's language, then one row per
 * company in the order given. Numbers are plain (a dot before decimals, no thousands separator),
 * so the file reads the same in any language; levels are words.
 */
export function companiesCsv(rows: readonly CompanyRow[], t: Words): string {
  const header: CsvValue[] = [t('companies.rank'), t('companies.company'), t('companies.channels'), t('companies.csv.overall'), t('companies.csv.overallLevel')];
  for (const key of FACTOR_KEYS) {
    const factor = t(`factor.${key}`);
    header.push(t('companies.csv.score', { factor }), t('companies.csv.level', { factor }), t('companies.csv.own', { factor }), t('companies.csv.restsOn', { factor }));
  }
  const body = rows.map((row): CsvValue[] => [
    row.rank,
    row.company.name,
    row.company.channels.map((c) => c.channel.key).join('; '),
    row.overall.score,
    t(`level.${row.overall.level}`),
    ...row.factors.flatMap((f, i) => [f.score, t(`level.${f.level}`), row.own[i]!.value, f.carriedBy.join('; ')]),
  ]);
  return csvText([header, ...body]);
}
