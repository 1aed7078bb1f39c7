import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// The dependency rules of lib/ (README "How it works"): contracts and helpers at the bottom,
// data (patterns) and scoring (factors) beside the gatherers, never on them; nothing in a cycle.
// Type-only imports count: a cycle of types is still two modules that cannot change alone.

const ROOT = resolve(process.cwd());
const SOURCE = /\.(?:ts|tsx)$/;

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? files(path) : SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = spec.slice(2);
  else if (spec.startsWith('.')) base = relative(ROOT, resolve(ROOT, dirname(from), spec));
  else return null; // a package
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    try {
      if (statSync(join(ROOT, candidate)).isFile()) return candidate;
    } catch {
      /* try the next */
    }
  }
  throw new Error(`${from}: cannot resolve ${spec}`);
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/g;

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => resolveImport(file, m[1]!)).filter((p): p is string => p !== null);
}

const graph = new Map<string, string[]>();
for (const dir of ['lib', 'entrypoints', 'components']) for (const file of files(dir)) graph.set(file, importsOf(file));

/** lib/signals/author.ts → signals; lib/site.ts → site. */
const moduleOf = (file: string) => file.split('/')[1]!.replace(SOURCE, '');
const libFiles = [...graph.keys()].filter((f) => f.startsWith('lib/'));

/** Strongly connected components with more than one member (Tarjan). */
function cycles(nodes: string[], edges: (n: string) => string[]): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges(v)) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) === order.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || edges(v).includes(v)) found.push(component.sort());
    }
  };
  for (const n of nodes) if (!order.has(n)) visit(n);
  return found;
}

describe('lib/ dependency rules', () => {
  it('no file under lib/ is part of an import cycle', () => {
    expect(cycles(libFiles, (f) => (graph.get(f) ?? []).filter((g) => g.startsWith('lib/')))).toEqual([]);
  });

  it('no two modules of lib/ depend on each other, directly or round about', () => {
    const modules = [...new Set(libFiles.map(moduleOf))];
    const edges = (m: string) => [...new Set(libFiles.filter((f) => moduleOf(f) === m).flatMap((f) => graph.get(f)!).filter((g) => g.startsWith('lib/')).map(moduleOf))].filter((n) => n !== m);
    expect(cycles(modules, edges)).toEqual([]);
  });

  const FORBIDDEN: Array<[string, string[]]> = [
    // The contracts and the helpers are what everything else stands on.
    ['contracts', ['signals', 'site-scan', 'factors', 'patterns', 'notes', 'i18n', 'node']],
    ['util', ['contracts', 'signals', 'site-scan', 'factors', 'patterns', 'notes', 'i18n', 'node']],
    // Scoring reads the artifacts, never the code that gathers them.
    ['factors', ['signals', 'site-scan', 'notes', 'node']],
    // Pattern data is data: it knows the contracts, nothing that runs it.
    ['patterns', ['signals', 'site-scan', 'factors', 'notes', 'node']],
  ];
  it.each(FORBIDDEN)('lib/%s imports none of %j', (module, forbidden) => {
    const offending = libFiles
      .filter((f) => moduleOf(f) === module)
      .flatMap((f) => graph.get(f)!.filter((g) => g.startsWith('lib/') && forbidden.includes(moduleOf(g))).map((g) => `${f} → ${g}`));
    expect(offending).toEqual([]);
  });

  it('the extension never imports the Node-side code in lib/node', () => {
    const offending = [...graph.entries()].filter(([f]) => !f.startsWith('lib/node/')).flatMap(([f, deps]) => deps.filter((g) => g.startsWith('lib/node/')).map((g) => `${f} → ${g}`));
    expect(offending).toEqual([]);
  });
});

describe('scripts and tests', () => {
  // What both need (the Chromium lookup, the fixture server, the extension launcher, generated
  // pages) lives in lib/node/, so neither depends on the other's layout.
  const importsBetween = (from: string, to: string) =>
    files(from).flatMap((f) => importsOf(f).filter((g) => g.startsWith(`${to}/`)).map((g) => `${f} → ${g}`));

  it('scripts/ imports nothing from test/', () => expect(importsBetween('scripts', 'test')).toEqual([]));
  it('test/ imports nothing from scripts/', () => expect(importsBetween('test', 'scripts')).toEqual([]));
});
