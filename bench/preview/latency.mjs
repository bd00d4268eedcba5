// Save-to-browser latency of `course preview` on the real course.
// Copies input/ to a temporary folder, starts the preview server on it (Release build), opens a
// section page in Debian's Chromium, then N times appends a unique marker paragraph to the page's
// Markdown file and measures the time from just before the write until the reloaded page shows
// the marker (read in the page with performance.timeOrigin + performance.now(): same clock as Date.now()).
// Usage (from the repo root): node bench/preview/latency.mjs [runs=10]
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] || 10);
const port = 5187;
const root = process.cwd();
execFileSync('dotnet', ['build', 'src/Course.Cli', '-c', 'Release', '-v', 'q', '-nologo'], { stdio: 'inherit' });
const work = mkdtempSync(join(tmpdir(), 'course-preview-'));
cpSync(join(root, 'input'), join(work, 'input'), { recursive: true });
const server = spawn('dotnet', ['src/Course.Cli/bin/Release/net10.0/course.dll', 'preview', '--input', join(work, 'input'),
  '--output', join(work, 'output'), '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
let log = '';
server.stdout.on('data', d => { log += d; });
const until = async (predicate, ms = 60000) => {
  const end = Date.now() + ms;
  while (!predicate()) { if (Date.now() > end) throw new Error('timeout:\n' + log); await new Promise(r => setTimeout(r, 50)); }
};
await until(() => log.includes('Previewing at'));
await new Promise(r => setTimeout(r, 4000)); // let the warm-up builds finish, as an author would before the first save
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${port}/kk/offender/portrait/`);
const file = join(work, 'input', 'kk', 'offender', 'portrait.md');
const results = [];
for (let i = 0; i < runs; i++) {
  const marker = `latency-marker-${i}-${Date.now()}`;
  await page.waitForTimeout(1500); // an author saves every few seconds at most; lets the search index catch up
  const reloaded = page.waitForFunction(m => document.body && document.body.textContent.includes(m)
    ? performance.timeOrigin + performance.now() : false, marker, { timeout: 20000, polling: 'raf' });
  const t0 = Date.now();
  appendFileSync(file, `\n\n${marker}\n`);
  const shown = await (await reloaded).jsonValue();
  results.push(shown - t0);
  if (process.env.COURSE_TIMINGS) console.log(`saved at ${t0}, shown at ${shown.toFixed(0)}`);
}
await browser.close();
server.kill();
rmSync(work, { recursive: true, force: true });
results.sort((a, b) => a - b);
const median = results[Math.floor(results.length / 2)];
console.log(`save-to-browser latency over ${runs} saves: median ${median.toFixed(0)} ms, min ${results[0].toFixed(0)} ms, max ${results[results.length - 1].toFixed(0)} ms`);
console.log(`rebuild times reported by the server:\n${log.split('\n').filter(l => l.startsWith('Rebuilt') || (process.env.COURSE_TIMINGS && /seen at|sent at/.test(l))).join('\n')}`);
