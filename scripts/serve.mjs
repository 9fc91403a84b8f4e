// Serves dist/ on 127.0.0.1 only, like a plain static host: directory index.html, 404.html for misses,
// correct content types (Pagefind needs application/wasm). Used by `npm run preview` and the browser tests.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Types a static host compresses (Pagefind's index files and WebAssembly are compressed already). */
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.csv']);

/**
 * `compress`: gzip what a static host would, for a client that accepts it. Off for the browser tests,
 * which count bytes themselves; on for Lighthouse (scripts/bench-site.mjs), whose simulated network
 * otherwise sends every page and script uncompressed and reports a slower site than a host would serve.
 */
export function startServer({ root = 'dist', port = 4321, host = '127.0.0.1', compress = false } = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) {
      res.writeHead(400).end('Bad request');
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      path = join(path, 'index.html');
    }
    if (!existsSync(path)) {
      res.writeHead(404, { 'content-type': types['.html'] });
      createReadStream(join(base, '404.html')).pipe(res);
      return;
    }
    const type = types[extname(path)] ?? 'application/octet-stream';
    if (compress && compressible.has(extname(path)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      createReadStream(path).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': type });
    createReadStream(path).pipe(res);
  });
  // Node closes an idle keep-alive connection after 5 s by default. A client that reuses the socket at that
  // moment (Playwright's route.fetch does, between pages of the browser tests) gets ECONNRESET: keep idle
  // sockets open for longer than any pause in a test run, as a static host's front end does.
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 61_000;
  return new Promise((resolvePromise) => server.listen(port, host, () => resolvePromise(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4321);
  await startServer({ port });
  console.log(`Serving dist/ at http://127.0.0.1:${port}/ (Ctrl+C to stop)`);
}
