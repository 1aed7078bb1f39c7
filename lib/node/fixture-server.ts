/**
 * A static file server on a loopback address, for the end-to-end tests, the benchmarks, the
 * screenshots and `npm start`: fixture pages from a folder plus dynamic routes (a page that
 * never answers, a generated page served from memory). It never listens beyond 127.0.0.0/8.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface FixtureServer {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  port: number;
  /** URL of a fixture file (or route) by name: `url('bare.html')`. */
  url(name: string): string;
  /** Register (or replace) a dynamic route, e.g. one that never answers. Path starts with `/`. */
  route(path: string, handler: RouteHandler): void;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Dynamic routes by exact pathname, checked before static files. */
  routes?: Record<string, RouteHandler>;
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** A loopback address to listen on (127.0.0.0/8), so tests can stand up several "sites". */
  host?: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
};

/** Serve static files from `dir` on a loopback address (never any other host). */
export async function serveFixtures(dir: string, options: ServeOptions = {}): Promise<FixtureServer> {
  const root = resolve(dir);
  const routes = new Map<string, RouteHandler>(Object.entries(options.routes ?? {}));

  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(err));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = routes.get(pathname);
    if (route) return route(req, res);

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let rel: string;
    try {
      rel = decodeURIComponent(pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (rel.endsWith('/')) rel += 'index.html';
    const file = resolve(root, '.' + rel);
    if ((file !== root && !file.startsWith(root + sep)) || !isFile(file)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const host = options.host ?? '127.0.0.1';
  if (!/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) throw new Error(`serveFixtures only listens on loopback addresses, not ${host}`);
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;

  return {
    origin,
    port,
    url: (name) => `${origin}/${name.replace(/^\/+/, '')}`,
    route: (path, handler) => void routes.set(path, handler),
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        // Hanging routes keep sockets open; don't let them block shutdown.
        server.closeAllConnections();
      }),
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
