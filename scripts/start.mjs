#!/usr/bin/env node
// `npm start`: build the extension, serve the demo pages and open them in a Chromium window
// with Tillit loaded. Ctrl+C stops everything.
//
//   CHROMIUM_PATH=/path/to/chrome npm start    use a particular browser binary
//   npm start -- --no-build                    reuse the last build in .output/chrome-mv3
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { delimiter, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
const PROFILE_DIR = join(ROOT, '.output', 'chrome-profile');
const PAGES_DIR = join(ROOT, 'test', 'fixtures', 'pages');
const PREFERRED_PORT = 5173;
const START_PAGE = 'demo-blog.html';

function fail(message) {
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

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(name) {
  const exts = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const ext of exts) {
      if (dir && isExecutable(join(dir, name + ext))) return join(dir, name + ext);
    }
  }
  return null;
}

function findBrowser() {
  if (process.env.CHROMIUM_PATH) {
    if (!isExecutable(process.env.CHROMIUM_PATH)) fail(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file.`);
    return process.env.CHROMIUM_PATH;
  }
  const candidates = [
    '/usr/bin/chromium',
    ...['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'].map(onPath),
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ];
  return candidates.find((c) => c && isExecutable(c)) ?? null;
}

const browserPath = findBrowser();
if (!browserPath) {
  fail(
    'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`)\n' +
      '  or point CHROMIUM_PATH at the browser binary.',
  );
}
if (/google.chrome/i.test(browserPath)) {
  console.warn(
    '! Google Chrome 137+ ignores --load-extension. If Tillit is missing from the toolbar, load it at\n' +
      `  chrome://extensions → Developer mode → Load unpacked → ${EXTENSION_DIR}, or use Chromium.`,
  );
}

// --- 4. the demo pages ------------------------------------------------------------------------

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.pdf': 'application/pdf',
};

const server = createServer((req, res) => {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  if (path === '/') {
    res.writeHead(302, { location: `/${START_PAGE}` }).end();
    return;
  }
  const file = resolve(PAGES_DIR, '.' + path);
  let body;
  try {
    if (!file.startsWith(PAGES_DIR + sep)) throw new Error('outside');
    body = readFileSync(file);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  res.end(body);
});

function listen(port) {
  return new Promise((ok, ko) => {
    const onError = (err) => {
      server.off('listening', onListening);
      ko(err);
    };
    const onListening = () => {
      server.off('error', onError);
      ok(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

let port;
try {
  port = await listen(PREFERRED_PORT);
} catch (err) {
  if (err.code !== 'EADDRINUSE') fail(`Could not start the page server: ${err.message}`);
  port = await listen(0);
}
const origin = `http://127.0.0.1:${port}`;
console.log(`› Serving ${PAGES_DIR} at ${origin}/`);

// --- 5. the browser ---------------------------------------------------------------------------

mkdirSync(PROFILE_DIR, { recursive: true });
const args = [
  `--user-data-dir=${PROFILE_DIR}`,
  `--disable-extensions-except=${EXTENSION_DIR}`,
  `--load-extension=${EXTENSION_DIR}`,
  '--no-first-run',
  '--no-default-browser-check',
  `${origin}/${START_PAGE}`,
];
// Chromium refuses to start as root unless its sandbox is off (containers, CI boxes).
if (process.getuid?.() === 0) args.unshift('--no-sandbox');

console.log(`› Opening ${origin}/${START_PAGE} in ${browserPath}`);
console.log('  Click the Tillit button in the toolbar (pin it from the puzzle-piece menu). Ctrl+C to stop.');
const startedAt = Date.now();
// Chromium logs a lot of harmless noise (D-Bus, GPU…) on stderr: keep the tail, show it only
// if the browser fails.
const browser = spawn(browserPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
let stderrTail = '';
browser.stderr.setEncoding('utf8');
browser.stderr.on('data', (chunk) => {
  stderrTail = (stderrTail + chunk).slice(-4000);
});

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  if (browser.exitCode === null && browser.signalCode === null) browser.kill('SIGTERM');
  server.close();
  server.closeAllConnections();
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
