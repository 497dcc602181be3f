#!/usr/bin/env python3
# After a pass adds eval sets: which pairs need a floor in src/test/java/org/catalogchat/eval/EvalTest.java (FLOORS).
"""floors.py EVAL EvalTest.java: the pairs EvalTest would fail on this eval output (below their floor or gate, or
not beating the baseline), with the floor each would need (the measured level, rounded down to 3 places)."""
import re, sys, math
ev, src = sys.argv[1], open(sys.argv[2], encoding='utf-8').read()
floors = {m.group(1): float(m.group(2)) for m in re.finditer(r'Map\.entry\("([^"]+)", ([0-9.]+)\)', src)}
notbeaten = set(re.findall(r'"([a-z0-9]+/[a-z0-9-]+)"', src[src.find('BASELINE_NOT_YET_BEATEN'):]))
cur = None
for l in open(ev, encoding='utf-8'):
    m = re.match(r'^=== (\S+) \((\d+) questions', l)
    if m:
        cur = m.group(1); n = int(m.group(2)); continue
    if cur and l.startswith('all '):
        # the printed percentages are rounded (84.2% for 101/120 = 0.8417): levels come from the exact fractions
        parts = l.split()
        bot = round(n * float(parts[2].rstrip('%')) / 100) / n
        base = round(n * float(parts[3].rstrip('%')) / 100) / n
        blind = cur.endswith('/test') or cur.endswith('-blind')
        gate = floors.get(cur, 0.90)
        need = math.floor(bot * 1000) / 1000
        if bot + 1e-9 < gate:
            print(f"BELOW  {cur:34s} bot {bot:.3f} gate {gate} -> floor {need}")
        elif cur in floors and floors[cur] < 0.90 and bot >= 0.90:
            print(f"CAN-DROP-FLOOR {cur} bot {bot:.3f}")
        elif cur in floors and floors[cur] < 0.90 and need > floors[cur] + 0.002:
            print(f"CAN-RAISE {cur:34s} {floors[cur]} -> {need}")
        if cur not in notbeaten and (bot < base or (bot == base and n >= 10)):
            print(f"BASELINE {cur} bot {bot:.3f} baseline {base:.3f}")
        cur = None
