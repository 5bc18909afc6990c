#!/usr/bin/env bash
# Per-stage wall times (`--time-passes`, -j 1, best of 2) of KILN on generated shapes at sizes
# N, 2N, 4N, 8N, to see which stage grows super-linearly. Usage: stages.sh KILN SHAPE N
K=$1; S=$2; N=$3; D=/tmp/scale; mkdir -p $D; here=$(dirname "$0")
for n in $N $((2*N)) $((4*N)) $((8*N)); do
  kind=$(python3 $here/gen.py --list | awk -v s=$S '$1==s{print $2}')
  f=$D/${S}_$n; [ -f $f.ll ] || { python3 $here/gen.py $S $n $f.$kind
    [ $kind = c ] && clang -O0 -S -emit-llvm -fbracket-depth=100000 -Wno-everything $f.c -o $f.ll; }
  best=""
  for r in 1 2; do
    line=$($K -c -j 1 --time-passes $f.ll -o $D/stages.o 2>&1 | awk 'NF==3 && $1!="wall"{printf "%s %7.1f  ", $1, $2}')
    echo "$S $n $line"
  done | sort -t' ' -k3 | head -1   # crude: keep one
done
