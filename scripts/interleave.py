#!/usr/bin/env python3
# Times several commands in alternation so that a noisy machine's drift hits all of them alike;
# prints the median, minimum and first quartile of each, in milliseconds, and the children's CPU
# time (user + system). The order of each round comes from a Williams design (a balanced Latin
# square; for an odd number of commands, the square and its mirror): every command runs in every
# position and right after every other command equally often over a full cycle of rounds (n
# rounds, or 2n for odd n). That matters on this VM, where a run right after clang is slower
# (memory clang just freed is expensive to touch again; BENCHMARKS.md): a plain rotation
# (A B C, B C A, ...) always puts the same command right after clang.
# Usage: scripts/interleave.py ROUNDS "cmd A" "cmd B" ...
# A command is split into words and run directly, as hyperfine -N does (a shell would add its own
# start-up, ~1 ms, to every run); one with shell syntax (pipes, redirections, ...) runs through sh.
import os, shlex, statistics, subprocess, sys, time

rounds = int(sys.argv[1])
cmds = sys.argv[2:]
n = len(cmds)
def argv(c):
    return c if any(ch in c for ch in "|&;<>()$`*?[]{}~'\"\\") else shlex.split(c)
runs = [argv(c) for c in cmds]

def williams(n):
    """The rows of a Williams design for n treatments."""
    first, lo, hi = [0], 1, n - 1
    while len(first) < n:
        first.append(lo); lo += 1
        if len(first) < n:
            first.append(hi); hi -= 1
    rows = [[(x + r) % n for x in first] for r in range(n)]
    if n % 2 == 1:
        rows += [list(reversed(row)) for row in rows]
    return rows

orders = williams(n)
times = [[] for _ in cmds]
cpus = [[] for _ in cmds]
for r in range(rounds):
    for k in orders[r % len(orders)]:
        t, c0 = time.perf_counter(), os.times()
        subprocess.run(runs[k], shell=isinstance(runs[k], str), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        c1 = os.times()
        times[k].append(time.perf_counter() - t)
        cpus[k].append((c1.children_user - c0.children_user) + (c1.children_system - c0.children_system))
for k, c in enumerate(cmds):
    ts = sorted(times[k])
    print(f"{statistics.median(ts)*1000:8.1f} med {ts[0]*1000:8.1f} min {ts[len(ts)//4]*1000:8.1f} q1"
          f" {statistics.median(cpus[k])*1000:7.1f} cpu  {c}")
