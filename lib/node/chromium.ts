import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

// Node-side only (scripts and tests; nothing the extension bundles): where the browser is, and
// the flags every headless run here needs. Debian's Chromium is the one the project is tested
// on; CHROMIUM_PATH picks another binary.

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags for a quiet, offline-friendly Chromium: no first-run UI, no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function onPath(name: string): string | null {
  const exts = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    for (const ext of exts) {
      if (dir && isExecutable(join(dir, name + ext))) return join(dir, name + ext);
    }
  }
  return null;
}

/** Where macOS keeps the browsers (`npm start` on a Mac). */
const MAC_APPS = ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

export class ChromiumNotFound extends Error {
  constructor(detail: string) {
    super(`${detail} Install Chromium (Debian: apt-get install chromium chromium-l10n) or set CHROMIUM_PATH to a Chromium or Chrome binary.`);
    this.name = 'ChromiumNotFound';
  }
}

/**
 * The browser binary: CHROMIUM_PATH when set (it must be executable), else Debian's Chromium,
 * else a Chromium or Chrome on PATH, else one in macOS's Applications. Throws ChromiumNotFound
 * with what to do.
 */
export function chromiumPath(): string {
  const chosen = process.env['CHROMIUM_PATH'];
  if (chosen) {
    if (!isExecutable(chosen)) throw new ChromiumNotFound(`CHROMIUM_PATH=${chosen} is not an executable file.`);
    return chosen;
  }
  const found = [DEBIAN_CHROMIUM, ...['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'].map(onPath), ...MAC_APPS].find(
    (p): p is string => !!p && isExecutable(p),
  );
  if (!found) throw new ChromiumNotFound('No Chromium or Chrome found.');
  return found;
}
