// Known-item relevance without a browser: for every page of the built site, phrases of 2-3 words
// taken from its text (a fixed pseudo-random sample) are searched with the site's own search-query.js,
// lunr and stemmers in a node VM, and the page must come back. This measures many queries nobody
// wrote by hand, so a change that helps public-queries.yml at the expense of other searches shows.
// Usage (from the repository root, after a build): node bench/search-eval/known-item.mjs [--site output]
// Prints success@5 and MRR@10 per language, for all pages and for chapter pages only.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const siteArg = process.argv.indexOf('--site');
const site = path.resolve(siteArg > 0 ? process.argv[siteArg + 1] : 'output');
const SCRIPTS = {
  kk: ['assets/js/stemmer-kk.js'],
  ru: ['assets/vendor/lunr.stemmer.support.js', 'assets/vendor/lunr.ru.js']
};

function searcher(lang) {
  const context = vm.createContext({ console });
  context.window = context;
  const files = ['assets/vendor/lunr.min.js', ...SCRIPTS[lang], 'assets/js/fold.js', 'assets/js/search-query.js', `search/${lang}/index.js`];
  for (const file of files) vm.runInContext(readFileSync(path.join(site, file), 'utf8'), context, { filename: file });
  const search = new context.CourseSearch.Searcher(context.CourseSearchData.languages[lang], { lunr: context.lunr, fold: context.CourseFold.fold });
  const stopWords = context.lunr.Pipeline.registeredFunctions['stopWordFilter-' + lang];
  return { search, isStopWord: word => stopWords(word) === undefined };
}

function pages(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) pages(full, out);
    else if (entry.name === 'index.html') out.push(full);
  }
  return out;
}

const text = html => html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]+>/g, ' ')
  .replace(/&[a-z#0-9]+;/g, ' ').replace(/\s+/g, ' ').trim();

function sample(lang, isStopWord) {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const items = [];
  for (const file of pages(path.join(site, lang)).sort()) {
    if (/quiz|glossary/.test(file)) continue;
    const article = readFileSync(file, 'utf8').match(/<article class="content">([\s\S]*?)<\/article>/);
    if (!article) continue;
    const folder = path.relative(path.join(site, lang), path.dirname(file));
    const url = folder ? folder.split(path.sep).join('/') + '/' : '';
    const words = text(article[1]).split(' ').filter(w => /^\p{L}{4,}$/u.test(w) && !isStopWord(w.toLowerCase()));
    for (let i = 0; i < Math.max(2, Math.floor(words.length / 15)); i++) {
      const n = 2 + Math.floor(random() * 2), at = Math.floor(random() * Math.max(1, words.length - n));
      items.push({ q: words.slice(at, at + n).join(' '), url, chapter: url.includes('/') && !/^(summary|sources)\//.test(url) });
    }
  }
  return items;
}

function score(rows) {
  const ranks = rows.map(r => r.rank);
  return `success@5 ${(ranks.filter(r => r > 0 && r <= 5).length / ranks.length).toFixed(3)} MRR@10 ${(ranks.reduce((s, r) => s + (r ? 1 / r : 0), 0) / ranks.length).toFixed(3)}`;
}

for (const lang of Object.keys(SCRIPTS)) {
  const { search, isStopWord } = searcher(lang);
  const rows = sample(lang, isStopWord).map(item => {
    const urls = search.search(item.q, 10).items.map(i => i.url.split('#')[0]);
    return { ...item, rank: urls.indexOf(item.url) + 1 };
  });
  const chapters = rows.filter(r => r.chapter);
  console.log(`${lang}: ${rows.length} queries ${score(rows)} | chapter pages ${chapters.length}: ${score(chapters)}`);
}
