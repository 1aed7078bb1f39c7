import type { CriterionStrings, DetailStrings } from '../factors/strings';

// A language's catalogue: the interface's words plus every criterion's, keyed as the UI asks
// for them. A criterion's strings come from its file (lib/factors/criteria/<id>.ts), whose name
// is its id: `title` becomes `criterion.<id>`, `tip` `criterion.<id>.tip`, and detail lines keep
// their `detail.*` keys (details.ts holds those several criteria share).

export function catalogue(ui: Readonly<Record<string, string>>, files: Readonly<Record<string, CriterionStrings | DetailStrings>>): Readonly<Record<string, string>> {
  const out: Record<string, string> = { ...ui };
  for (const [path, strings] of Object.entries(files)) {
    const id = /([\w-]+)\.ts$/.exec(path)?.[1];
    for (const [key, text] of Object.entries(strings)) {
      const name = key === 'title' ? `criterion.${id}` : key === 'tip' ? `criterion.${id}.tip` : key;
      if (name in out) throw new Error(`${path}: "${name}" is already in the catalogue`);
      out[name] = text;
    }
  }
  return out;
}
