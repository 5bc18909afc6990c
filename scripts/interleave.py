#!/usr/bin/env python3
# Times several commands in alternation (A B C, A B C, ...) so that a noisy machine's drift hits
# all of them alike; prints the median, minimum and first quartile of each, in milliseconds.
# Usage: scripts/interleave.py ROUNDS "cmd A" "cmd B" ...   (each command runs through the shell)
import statistics, subprocess, sys, time

rounds = int(sys.argv[1])
cmds = sys.argv[2:]
times = [[] for _ in cmds]
for _ in range(rounds):
    for k, c in enumerate(cmds):
        t = time.perf_counter()
        subprocess.run(c, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times[k].append(time.perf_counter() - t)
for k, c in enumerate(cmds):
    ts = sorted(times[k])
    print(f"{statistics.median(ts)*1000:8.1f} med {ts[0]*1000:8.1f} min {ts[len(ts)//4]*1000:8.1f} q1  {c}")
