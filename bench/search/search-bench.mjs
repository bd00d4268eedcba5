// Runs the public search queries against our search and Pagefind in headless Chromium and reports
// success@5, MRR@10, bytes downloaded until the first results appear and time to first results.
//
//   node search-bench.mjs --site SITE --pagefind BUNDLE [--queries FILE] [--engines ours,pagefind]
//                         [--throttle 4] [--network RTT_MS,KBIT_S] [--json OUT] [--verbose]
//
// Every query runs in a fresh browser context (cold cache) on the language's home page /kk/ or
// /ru/. After the page has loaded and the network is idle, the byte counter of the server is reset
// and the query is started: for ours by typing it into the page's search box, for Pagefind by
// calling its JS API on the same page (search, then the data of the first five results, which is
// what its UI loads before it shows anything). "First results" is the moment the first result
// link is in the DOM (ours) or the five result fragments are loaded (Pagefind).
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, Link } from './static-server.mjs';
import { readQueries } from './queries.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

function parseArgs(argv) {
  const args = { queries: path.join(HERE, '../../../shared/search-eval/public-queries.yml'),
    engines: 'ours,pagefind', throttle: 1, verbose: false, timeout: 10000 };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (key === 'verbose') args.verbose = true;
    else args[key] = argv[++i];
  }
  if (!args.site) throw new Error('--site SITE is required (the built course, e.g. output/)');
  args.site = path.resolve(args.site);
  args.engines = args.engines.split(',');
  args.throttle = Number(args.throttle);
  args.timeout = Number(args.timeout);
  if (args.network) {
    const [rtt, kbit] = args.network.split(',').map(Number);
    if (!(rtt >= 0 && kbit > 0)) throw new Error('--network wants RTT_MS,KBIT_PER_S, e.g. 150,1600');
    args.link = { rtt, kbit };
  }
  return args;
}

/** The chapter slug a result counts for: the first path segment after the language. */
export function slugOf(url, lang) {
  const parts = new URL(url).pathname.split('/').filter(Boolean);
  const at = parts.indexOf(lang);
  return at >= 0 && parts.length > at + 1 ? parts[at + 1].replace(/\.html$/, '') : '';
}

/** Unique pages in rank order (a page's sub-results or heading anchors count once). */
function uniquePages(urls) {
  const seen = new Set();
  return urls.map((u) => { const x = new URL(u); x.hash = ''; x.search = ''; return x.href; })
    .filter((u) => !seen.has(u) && seen.add(u));
}

function score(urls, lang, relevant) {
  const slugs = uniquePages(urls).map((u) => slugOf(u, lang));
  const rank = slugs.slice(0, 10).findIndex((s) => relevant.includes(s)) + 1;
  return { slugs, success5: rank >= 1 && rank <= 5 ? 1 : 0, rr10: rank >= 1 ? 1 / rank : 0 };
}

// In the page: type the query into the search box and wait for the first result link.
async function runOurs(page, q, timeout) {
  return page.evaluate(async ({ q, timeout }) => {
    const form = document.querySelector('form[role=search]');
    const input = form.querySelector('input[type=search]');
    const box = document.getElementById('search-results');
    const none = form.dataset.labelNone ?? '';
    const links = () => [...box.querySelectorAll('a[href]')];
    // No results: the list stays empty and the live region says so (it may lag by a debounce).
    const status = form.querySelector('[role=status]');
    const error = form.dataset.labelError ?? '';
    const said = (label) => label !== '' && status !== null && status.textContent.trim() === label.trim();
    const isNone = () => links().length === 0 && (said(none) || said(error));
    const t0 = performance.now();
    const first = new Promise((resolve) => {
      const check = () => {
        if (links().length > 0 || isNone()) { observer.disconnect(); resolve(performance.now() - t0); }
      };
      const observer = new MutationObserver(check);
      observer.observe(form, { childList: true, subtree: true, attributes: true, characterData: true });
      setTimeout(() => { observer.disconnect(); resolve(null); }, timeout);
    });
    input.focus();
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const ms = await first;
    // Let a list that is still being filled settle before reading the ranking.
    await new Promise((resolve) => {
      let timer = setTimeout(resolve, 300);
      const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(() => { observer.disconnect(); resolve(); }, 300); });
      observer.observe(box, { childList: true, subtree: true });
      setTimeout(() => { observer.disconnect(); resolve(); }, 3000);
    });
    return { ms, urls: links().map((a) => a.href), failed: said(error) };
  }, { q, timeout });
}

// In the page: Pagefind's JS API, timed to the point its UI could show the first five results.
async function runPagefind(page, q) {
  const first = await page.evaluate(async (q) => {
    const t0 = performance.now();
    const pagefind = await import(new URL('/pagefind/pagefind.js', location.href).href);
    const search = await pagefind.search(q);
    const top = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
    window.__benchSearch = search;
    return { ms: performance.now() - t0, urls: top.map((d) => new URL(d.url, location.href).href), total: search.results.length };
  }, q);
  return first;
}

async function pagefindTop10(page) {
  return page.evaluate(async () => {
    const rest = await Promise.all(window.__benchSearch.results.slice(0, 10).map((r) => r.data()));
    return rest.map((d) => new URL(d.url, location.href).href);
  });
}

async function oneQuery(browser, origin, traffic, engine, lang, q, args) {
  // Service workers blocked: the site's worker precaches every page and asset after the first load, which is
  // not what a query makes the browser fetch (and it raced with both engines' queries).
  const context = await browser.newContext({ bypassCSP: engine === 'pagefind', serviceWorkers: 'block' });
  const page = await context.newPage();
  if (args.throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: args.throttle });
  }
  try {
    traffic.reset();
    await page.goto(`${origin}/${lang}/`, { waitUntil: 'networkidle' });
    const pageBytes = traffic.snapshot();
    traffic.reset();
    let result = engine === 'ours' ? await runOurs(page, q, args.timeout) : await runPagefind(page, q);
    const searchBytes = traffic.snapshot();
    if (engine === 'pagefind') result = { ...result, urls: await pagefindTop10(page) };
    return { ...result, pageBytes, searchBytes };
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  if (s.length === 0) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const kb = (b) => (b / 1024).toFixed(1);

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const queries = readQueries(readFileSync(args.queries, 'utf8'));
  const mounts = [['/', args.site + path.sep]];
  if (args.engines.includes('pagefind')) {
    if (!args.pagefind) throw new Error('--pagefind BUNDLE is required for the pagefind engine');
    mounts.push(['/pagefind/', path.resolve(args.pagefind) + path.sep]);
  }
  const { server, traffic, origin } = await serve(mounts, { link: args.link ? new Link(args.link.rtt, args.link.kbit) : null });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const rows = [];
  try {
    for (const engine of args.engines) {
      for (const [lang, list] of Object.entries(queries)) {
        for (const { q, relevant } of list) {
          const r = await oneQuery(browser, origin, traffic, engine, lang, q, args);
          const s = score(r.urls, lang, relevant);
          rows.push({ engine, lang, q, relevant, ms: r.ms, bytes: r.searchBytes.bytes, rawBytes: r.searchBytes.rawBytes,
            requests: r.searchBytes.requests.length, fetched: r.searchBytes.requests, pageBytes: r.pageBytes.bytes, ...s });
          if (r.failed) console.error(`${engine} ${lang} ${JSON.stringify(q)}: the page says the search failed to load`);
          if (args.verbose) {
            console.error(`${engine} ${lang} ${JSON.stringify(q)} -> ${s.success5 ? 'hit ' : 'miss'} rr=${s.rr10.toFixed(2)} `
              + `${r.ms === null ? 'timeout' : r.ms.toFixed(0) + ' ms'} ${kb(r.searchBytes.bytes)} KiB `
              + `[${s.slugs.slice(0, 5).join(' ')}] ${r.searchBytes.requests.map((x) => `${x.path}:${x.bytes}`).join(' ')}`);
          }
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  report(rows, args);
}

function report(rows, args) {
  const groups = [];
  for (const engine of args.engines) {
    for (const lang of [...new Set(rows.map((r) => r.lang)), 'all']) {
      const rs = rows.filter((r) => r.engine === engine && (lang === 'all' || r.lang === lang));
      if (rs.length) groups.push({ engine, lang, rs });
    }
  }
  const network = args.link ? `${args.link.rtt} ms before every response, ${args.link.kbit} kbit/s shared` : 'localhost, no delay';
  console.log(`Network: ${network}; CPU throttling: ${args.throttle}x; every query in a fresh browser context (cold cache); bytes as sent by a gzip-enabled static server`);
  console.log('');
  console.log('| Engine | Lang | Queries | success@5 | MRR@10 | KiB to first results (median, min–max) | KiB if the server does not gzip (median) | requests (median) | ms to first results (median, max) | Page load KiB |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const { engine, lang, rs } of groups) {
    const bytes = rs.map((r) => r.bytes);
    const ms = rs.map((r) => r.ms);
    const timeouts = ms.filter((m) => m === null).length;
    console.log(`| ${engine} | ${lang} | ${rs.length} | ${mean(rs.map((r) => r.success5)).toFixed(2)} | ${mean(rs.map((r) => r.rr10)).toFixed(2)} | `
      + `${kb(median(bytes))} (${kb(Math.min(...bytes))}–${kb(Math.max(...bytes))}) | ${kb(median(rs.map((r) => r.rawBytes)))} | ${median(rs.map((r) => r.requests))} | `
      + `${median(ms)?.toFixed(0) ?? '–'} (${Math.max(...ms.filter((m) => m !== null)).toFixed(0)})${timeouts ? `, ${timeouts} timed out` : ''} | ${kb(median(rs.map((r) => r.pageBytes)))} |`);
  }
  console.log('');
  console.log('| Lang | Query | Relevant | ' + args.engines.map((e) => `${e}: top 5 chapters`).join(' | ') + ' |');
  console.log('|---|---|---|' + args.engines.map(() => '---').join('|') + '|');
  for (const r of rows.filter((x) => x.engine === args.engines[0])) {
    const cells = args.engines.map((e) => {
      const x = rows.find((y) => y.engine === e && y.lang === r.lang && y.q === r.q);
      return `${x.success5 ? '✓' : '✗'} ${x.slugs.slice(0, 5).map((s) => s || 'home').join(', ') || '(none)'}`;
    });
    console.log(`| ${r.lang} | ${r.q} | ${r.relevant.join(', ')} | ${cells.join(' | ')} |`);
  }
  if (args.json) {
    import('node:fs').then((fs) => fs.writeFileSync(args.json, JSON.stringify(rows, null, 1)));
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
