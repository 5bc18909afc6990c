#!/usr/bin/env python3
"""Generate safe_math.h, the arithmetic half of Kiln's csmith runtime shim.

csmith 2.3.0 programs wrap every arithmetic operation that could be undefined in C in a call such as
safe_add_func_int8_t_s_s(a, b) or safe_lshift_func_uint16_t_u_s(x, n). This script writes one
`static` C function per (operation, type, operand-signedness) combination that csmith can emit.
Semantics, following csmith's documented contract: return the mathematically well-defined C result,
or the FIRST operand unchanged whenever the operation would be undefined behaviour:
  - signed add/sub/mul/unary minus of int32/int64 that would overflow (int8/int16 operate in int,
    where they cannot overflow; the result is narrowed like csmith does);
  - division or remainder by zero, and INT_MIN / -1, INT_MIN % -1 (checked at every width);
  - shifts by a negative amount or by >= the promoted width (32 for 8/16/32-bit operands, 64 for
    64-bit), left shifts of negative values, and left shifts that would overflow the operand type;
  - float ops whose result would overflow to infinity (checked with scaled operands), division by
    zero or by tiny values; float->integer conversions that are out of range or NaN (return MAX).
Unsigned add/sub/mul wrap (computed in unsigned int / uint64_t so narrow types never hit signed int
overflow through promotion). Every function is `static`, so clang -O0 emits only the ones a program
calls. Re-run after editing: python3 gen_safe_math.py > safe_math.h (the output is committed).
"""

INT_TYPES = [  # (name, bits, signed)
    ("int8_t", 8, True), ("int16_t", 16, True), ("int32_t", 32, True), ("int64_t", 64, True),
    ("uint8_t", 8, False), ("uint16_t", 16, False), ("uint32_t", 32, False), ("uint64_t", 64, False),
]
FLOAT_TYPES = [("float", "f", "FLT_MAX", "f"), ("double", "d", "DBL_MAX", "")]

out = []
w = out.append


def limits(name):
    base = name[:-2].upper()  # INT8 / UINT8 ...
    return base + "_MIN", base + "_MAX"


def signed_funcs(t, bits):
    mn, mx = limits(t)
    wide = bits >= 32  # operations happen in the type itself, so overflow is possible
    shift_limit = 64 if bits == 64 else 32
    w(f"static {t} safe_unary_minus_func_{t}_s({t} si) {{")
    if wide:
        w(f"    return (si == {mn}) ? si : -si;")
    else:
        w(f"    return ({t})(-si);")
    w("}")
    w(f"static {t} safe_add_func_{t}_s_s({t} si1, {t} si2) {{")
    if wide:
        w(f"    return (((si1 > 0) && (si2 > 0) && (si1 > ({mx} - si2))) ||")
        w(f"            ((si1 < 0) && (si2 < 0) && (si1 < ({mn} - si2)))) ? si1 : (si1 + si2);")
    else:
        w(f"    return ({t})(si1 + si2);")
    w("}")
    w(f"static {t} safe_sub_func_{t}_s_s({t} si1, {t} si2) {{")
    if wide:
        w(f"    return (((si2 > 0) && (si1 < ({mn} + si2))) || ((si2 < 0) && (si1 > ({mx} + si2)))) ? si1 : (si1 - si2);")
    else:
        w(f"    return ({t})(si1 - si2);")
    w("}")
    w(f"static {t} safe_mul_func_{t}_s_s({t} si1, {t} si2) {{")
    if wide:
        w(f"    return (((si1 > 0) && (si2 > 0) && (si1 > ({mx} / si2))) ||")
        w(f"            ((si1 > 0) && (si2 <= 0) && (si2 < ({mn} / si1))) ||")
        w(f"            ((si1 <= 0) && (si2 > 0) && (si1 < ({mn} / si2))) ||")
        w(f"            ((si1 <= 0) && (si2 <= 0) && (si1 != 0) && (si2 < ({mx} / si1)))) ? si1 : (si1 * si2);")
    else:
        w(f"    return ({t})(si1 * si2);")
    w("}")
    for op, sym in (("mod", "%"), ("div", "/")):
        w(f"static {t} safe_{op}_func_{t}_s_s({t} si1, {t} si2) {{")
        w(f"    return ((si2 == 0) || ((si1 == {mn}) && (si2 == -1))) ? si1 : ({t})(si1 {sym} si2);")
        w("}")
    for rs, rt in (("s", "int"), ("u", "unsigned int")):
        neg = "(right < 0) || " if rs == "s" else ""
        w(f"static {t} safe_lshift_func_{t}_s_{rs}({t} left, {rt} right) {{")
        w(f"    return ((left < 0) || {neg}(right >= {shift_limit}) || (left > ({mx} >> right))) ? left : ({t})(left << right);")
        w("}")
        w(f"static {t} safe_rshift_func_{t}_s_{rs}({t} left, {rt} right) {{")
        w(f"    return ((left < 0) || {neg}(right >= {shift_limit})) ? left : ({t})(left >> right);")
        w("}")


def unsigned_funcs(t, bits):
    _, mx = limits(t)
    wt = "uint64_t" if bits == 64 else "unsigned int"  # arithmetic type: no signed promotion
    shift_limit = 64 if bits == 64 else 32
    w(f"static {t} safe_unary_minus_func_{t}_u({t} ui) {{")
    w(f"    return ({t})(({wt})0 - ({wt})ui);")
    w("}")
    for op, sym in (("add", "+"), ("sub", "-"), ("mul", "*")):
        w(f"static {t} safe_{op}_func_{t}_u_u({t} ui1, {t} ui2) {{")
        w(f"    return ({t})(({wt})ui1 {sym} ({wt})ui2);")
        w("}")
    for op, sym in (("mod", "%"), ("div", "/")):
        w(f"static {t} safe_{op}_func_{t}_u_u({t} ui1, {t} ui2) {{")
        w(f"    return (ui2 == 0) ? ui1 : ({t})(ui1 {sym} ui2);")
        w("}")
    for rs, rt in (("s", "int"), ("u", "unsigned int")):
        neg = "(right < 0) || " if rs == "s" else ""
        w(f"static {t} safe_lshift_func_{t}_u_{rs}({t} left, {rt} right) {{")
        w(f"    return ({neg}(right >= {shift_limit}) || (left > ({mx} >> right))) ? left : ({t})(({wt})left << right);")
        w("}")
        w(f"static {t} safe_rshift_func_{t}_u_{rs}({t} left, {rt} right) {{")
        w(f"    return ({neg}(right >= {shift_limit})) ? left : ({t})(left >> right);")
        w("}")


def float_funcs(ft, tag, fmax, suf):
    fabs = "__builtin_fabsf" if ft == "float" else "__builtin_fabs"
    half = f"0.5{suf}"
    w(f"static {ft} safe_unary_minus_func_{ft}_{tag}({ft} sf) {{ return -sf; }}")
    w(f"static {ft} safe_add_func_{ft}_{tag}_{tag}({ft} sf1, {ft} sf2) {{")
    w(f"    return ({fabs}(({half} * sf1) + ({half} * sf2)) > ({half} * {fmax})) ? sf1 : (sf1 + sf2);")
    w("}")
    w(f"static {ft} safe_sub_func_{ft}_{tag}_{tag}({ft} sf1, {ft} sf2) {{")
    w(f"    return ({fabs}(({half} * sf1) - ({half} * sf2)) > ({half} * {fmax})) ? sf1 : (sf1 - sf2);")
    w("}")
    # Scale both operands down so the product of finite values cannot overflow while testing.
    w(f"static {ft} safe_mul_func_{ft}_{tag}_{tag}({ft} sf1, {ft} sf2) {{")
    w(f"    return ({fabs}((0x1.0p-100{suf} * sf1) * (0x1.0p-28{suf} * sf2)) > (0x1.0p-100{suf} * (0x1.0p-28{suf} * {fmax}))) ? sf1 : (sf1 * sf2);")
    w("}")
    w(f"static {ft} safe_div_func_{ft}_{tag}_{tag}({ft} sf1, {ft} sf2) {{")
    w(f"    return (({fabs}(sf2) < 1.0{suf}) && ((sf2 == 0.0{suf}) ||")
    w(f"            ({fabs}((0x1.0p-49{suf} * sf1) / (0x1.0p100{suf} * sf2)) > (0x1.0p-100{suf} * (0x1.0p-49{suf} * {fmax}))))) ? sf1 : (sf1 / sf2);")
    w("}")
    for t, bits, signed in INT_TYPES:
        _, mx = limits(t)
        if signed:
            lo, hi = f"-0x1.0p{bits - 1}", f"0x1.0p{bits - 1}"
            cond = f"((double)sf >= {lo}) && ((double)sf < {hi})"
        else:
            hi = f"0x1.0p{bits}"
            cond = f"((double)sf > -1.0) && ((double)sf < {hi})"
        w(f"static {t} safe_convert_func_{ft}_to_{t}({ft} sf) {{")
        w(f"    return ({cond}) ? ({t})sf : {mx};")
        w("}")


w("/* safe_math.h: GENERATED by gen_safe_math.py -- do not edit by hand.")
w(" * csmith 2.3.0-compatible safe arithmetic (Kiln's own implementation; see gen_safe_math.py for")
w(" * the semantics: the well-defined result, or the first operand when the operation would be UB). */")
w("#ifndef KILN_CSMITH_SAFE_MATH_H")
w("#define KILN_CSMITH_SAFE_MATH_H")
w("#include <stdint.h>")
w("#include <float.h>")
w("")
for t, bits, signed in INT_TYPES:
    w(f"/* ---- {t} ---- */")
    (signed_funcs if signed else unsigned_funcs)(t, bits)
    w("")
for ft, tag, fmax, suf in FLOAT_TYPES:
    w(f"/* ---- {ft} ---- */")
    float_funcs(ft, tag, fmax, suf)
    w("")
w("#endif")
print("\n".join(out))
