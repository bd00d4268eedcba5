// Search relevance in a real browser: serves the built site (output/) on 127.0.0.1, types each query of
// public-queries.yml into the search box of /<lang>/ in Chromium, reads the result links and reports
// success@5 and MRR@10 per language. Usage (from the repository root, after a build):
//   npm ci --prefix bench/search-eval && node bench/search-eval/run.mjs [--site output] [--queries file]
//     [--verbose] [--check] [--json file]
// --check exits with 1 when a language is below the targets (success@5 >= 0.9, MRR@10 >= 0.75).
import { createServer } from 'node:http';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import YAML from 'yaml';

const here = path.dirname(fileURLToPath(import.meta.url));
const TARGETS = { success5: 0.9, mrr10: 0.75 };
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.xml': 'application/xml',
  '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8'
};

function options(argv) {
  const opts = { site: 'output', queries: path.join(here, 'public-queries.yml'), verbose: false, check: false, json: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--site') opts.site = argv[++i];
    else if (arg === '--queries') opts.queries = argv[++i];
    else if (arg === '--verbose' || arg === '-v') opts.verbose = true;
    else if (arg === '--check') opts.check = true;
    else if (arg === '--json') opts.json = argv[++i];
    else throw new Error(`Unknown argument ${arg}`);
  }
  return opts;
}

/* A static file server for the built site; folders serve their index.html. */
function serve(root) {
  const server = createServer(async (req, res) => {
    try {
      let file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
      if (!file.startsWith(root)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/* Types the query like a student and returns the result links, best first, as paths below /<lang>/. */
async function search(page, baseUrl, lang, query) {
  await page.goto(`${baseUrl}/${lang}/`);
  const input = page.locator('#search-input');
  await input.click();
  await input.pressSequentially(query, { delay: 20 });
  await page.waitForFunction(() => {
    const form = document.querySelector('form.search');
    return form && form.courseSearch && (form.courseSearch.state === 'ready' || form.courseSearch.state === 'error');
  });
  await page.waitForTimeout(250); // the search box waits 120 ms after the last key
  const hrefs = await page.$$eval('#search-results a', links => links.map(a => a.href));
  const root = `${baseUrl}/${lang}/`;
  return hrefs.map(h => decodeURIComponent(h.startsWith(root) ? h.slice(root.length) : h));
}

function section(resultPath) {
  return resultPath.split(/[/#]/)[0];
}

function evaluate(results, relevant) {
  const rank = results.slice(0, 10).findIndex(r => relevant.includes(section(r))) + 1;
  return { rank, success5: rank > 0 && rank <= 5 ? 1 : 0, rr: rank > 0 ? 1 / rank : 0 };
}

async function main() {
  const opts = options(process.argv.slice(2));
  const site = path.resolve(opts.site);
  const queries = YAML.parse(await readFile(opts.queries, 'utf8'));
  const server = await serve(site);
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const report = {};
  let failed = false;
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const lang of Object.keys(queries)) {
      const rows = [];
      for (const { q, relevant } of queries[lang]) {
        const results = await search(page, baseUrl, lang, q);
        const score = evaluate(results, relevant);
        rows.push({ q, relevant, rank: score.rank, success5: score.success5, rr: score.rr, results: results.slice(0, 10) });
        if (opts.verbose || score.success5 === 0) {
          console.log(`${lang} ${score.rank > 0 ? '#' + score.rank : 'miss'}\t${q}\t→ ${results.slice(0, 5).join('  ') || '(none)'}`);
        }
      }
      const success5 = rows.reduce((s, r) => s + r.success5, 0) / rows.length;
      const mrr10 = rows.reduce((s, r) => s + r.rr, 0) / rows.length;
      report[lang] = { queries: rows.length, success5, mrr10, rows };
      const ok = success5 >= TARGETS.success5 && mrr10 >= TARGETS.mrr10;
      failed ||= !ok;
      console.log(`${lang}: success@5 ${success5.toFixed(3)}  MRR@10 ${mrr10.toFixed(3)}  (${rows.length} queries)${ok ? '' : '  below target'}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (opts.json) await writeFile(opts.json, JSON.stringify(report, null, 2) + '\n');
  if (opts.check && failed) process.exitCode = 1;
}

main().catch(error => {
  console.error(error);
  process.exitCode = 2;
});
