// `npm start`: build the extension, serve the demo pages and open them in a Chromium window
// with Tillit loaded. Ctrl+C stops everything.
//
//   CHROMIUM_PATH=/path/to/chrome npm start    use a particular browser binary
//   npm start -- --no-build                    reuse the last build in .output/chrome-mv3
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumPath, ChromiumNotFound } from '../lib/node/chromium';
import { serveFixtures, type FixtureServer, type RouteHandler } from '../lib/node/fixture-server';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
const PROFILE_DIR = join(ROOT, '.output', 'chrome-profile');
const PAGES_DIR = join(ROOT, 'test', 'fixtures', 'pages');
const PREFERRED_PORT = 5173;
const START_PAGE = 'demo-blog.html';

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

// --- 1. build ---------------------------------------------------------------------------------

if (!process.argv.includes('--no-build')) {
  console.log('› Building the extension (wxt build)…');
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const build = spawnSync(npx, ['wxt', 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (build.error) fail(`Could not run wxt build: ${build.error.message}`);
  if (build.status !== 0) fail(`wxt build failed (exit code ${build.status ?? build.signal}).`);
}
if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  fail(`No build in ${EXTENSION_DIR}. Run \`npm start\` without --no-build.`);
}

// --- 2. a display? ----------------------------------------------------------------------------

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail(
    'The extension is built, but there is no display to open a browser window on\n' +
      '  (neither DISPLAY nor WAYLAND_DISPLAY is set — e.g. an SSH session or a container).\n' +
      '  Run `npm start` from a desktop session, or load the build yourself:\n' +
      `  chrome://extensions → Developer mode → Load unpacked → ${EXTENSION_DIR}\n` +
      '  The automated checks need no display: `npm test`.',
  );
}

// --- 3. a browser -----------------------------------------------------------------------------

let browserPath: string;
try {
  browserPath = chromiumPath();
} catch (err) {
  if (err instanceof ChromiumNotFound) fail(err.message);
  throw err;
}
if (/google.chrome/i.test(browserPath)) {
  console.warn(
    '! Google Chrome 137+ ignores --load-extension. If Tillit is missing from the toolbar, load it at\n' +
      `  chrome://extensions → Developer mode → Load unpacked → ${EXTENSION_DIR}, or use Chromium.`,
  );
}

// --- 4. the demo pages ------------------------------------------------------------------------

const routes: Record<string, RouteHandler> = {
  '/': (_req, res) => void res.writeHead(302, { location: `/${START_PAGE}` }).end(),
};
let server: FixtureServer;
try {
  server = await serveFixtures(PAGES_DIR, { port: PREFERRED_PORT, routes });
} catch (err) {
  if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') fail(`Could not start the page server: ${(err as Error).message}`);
  server = await serveFixtures(PAGES_DIR, { routes });
}
const startUrl = server.url(START_PAGE);
console.log(`› Serving ${PAGES_DIR} at ${server.origin}/`);

// --- 5. the browser ---------------------------------------------------------------------------

mkdirSync(PROFILE_DIR, { recursive: true });
const args = [
  `--user-data-dir=${PROFILE_DIR}`,
  `--disable-extensions-except=${EXTENSION_DIR}`,
  `--load-extension=${EXTENSION_DIR}`,
  '--no-first-run',
  '--no-default-browser-check',
  startUrl,
];
// Chromium refuses to start as root unless its sandbox is off (containers, CI boxes).
if (process.getuid?.() === 0) args.unshift('--no-sandbox');

console.log(`› Opening ${startUrl} in ${browserPath}`);
console.log('  Click the Tillit button in the toolbar (pin it from the puzzle-piece menu). Ctrl+C to stop.');
const startedAt = Date.now();
// Chromium logs a lot of harmless noise (D-Bus, GPU…) on stderr: keep the tail, show it only
// if the browser fails.
const browser = spawn(browserPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
let stderrTail = '';
browser.stderr.setEncoding('utf8');
browser.stderr.on('data', (chunk: string) => {
  stderrTail = (stderrTail + chunk).slice(-4000);
});

let stopping = false;
function stop(code = 0): void {
  if (stopping) return;
  stopping = true;
  if (browser.exitCode === null && browser.signalCode === null) browser.kill('SIGTERM');
  void server.close();
  process.exit(code);
}

browser.on('error', (err) => {
  console.error(`✖ Could not start ${browserPath}: ${err.message}`);
  stop(1);
});
browser.on('exit', (code, signal) => {
  if (stopping) return;
  if (code === 0 && Date.now() - startedAt < 3000) {
    // Chromium found a running instance with this profile and handed the URL to it.
    console.log('› The page opened in an already running Chromium window. Ctrl+C to stop the page server.');
    return;
  }
  if (code) {
    console.error(`✖ The browser exited with code ${code}. Its last messages:\n${stderrTail}`);
    stop(1);
    return;
  }
  console.log(`› Browser closed${signal ? ` (${signal})` : ''}.`);
  stop(0);
});

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
