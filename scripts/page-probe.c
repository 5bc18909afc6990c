// Times the first touch of each 2 MiB of fresh anonymous memory, with transparent huge pages
// (MODE 1: MADV_HUGEPAGE) or 4 KiB pages (MODE 0), and prints the microseconds per 2 MiB and the
// total. Run it back to back and after a few idle seconds to see what free page reporting does
// (BENCHMARKS.md). Build: cc -O2 scripts/page-probe.c -o /tmp/page-probe; run: /tmp/page-probe PAGES MODE
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <sys/mman.h>
static double now(){struct timespec t; clock_gettime(CLOCK_MONOTONIC,&t); return t.tv_sec*1e6+t.tv_nsec/1e3;}
int main(int c, char**v){ int n=atoi(v[1]); int huge=atoi(v[2]); size_t sz=(size_t)n<<21;
 char*p=mmap(0,sz+(2<<20),PROT_READ|PROT_WRITE,MAP_PRIVATE|MAP_ANONYMOUS,-1,0);
 p=(char*)(((unsigned long)p+(2<<20)-1)&~((2ul<<20)-1)); madvise(p,sz,huge?MADV_HUGEPAGE:MADV_NOHUGEPAGE);
 double t0=now(); for(int i=0;i<n;i++){ double a=now(); for(size_t k=0;k<(2u<<20);k+=4096) p[((size_t)i<<21)+k]=1; printf("%.0f ", now()-a);} printf("| total %.1f ms\n",(now()-t0)/1000); return 0; }
