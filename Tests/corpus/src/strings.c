/* Kiln corpus: string literals (with escapes), char arrays, strlen/strcmp/memcpy/memset, manual
 * string routines (reverse, to-upper, atoi, itoa), puts/putchar, and string tables. */
#include <stdio.h>
#include <string.h>

static void reverse(char *s) {
    size_t n = strlen(s);
    for (size_t i = 0; i < n / 2; i++) { char t = s[i]; s[i] = s[n - 1 - i]; s[n - 1 - i] = t; }
}
static void upper(char *s) { for (; *s; s++) if (*s >= 'a' && *s <= 'z') *s = (char)(*s - 'a' + 'A'); }
static int my_atoi(const char *s) {
    int sign = 1, v = 0;
    while (*s == ' ') s++;
    if (*s == '-') { sign = -1; s++; } else if (*s == '+') s++;
    while (*s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0');
    return sign * v;
}
static char *my_itoa(int v, char *buf) {
    char tmp[16];
    int n = 0;
    unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
    do { tmp[n++] = (char)('0' + u % 10); u /= 10; } while (u);
    int k = 0;
    if (v < 0) buf[k++] = '-';
    while (n) buf[k++] = tmp[--n];
    buf[k] = 0;
    return buf;
}
static int count_char(const char *s, char c) { int n = 0; while (*s) n += *s++ == c; return n; }

int main(void) {
    const char *lit = "Hello, \"Kiln\"!\tTab\\Backslash\x41\101\n";
    printf("%s", lit);
    printf("len %u\n", (unsigned)strlen(lit));
    char buf[64];
    memcpy(buf, "stressed", 9);
    reverse(buf);
    puts(buf);
    upper(buf);
    puts(buf);
    printf("cmp %d %d %d\n", strcmp("abc", "abd") < 0, strcmp("abc", "abc") == 0, strcmp("b", "abc") > 0);
    printf("atoi %d %d %d\n", my_atoi("  -12345"), my_atoi("+77x"), my_atoi("2147483647"));
    char nb[16];
    printf("itoa %s ", my_itoa(-2147483647 - 1, nb));
    printf("%s\n", my_itoa(90210, nb));
    memset(buf, '*', 10);
    buf[10] = '\0';
    puts(buf);
    static const char *words[] = { "alpha", "beta", "gamma", "delta", "" };
    int total = 0;
    for (int i = 0; words[i][0]; i++) total += (int)strlen(words[i]) * (i + 1);
    printf("words %d a's %d\n", total, count_char("banana bandana", 'a'));
    for (const char *p = "putchar\n"; *p; p++) putchar(*p);
    char empty[1] = "";
    printf("[%s] %u\n", empty, (unsigned)strlen(empty));
    unsigned char hi[] = { 0xe2, 0x82, 0xac, 0 };
    printf("utf8 %u %u\n", (unsigned)strlen((char *)hi), hi[0]);
    return total % 50;
}
