#!/usr/bin/env node
/*
 * Prints "word<TAB>stem" for every word read from stdin (one per line), using the browser's
 * theme/assets/js/stemmer-kk.js, the twin of the C# KazakhStemmer. Run from anywhere:
 *   printf 'заңдарымыздағы\n' | node bench/hunspell/stem-kk.js
 */
'use strict';
const path = require('path');
const stemmers = require(path.join(__dirname, '..', '..', 'theme', 'assets', 'js', 'stemmer-kk.js')).CourseStemmers;

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const lines = [];
  for (const word of input.split('\n')) {
    if (word !== '') lines.push(word + '\t' + stemmers.kk(word));
  }
  process.stdout.write(lines.length ? lines.join('\n') + '\n' : '');
});
