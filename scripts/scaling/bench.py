#!/usr/bin/env python3
# Times `kiln -c` against `clang -O0 -c` on the shapes of gen.py at sizes N, 2N, 4N (wall time
# and peak RSS from /usr/bin/time), and with --check links both objects with `cc` and compares
# the programs' output. Prints one table row per shape and size; flags rows where Kiln takes
# more than 3x clang's time or memory.
#
# Usage: bench.py KILN [--check] [--dir D] [--timeout S] [--scale F] [SHAPE...]

import os, subprocess, sys, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen

def timed(cmd, timeout):
    t = subprocess.run(['/usr/bin/time', '-f', '%e %M', 'timeout', str(timeout)] + cmd,
                       capture_output=True, text=True)
    last = t.stderr.strip().splitlines()[-1] if t.stderr.strip() else '0 0'
    try:
        e, m = last.split()
        return float(e), int(m) // 1024, t.returncode, t.stderr
    except ValueError:
        return 0.0, 0, t.returncode, t.stderr

def main():
    args = sys.argv[1:]
    kiln = os.path.abspath(args.pop(0))
    check = '--check' in args
    if check: args.remove('--check')
    d, timeout, scale = '/tmp/scale', 120, 1.0
    if '--dir' in args: i = args.index('--dir'); d = args[i + 1]; del args[i:i + 2]
    if '--timeout' in args: i = args.index('--timeout'); timeout = int(args[i + 1]); del args[i:i + 2]
    if '--scale' in args: i = args.index('--scale'); scale = float(args[i + 1]); del args[i:i + 2]
    shapes = args or list(gen.SHAPES)
    os.makedirs(d, exist_ok=True)
    print(f'{"shape":15} {"N":>8} {"ll MB":>6} {"kiln s":>7} {"clang s":>7} {"ratio":>6} {"kiln MB":>8} {"clang MB":>8}  note')
    for sh in shapes:
        kind, fn, n0 = gen.SHAPES[sh]
        n0 = max(1, int(n0 * scale))
        for n in (n0, 2 * n0, 4 * n0):
            base = f'{d}/{sh}_{n}'
            src = f'{base}.{kind}'
            with open(src, 'w') as f: f.write(fn(n))
            ll = f'{base}.ll'
            if kind == 'c':
                r = subprocess.run(['clang', '-O0', '-S', '-emit-llvm', '-fbracket-depth=100000',
                                    '-Wno-everything', src, '-o', ll], capture_output=True, text=True)
                if r.returncode:
                    print(f'{sh:15} {n:>8} clang -emit-llvm failed: {r.stderr[:200]}'); continue
            ke, km, krc, kerr = timed([kiln, '-c', ll, '-o', base + '.k.o'], timeout)
            ce, cm, crc, _ = timed(['clang', '-O0', '-c', '-Wno-everything', ll, '-o', base + '.c.o'], timeout)
            note = []
            if krc: note.append(f'KILN rc={krc} ' + kerr.strip().splitlines()[0][:80] if kerr.strip() else f'KILN rc={krc}')
            if ce > 0 and ke > 3 * ce and ke > 0.2: note.append('SLOW')
            if cm > 0 and km > 3 * cm: note.append('MEM')
            if check and not krc:
                outs = []
                for o in ('k', 'c'):
                    subprocess.run(['cc', base + f'.{o}.o', '-o', base + f'.{o}.exe', '-lm'], capture_output=True)
                    p = subprocess.run([base + f'.{o}.exe'], capture_output=True, text=True, timeout=60)
                    outs.append((p.returncode, p.stdout))
                note.append('ok' if outs[0] == outs[1] else f'WRONG {outs[0]} vs {outs[1]}')
            mb = os.path.getsize(ll) / 1e6
            ratio = ke / ce if ce > 0 else 0
            print(f'{sh:15} {n:>8} {mb:6.1f} {ke:7.2f} {ce:7.2f} {ratio:6.1f} {km:8} {cm:8}  {" ".join(note)}', flush=True)
            for ext in ('.k.exe', '.c.exe'):
                if os.path.exists(base + ext): os.remove(base + ext)

if __name__ == '__main__':
    main()
