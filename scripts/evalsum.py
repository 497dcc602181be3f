#!/usr/bin/env python3
# Used in each pass of docs/evaluation.md: full eval before (A) and after (B) a change, `java -jar target/catalog-chat.jar eval > B`.
"""evalsum.py A B: compare two full-eval outputs. Per pair: right count and wrong sets; totals for dev/fresh pairs
and blind pairs (test.jsonl, *-blind.jsonl); per question NEW FAIL / fixed on the non-blind pairs (a question in both
lists failed both times with a different answer)."""
import re, sys

HEAD = re.compile(r'^=== (\S+) \((\d+) questions')
def parse(path):
    pairs = {}
    cur = None
    lines = open(path, encoding='utf-8').read().split('\n')
    for i, l in enumerate(lines):
        m = HEAD.match(l)
        if m:
            cur = {'n': int(m.group(2)), 'acc': None, 'wrong': 0, 'fails': {}}
            pairs[m.group(1)] = cur
            continue
        if cur is None:
            continue
        if l.startswith('all ') and cur['acc'] is None:
            cur['acc'] = float(l.split()[2].rstrip('%'))
        elif l.startswith('confident wrong counts or lists:'):
            cur['wrong'] = int(l.split(':')[1])
        elif l.startswith('  [') and '] ' in l:
            q = l.strip()
            q = q[q.index('] ') + 2:]
            key = l.strip()[:l.strip().index(']') + 1].split('→')[0] + ' ' + q
            ans = ''
            for j in range(i + 1, min(i + 4, len(lines))):
                if lines[j].strip().startswith('answer:'):
                    ans = lines[j].strip()[7:].strip()[:160]
                    break
            cur['fails'][key] = ans
    for p in pairs.values():
        p['right'] = round(p['n'] * (p['acc'] or 0) / 100)
    return pairs

def blind(name):
    return name.endswith('/test') or name.endswith('-blind')

a, b = parse(sys.argv[1]), parse(sys.argv[2])
tot = {True: [0, 0, 0, 0, 0], False: [0, 0, 0, 0, 0]}
changed = []
for name in sorted(set(a) | set(b)):
    pa, pb = a.get(name), b.get(name)
    if not pa or not pb:
        print('only in', 'A' if pa else 'B', name)
        continue
    t = tot[blind(name)]
    t[0] += pa['right']; t[1] += pb['right']; t[2] += pa['wrong']; t[3] += pb['wrong']; t[4] += pb['n']
    if pa['right'] != pb['right'] or pa['wrong'] != pb['wrong']:
        changed.append(f"{name:34s} {pa['right']:4d} -> {pb['right']:4d} /{pb['n']:<4d} wrong {pa['wrong']} -> {pb['wrong']}")
print('\n'.join(changed))
for k, label in ((False, 'dev/fresh'), (True, 'blind')):
    t = tot[k]
    print(f"{label:10s} right {t[0]} -> {t[1]} ({t[1]-t[0]:+d}) of {t[4]}; wrong sets {t[2]} -> {t[3]} ({t[3]-t[2]:+d})")
gains = losses = 0
for name in sorted(set(a) & set(b)):
    if blind(name):
        continue
    fa, fb = a[name]['fails'], b[name]['fails']
    for q in fb:
        if q not in fa:
            print(f"NEW FAIL {name}: {q}\n         {fb[q]}")
        elif fa[q] != fb[q] and '--changed' in sys.argv:
            print(f"CHANGED  {name}: {q}\n         {fb[q]}")
    for q in fa:
        if q not in fb:
            print(f"fixed    {name}: {q}")
