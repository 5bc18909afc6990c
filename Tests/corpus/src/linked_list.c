/* Kiln corpus: heap data structures with malloc/free: a singly linked list (push, reverse, sort,
 * delete), a binary search tree (insert, in-order walk, height, free), and a growable array. */
#include <stdio.h>
#include <stdlib.h>

struct Node { int v; struct Node *next; };
struct Tree { int key; int count; struct Tree *l, *r; };
struct Vec { int *data; int len, cap; };

static struct Node *push(struct Node *h, int v) { struct Node *n = malloc(sizeof *n); n->v = v; n->next = h; return n; }
static struct Node *reverse(struct Node *h) { struct Node *p = 0; while (h) { struct Node *n = h->next; h->next = p; p = h; h = n; } return p; }
static struct Node *remove_if_even(struct Node *h) {
    struct Node **pp = &h;
    while (*pp) { if ((*pp)->v % 2 == 0) { struct Node *d = *pp; *pp = d->next; free(d); } else pp = &(*pp)->next; }
    return h;
}
static struct Node *merge(struct Node *a, struct Node *b) {
    struct Node head, *t = &head;
    while (a && b) { if (a->v <= b->v) { t->next = a; a = a->next; } else { t->next = b; b = b->next; } t = t->next; }
    t->next = a ? a : b;
    return head.next;
}
static struct Node *msort(struct Node *h) {
    if (!h || !h->next) return h;
    struct Node *slow = h, *fast = h->next;
    while (fast && fast->next) { slow = slow->next; fast = fast->next->next; }
    struct Node *b = slow->next;
    slow->next = 0;
    return merge(msort(h), msort(b));
}
static void print_list(const char *tag, const struct Node *h) { printf("%s:", tag); for (; h; h = h->next) printf(" %d", h->v); printf("\n"); }
static void free_list(struct Node *h) { while (h) { struct Node *n = h->next; free(h); h = n; } }

static struct Tree *insert(struct Tree *t, int k) {
    if (!t) { t = malloc(sizeof *t); t->key = k; t->count = 1; t->l = t->r = 0; return t; }
    if (k < t->key) t->l = insert(t->l, k); else if (k > t->key) t->r = insert(t->r, k); else t->count++;
    return t;
}
static int height(const struct Tree *t) { if (!t) return 0; int a = height(t->l), b = height(t->r); return 1 + (a > b ? a : b); }
static void walk(const struct Tree *t, long long *acc, int *n) { if (!t) return; walk(t->l, acc, n); *acc = *acc * 7 % 1000003 + t->key * t->count; (*n)++; walk(t->r, acc, n); }
static void free_tree(struct Tree *t) { if (!t) return; free_tree(t->l); free_tree(t->r); free(t); }

static void vpush(struct Vec *v, int x) {
    if (v->len == v->cap) {
        int nc = v->cap ? v->cap * 2 : 4;
        int *nd = malloc((size_t)nc * sizeof(int));
        for (int i = 0; i < v->len; i++) nd[i] = v->data[i];
        free(v->data);
        v->data = nd; v->cap = nc;
    }
    v->data[v->len++] = x;
}

int main(void) {
    struct Node *h = 0;
    for (int i = 0; i < 12; i++) h = push(h, (i * 37) % 23);
    print_list("list", h);
    h = reverse(h);
    print_list("rev", h);
    h = msort(h);
    print_list("sorted", h);
    h = remove_if_even(h);
    print_list("odd", h);
    free_list(h);
    struct Tree *t = 0;
    unsigned x = 7;
    for (int i = 0; i < 500; i++) { x = x * 1664525u + 1013904223u; t = insert(t, (int)(x >> 20) % 300); }
    long long acc = 0;
    int n = 0;
    walk(t, &acc, &n);
    printf("tree nodes %d height %d acc %lld\n", n, height(t), acc);
    free_tree(t);
    struct Vec v = { 0, 0, 0 };
    for (int i = 0; i < 1000; i++) vpush(&v, i * i % 1009);
    long long s = 0;
    for (int i = 0; i < v.len; i++) s += v.data[i];
    printf("vec len %d cap %d sum %lld\n", v.len, v.cap, s);
    free(v.data);
    return n % 64;
}
