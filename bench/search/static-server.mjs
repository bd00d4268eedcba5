// A tiny static server for the search benchmark. It serves the built site, mounts extra folders
// (the Pagefind bundle) under URL prefixes, gzips text types the way a static host does, and
// counts every byte it sends so a benchmark can read how much one search downloaded.
import { createServer } from 'node:http';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8', '.wasm': 'application/wasm', '.woff2': 'font/woff2',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

export class Traffic {
  constructor() { this.reset(); }
  reset() { this.bytes = 0; this.rawBytes = 0; this.requests = []; }
  snapshot() { return { bytes: this.bytes, rawBytes: this.rawBytes, requests: this.requests.slice() }; }
}

/**
 * A slow shared link: every response waits rttMs before its first byte, and all bytes in flight
 * share kbitPerS of bandwidth (chunks are queued on one link), as on a phone's mobile connection.
 */
export class Link {
  constructor(rttMs, kbitPerS) { this.rttMs = rttMs; this.bytesPerMs = kbitPerS / 8; this.freeAt = 0; }
  delay(bytes) {
    const now = performance.now();
    this.freeAt = Math.max(now, this.freeAt) + bytes / this.bytesPerMs;
    return this.freeAt - now;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the server; mounts is [[urlPrefix, folder], ...], the longest matching prefix wins. */
export async function serve(mounts, { gzip = true, port = 0, link = null } = {}) {
  const traffic = new Traffic();
  const ordered = [...mounts].sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    const [prefix, folder] = ordered.find(([p]) => pathname.startsWith(p)) ?? [];
    if (!folder) { res.writeHead(404).end(); return; }
    let file = path.join(folder, pathname.slice(prefix.length));
    if (!file.startsWith(folder)) { res.writeHead(403).end(); return; }
    try {
      if ((await fs.stat(file)).isDirectory()) {
        if (!pathname.endsWith('/')) { res.writeHead(301, { Location: pathname + '/' }).end(); return; }
        file = path.join(file, 'index.html');
      }
      const stat = await fs.stat(file);
      const ext = path.extname(file).toLowerCase();
      const compress = gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
      if (compress) headers['Content-Encoding'] = 'gzip'; else headers['Content-Length'] = stat.size;
      if (link) await sleep(link.rttMs);
      res.writeHead(200, headers);
      if (req.method === 'HEAD') { res.end(); return; }
      let sent = 0;
      const body = createReadStream(file);
      const out = compress ? body.pipe(zlib.createGzip({ level: 6 })) : body;
      const count = () => {
        traffic.bytes += sent;
        traffic.rawBytes += stat.size;
        traffic.requests.push({ path: pathname, bytes: sent, rawBytes: stat.size });
      };
      if (!link) {
        out.on('data', (chunk) => { sent += chunk.length; });
        out.on('end', count);
        out.pipe(res);
        return;
      }
      for await (const chunk of out) {
        await sleep(link.delay(chunk.length));
        sent += chunk.length;
        res.write(chunk);
      }
      count();
      res.end();
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, traffic, origin: `http://127.0.0.1:${server.address().port}` };
}

// node static-server.mjs SITE [PORT]: serve a folder by hand (for looking at the site).
if (import.meta.url === `file://${process.argv[1]}`) {
  const site = path.resolve(process.argv[2] ?? '.');
  const { origin } = await serve([['/', site + path.sep]], { port: Number(process.argv[3] ?? 8080) });
  console.log(`serving ${site} at ${origin}/`);
}
