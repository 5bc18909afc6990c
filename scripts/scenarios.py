#!/usr/bin/env python3
# Times `kiln -c` on one input in the three memory states a run can meet on a VM whose host takes
# freed memory back (BENCHMARKS.md, "What actually makes runs slow here"): back to back (6 runs,
# the first untimed), right after `clang -O0 -c` on the same file, and after 3 idle seconds.
# Prints the median, first quartile and minimum wall time of each kiln binary in each state, and
# the children's CPU time. Usage: scripts/scenarios.py ROUNDS FILE.ll KILN [KILN ...]
import os, shlex, statistics, subprocess, sys, time

rounds, src, kilns = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
clang = f"clang -O0 -c {src} -o /tmp/scenarios-clang.o"

def run(cmd):
    # (run directly, without a shell, as interleave.py and hyperfine -N do)
    argv = shlex.split(cmd)
    t, c0 = time.perf_counter(), os.times()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    c1 = os.times()
    return (time.perf_counter() - t,
            (c1.children_user - c0.children_user) + (c1.children_system - c0.children_system))

res = {}
for _ in range(rounds):
    for k in kilns:
        cmd = f"{k} -c {src} -o /tmp/scenarios-kiln.o"
        for i in range(6):
            x = run(cmd)
            if i > 0: res.setdefault((k, "back to back"), []).append(x)
        run(clang); res.setdefault((k, "after clang"), []).append(run(cmd))
        time.sleep(3); res.setdefault((k, "after idle"), []).append(run(cmd))
for (k, state), v in sorted(res.items()):
    w = sorted(x[0] for x in v)
    print(f"{state:13s} n={len(v):3d} med {statistics.median(w)*1000:7.1f} q1 {w[len(w)//4]*1000:7.1f}"
          f" min {w[0]*1000:7.1f} cpu {statistics.median(x[1] for x in v)*1000:6.1f}  {k}")
