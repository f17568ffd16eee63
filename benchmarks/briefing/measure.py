#!/usr/bin/env python3
"""Whole-process timing for scripts/bench-briefing: runs each command N times
(after one warm-up run) and prints, per command, the median wall time and the
median CPU time (user + sys of the child). CPU time is what to compare on a
shared 2-core machine, where wall time also counts waiting for a core.

    measure.py N NAME -- CMD ARGS... [::: NAME -- CMD ARGS...]

Prints one line a command: `NAME wall_ms=… cpu_ms=… min_wall_ms=…`.
Runs the commands interleaved (a, b, a, b …) so that a burst of load from
elsewhere falls on both alike.
"""
import os
import resource
import statistics
import subprocess
import sys
import time


def parse(argv):
    n = int(argv[0])
    commands, cur = [], []
    for a in argv[1:] + [":::"]:
        if a == ":::":
            if cur:
                name, sep, *cmd = cur
                assert sep == "--", "expected NAME -- CMD"
                commands.append((name, cmd))
            cur = []
        else:
            cur.append(a)
    return n, commands


def run_once(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        sys.exit(f"measure: {' '.join(cmd)} exited {r.returncode}: {r.stderr.decode(errors='replace')}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    n, commands = parse(sys.argv[1:])
    walls = {name: [] for name, _ in commands}
    cpus = {name: [] for name, _ in commands}
    for name, cmd in commands:
        run_once(cmd)  # warm-up: page cache, font cache, Python bytecode
    for _ in range(n):
        for name, cmd in commands:
            w, c = run_once(cmd)
            walls[name].append(w)
            cpus[name].append(c)
    for name, _ in commands:
        print(f"{name} wall_ms={statistics.median(walls[name]) * 1000:.1f} cpu_ms={statistics.median(cpus[name]) * 1000:.1f} "
              f"min_wall_ms={min(walls[name]) * 1000:.1f} runs={n}")


if __name__ == "__main__":
    main()
