/** The arithmetic mean, rounded to `decimals` places; null for no values. */
export function mean(values: readonly number[], decimals = 0): number | null {
  if (!values.length) return null;
  const f = 10 ** decimals;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * f) / f;
}

/** The middle value (the mean of the two middle ones for an even count); null for no values. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The Wilson score interval of a proportion `hits / n` (95 % by default, z = 1.96): unlike
 * p ± z·√(p(1−p)/n) it stays inside [0, 1] and is honest for small samples and for p near 0 or 1.
 * [0, 1] when n is 0 (nothing is known).
 */
export function wilson(hits: number, n: number, z = 1.96): [number, number] {
  if (n <= 0) return [0, 1];
  const p = hits / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
