/* Kiln corpus: large structs passed byval and returned through sret, structs by pointer, nested
 * structs, arrays inside structs, whole-struct assignment (llvm.memcpy), compound literals and
 * designated initializers, structs in arrays, and aggregate copies through pointers. */
#include <stdio.h>
#include <string.h>

struct Vec4 { double v[4]; };
struct Big { int id; char name[20]; long long vals[5]; struct Vec4 pos; short tag; };
struct Node { int key; struct Node *left, *right; };
struct Mat3 { float m[3][3]; };

static struct Vec4 v4_add(struct Vec4 a, struct Vec4 b) {
    struct Vec4 r;
    for (int i = 0; i < 4; i++) r.v[i] = a.v[i] + b.v[i];
    return r;
}
static struct Big big_make(int id, const char *name) {
    struct Big b;
    memset(&b, 0, sizeof b);
    b.id = id;
    for (int i = 0; name[i] && i < 19; i++) b.name[i] = name[i];
    for (int i = 0; i < 5; i++) b.vals[i] = (long long)id * 1000000007LL * (i + 1);
    b.pos.v[0] = id; b.pos.v[3] = -id;
    b.tag = (short)(id * 3);
    return b;
}
static long long big_sum(struct Big b) {
    long long s = b.id + b.tag;
    for (int i = 0; i < 5; i++) s += b.vals[i];
    for (int i = 0; i < 4; i++) s += (long long)b.pos.v[i];
    return s + (long long)strlen(b.name);
}
static void big_bump(struct Big *b) { b->id++; b->vals[4] -= 1; b->pos.v[1] += 0.5; }
static struct Mat3 mat_mul(struct Mat3 a, struct Mat3 b) {
    struct Mat3 r;
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++) {
            float s = 0;
            for (int k = 0; k < 3; k++) s += a.m[i][k] * b.m[k][j];
            r.m[i][j] = s;
        }
    return r;
}
static int tree_sum(const struct Node *n) { return n ? n->key + tree_sum(n->left) + tree_sum(n->right) : 0; }

int main(void) {
    struct Vec4 a = { { 1, 2, 3, 4 } }, b = { { 0.5, 0.25, 0.125, 0.0625 } };
    struct Vec4 c = v4_add(a, b);
    printf("v4 %.4f %.4f %.4f %.4f\n", c.v[0], c.v[1], c.v[2], c.v[3]);
    struct Big big = big_make(42, "answer");
    printf("big %d %s %lld %d sum %lld\n", big.id, big.name, big.vals[4], big.tag, big_sum(big));
    struct Big copy = big;
    big_bump(&copy);
    printf("copy %d %lld %.2f orig %d\n", copy.id, copy.vals[4], copy.pos.v[1], big.id);
    struct Big arr[3];
    for (int i = 0; i < 3; i++) arr[i] = big_make(i + 1, i == 1 ? "two" : "x");
    long long tot = 0;
    for (int i = 0; i < 3; i++) tot += big_sum(arr[i]);
    printf("arr %lld\n", tot);
    struct Mat3 m = { { { 1, 2, 0 }, { 0, 1, 0 }, { 0, 0, 2 } } };
    struct Mat3 m2 = mat_mul(m, m);
    printf("mat %.1f %.1f %.1f %.1f\n", (double)m2.m[0][0], (double)m2.m[0][1], (double)m2.m[1][1], (double)m2.m[2][2]);
    struct Node n4 = { 4, 0, 0 }, n5 = { 5, 0, 0 }, n2 = { 2, &n4, &n5 }, n3 = { 3, 0, 0 }, n1 = { 1, &n2, &n3 };
    printf("tree %d\n", tree_sum(&n1));
    struct Big *p = &arr[1];
    *p = (struct Big){ .id = 9, .name = "designated", .tag = -1 };
    printf("desig %d %s %lld %d\n", arr[1].id, arr[1].name, arr[1].vals[0], arr[1].tag);
    return (int)(tot % 100);
}
