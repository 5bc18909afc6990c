#!/usr/bin/env bash
# Deterministic growth check: callgrind instruction counts of `KILN -c -j 1` on gen.py shapes at
# sizes N, 2N, 4N, and the growth factor per doubling (about 2.0 = linear; 4.0 = quadratic).
# KILN should be a `strip -g` copy (valgrind cannot read Swift's DWARF 5).
# Usage: icount.sh KILN SCALE [SHAPE...]    (SCALE multiplies gen.py's default N)
K=$1; SC=$2; shift 2; D=/tmp/scale; mkdir -p $D; here=$(dirname "$0")
shapes=${@:-$(python3 $here/gen.py --list | awk '{print $1}')}
for S in $shapes; do
  read kind n0 < <(python3 $here/gen.py --list | awk -v s=$S '$1==s{print $2, $3}')
  N=$(python3 -c "print(max(1,int($n0*$SC)))")
  prev=""; line="$S"
  for n in $N $((2*N)) $((4*N)); do
    f=$D/${S}_$n
    if [ ! -f $f.ll ]; then python3 $here/gen.py $S $n $f.$kind
      [ $kind = c ] && clang -O0 -S -emit-llvm -fbracket-depth=100000 -Wno-everything $f.c -o $f.ll 2>/dev/null; fi
    ir=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null $K -c -j 1 $f.ll -o $D/ic.o 2>&1 | awk '/Collected/{print $4}')
    if [ -n "$prev" ] && [ -n "$ir" ]; then g=$(python3 -c "print('%.2f' % ($ir/$prev))"); else g="-"; fi
    line="$line  $n:$((ir/1000000))M(x$g)"; prev=$ir
  done
  echo "$line"
done
