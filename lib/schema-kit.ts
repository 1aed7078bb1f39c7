import { z } from 'zod/mini';

// Validation for everything that crosses a boundary (content script → popup, storage, imported
// files, fetched feeds). zod's "mini" build: the same checks, a fraction of the popup's bytes.
export { z };

/** A string of at most `max` characters (and at least `min`). */
export const text = (max: number, min = 0) => (min ? z.string().check(z.minLength(min), z.maxLength(max)) : z.string().check(z.maxLength(max)));
/** An array of at most `max` items. */
export const list = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.maxLength(max));
/** A whole number in [min, max]. */
export const int = (min: number, max = Number.MAX_SAFE_INTEGER) => z.int().check(z.gte(min), z.lte(max));
/** A number in [min, max]. */
export const num = (min: number, max = Number.MAX_VALUE) => z.number().check(z.gte(min), z.lte(max));
