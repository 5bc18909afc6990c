/* Kiln corpus: global variables whose initializers hold addresses and constant GEP expressions:
 * pointers to globals, to array elements, to struct fields, into the middle of strings, arrays
 * of pointers to string literals, a struct of function pointers, self-referential lists, const
 * tables, zero-initialized and partially initialized aggregates, and ptr-to-ptr chains. */
#include <stdio.h>

struct Point { int x, y; };
struct Line { struct Point a, b; const char *label; };
struct Ops { int (*inc)(int); int (*dec)(int); const char *name; };
struct ListNode { int v; const struct ListNode *next; };

static int inc(int x) { return x + 1; }
static int dec(int x) { return x - 1; }

int g_int = 17;
int g_arr[10] = { 0, 1, 4, 9, 16, 25, 36, 49, 64, 81 };
int *g_ptr = &g_int;
int *g_elem = &g_arr[7];
int **g_pp = &g_ptr;
struct Point g_pt = { 3, -4 };
int *g_field = &g_pt.y;
struct Line g_line = { { 1, 2 }, { 5, 10 }, "diagonal" };
int *g_deep = &g_line.b.y;
const char *g_strs[] = { "zero", "one", "two", "three", 0 };
const char *g_mid = "abcdefgh" + 3;
const char g_text[] = "static text";
const char *g_textp = &g_text[7];
struct Ops g_ops = { inc, dec, "incdec" };
struct Ops g_opstab[2] = { { inc, inc, "up" }, { dec, dec, "down" } };
int (*g_fp)(int) = dec;
static const struct ListNode n3 = { 3, 0 };
static const struct ListNode n2 = { 2, &n3 };
static const struct ListNode n1 = { 1, &n2 };
const struct ListNode *g_head = &n1;
static int g_zero[100];
static struct Point g_partial[5] = { { 1, 1 }, [3] = { 7, 8 } };
static const double g_dtab[] = { 0.5, -1.25, 3e100, 1.0 / 3.0 };
static const float g_ftab[] = { 0.1f, 2.5f, -0.0f };
static signed char g_small[] = { -1, -128, 127 };
static unsigned short g_shorts[] = { 65535, 1, 32768 };
static long long g_ll = -1234567890123456789LL;
static char *g_self_ptrs[3] = { (char *)&g_self_ptrs[1], (char *)&g_self_ptrs[2], (char *)&g_self_ptrs[0] };
static struct Point *g_pts_end = &g_partial[5];
static int g_neg_idx_base[4] = { 10, 20, 30, 40 };
static int *g_neg = &g_neg_idx_base[3];

int main(void) {
    printf("int %d ptr %d elem %d pp %d\n", g_int, *g_ptr, *g_elem, **g_pp);
    *g_field += 10;
    printf("pt %d %d deep %d %s\n", g_pt.x, g_pt.y, *g_deep, g_line.label);
    for (int i = 0; g_strs[i]; i++) printf("%s ", g_strs[i]);
    printf("\nmid %s textp %s\n", g_mid, g_textp);
    printf("ops %d %d %s\n", g_ops.inc(5), g_ops.dec(5), g_ops.name);
    printf("tab %d %d %s %s\n", g_opstab[0].inc(1), g_opstab[1].dec(1), g_opstab[0].name, g_opstab[1].name);
    printf("fp %d\n", g_fp(100));
    int s = 0;
    for (const struct ListNode *n = g_head; n; n = n->next) s = s * 10 + n->v;
    printf("list %d\n", s);
    int z = 0;
    for (int i = 0; i < 100; i++) z += g_zero[i];
    printf("zero %d partial %d %d %d %d\n", z, g_partial[0].x, g_partial[2].y, g_partial[3].x, g_partial[3].y);
    printf("dtab %.3f %.3f %.3e %.6f\n", g_dtab[0], g_dtab[1], g_dtab[2], g_dtab[3]);
    printf("ftab %.3f %.3f %.3f\n", (double)g_ftab[0], (double)g_ftab[1], (double)g_ftab[2]);
    printf("small %d %d %d shorts %u %u %u ll %lld\n", g_small[0], g_small[1], g_small[2], g_shorts[0], g_shorts[1], g_shorts[2], g_ll);
    printf("self %d %d\n", *(char **)g_self_ptrs[0] == (char *)&g_self_ptrs[2], (int)(g_pts_end - g_partial));
    printf("neg %d %d\n", g_neg[-1], g_neg[-3]);
    g_elem[1] = -1;
    g_ptr = &g_arr[2];
    printf("mod %d %d\n", g_arr[8], **g_pp);
    return g_int + g_arr[3];
}
