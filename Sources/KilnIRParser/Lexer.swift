// The LLVM IR lexer: one forward pass over a NUL-padded copy of the source bytes. The current
// token lives in the lexer's fields (kind, byte range, payload); nothing is allocated per token.
// Invariants: `base[count ..< count+16]` are zero bytes, so scanning loops stop at a NUL without
// bounds checks; a NUL *inside* the text is an error token. Strings and quoted names end at the
// closing quote and must not cross a newline (clang never writes raw newlines inside them).
// Speed: `next` lexes punctuation and `ptr` itself and hands every other token to a small
// outlined function (a tail call), so the common path stays short and saves no registers.
// At a line start and after `%x = `, frequent instruction opcodes are recognised by comparing
// their bytes (`lexOpcodeFast`) instead of hashing the word.

enum Tok: UInt8 {
  case eof, error
  case lparen, rparen, lbrace, rbrace, lsquare, rsquare, less, greater, comma, equal, star
  case exclaim, bar, dotdotdot
  case localVar, localID, globalVar, globalID, comdatVar, metadataVar, metadataID, attrGrpID
  case dbgRecord, labelStr, labelID, string, cstring
  case intLit, floatLit, hexFloat, intType, keyword, ident
}

/// Byte classes: 1 = may start a name, 2 = may continue a name, 4 = digit, 8 = hex digit,
/// 16 = blank (space, tab, CR).
let charClass: [UInt8] = {
  var t = [UInt8](repeating: 0, count: 256)
  t[32] = 16; t[9] = 16; t[13] = 16
  for c in UInt8(ascii: "a")...UInt8(ascii: "z") { t[Int(c)] |= 3 }
  for c in UInt8(ascii: "A")...UInt8(ascii: "Z") { t[Int(c)] |= 3 }
  for c in [UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "$"), UInt8(ascii: "-")] { t[Int(c)] |= 3 }
  for c in UInt8(ascii: "0")...UInt8(ascii: "9") { t[Int(c)] |= 2 | 4 | 8 }
  for c in UInt8(ascii: "a")...UInt8(ascii: "f") { t[Int(c)] |= 8 }
  for c in UInt8(ascii: "A")...UInt8(ascii: "F") { t[Int(c)] |= 8 }
  return t
}()

struct Lexer {
  let base: UnsafePointer<UInt8>
  let count: Int
  let cls: UnsafePointer<UInt8>
  let kwt: KeywordTable      // trivial (pointers only): no reference counting

  // The current token.
  var tok: Tok = .eof
  var start = 0              // first byte of the token
  var prevEnd = 0            // end of the previous token (where `next` started scanning)
  var end = 0                // one past its last byte; `next` lexes from here
  var num: UInt64 = 0        // IDs, integer-type width, small integer literal magnitude, dbg kind
  var kw: Kw = .none_
  var nameStart = 0          // name / string contents (inside quotes, escapes not yet decoded)
  var nameEnd = 0
  var escaped = false        // the quoted contents hold `\` escapes
  var negative = false       // intLit: written with '-'
  var bigInt = false         // intLit: more than 18 digits (value not in `num`)
  var hexKind: UInt8 = 0     // hexFloat: 0 (plain 0x), or 'K', 'L', 'M', 'H', 'R'
  var errCode: UInt8 = 0     // for `.error` tokens: which message (`errMsg`), and the byte it
  var errByte: UInt8 = 0     // names (kept as plain bytes so that copying a lexer is a plain copy)

  /// Where the next token is lexed from (the same field as `end`): setting it re-positions
  /// the lexer (skipping text, error recovery).
  var pos: Int {
    @inline(__always) get { end }
    @inline(__always) set { end = newValue }
  }

  /// The token is the first on its line: between where `next` started scanning and the token
  /// there is a newline or a comment (or it is the first token of the input). Computed on
  /// demand (rarely asked) so that `next` does not spend a store on it.
  var lineStart: Bool {
    var p = prevEnd
    while cls[Int(base[p])] & 16 != 0 { p &+= 1 }
    return base[p] == 10 || base[p] == 59 || p == 0
  }

  init(base: UnsafePointer<UInt8>, count: Int, cls: UnsafePointer<UInt8>) {
    self.base = base; self.count = count; self.cls = cls; self.kwt = KeywordTable.shared
  }

  @inline(__always) func isName(_ b: UInt8) -> Bool { cls[Int(b)] & 2 != 0 }
  @inline(__always) func isDigit(_ b: UInt8) -> Bool { b &- 48 < 10 }

  /// Skips to the first byte of the next line (used for error recovery).
  mutating func skipLine(from p: Int) {
    var i = p
    while i < count && base[i] != 10 { i &+= 1 }
    pos = min(i &+ 1, count)
  }

  /// The byte offset of the first byte of the line holding `p`.
  func lineBegin(_ p: Int) -> Int {
    var i = min(p, count)
    while i > 0 && base[i - 1] != 10 { i -= 1 }
    return i
  }

  /// Lexes the next token. Kept small: punctuation and `ptr` are lexed here; everything else
  /// continues in an outlined function (a tail call), so the common path saves no registers.
  mutating func next() {
    prevEnd = end
    var p = end
    var b = base[p]
    while cls[Int(b)] & 16 != 0 { p &+= 1; b = base[p] }
    lexToken(p, b)
  }

  /// `next` where a type usually follows (after an instruction's opcode, a cast's `to`, …): one
  /// space, then `ptr` or `i1`/`i8`/`i32`/`i64` ended by a space, a comma or a newline, or
  /// `void` and a space, is lexed here as `next` would lex it; anything else goes to
  /// `nextAfterSpace` (a frequent keyword in place of the type) or `next`.
  @inline(__always) mutating func nextType() {
    if base[end] == 32 && lexCommonType(end &+ 1) { return }
    nextAfterSpace()
  }

  /// `pos = q` and `nextType`, where the type may also start right at `q` (no blank before it:
  /// a call's first argument, after the `(`). Outlined: for the call-argument loop.
  @inline(never) mutating func nextType(at q: Int) {
    end = q
    if lexCommonType(base[q] == 32 ? q &+ 1 : q) { return }
    next()
  }

  /// `nextType`'s common types starting at `p` (`end` is `p` or the blank before it), lexed as
  /// `next` from `end` would lex them; false (nothing changed) otherwise.
  @inline(__always) mutating func lexCommonType(_ p: Int) -> Bool {
    let w = UnsafeRawPointer(base + p).loadUnaligned(as: UInt32.self)
    let c3 = UInt8(truncatingIfNeeded: w >> 24)
    if c3 == 32 || c3 == 44 || c3 == 10 {
      switch w & 0xFF_FFFF {
      case 0x72_7470: tok = .keyword; kw = .ptr; prevEnd = end; start = p; end = p &+ 3; return true  // ptr
      case 0x32_3369: tok = .intType; num = 32; prevEnd = end; start = p; end = p &+ 3; return true  // i32
      case 0x34_3669: tok = .intType; num = 64; prevEnd = end; start = p; end = p &+ 3; return true  // i64
      default: break
      }
    }
    let c2 = UInt8(truncatingIfNeeded: w >> 16)
    if (c2 == 32 || c2 == 44 || c2 == 10) && w & 0xFF == 105 {  // i1, i8
      let d = UInt8(truncatingIfNeeded: w >> 8)
      if d == 49 || d == 56 { tok = .intType; num = UInt64(d &- 48); prevEnd = end; start = p; end = p &+ 2; return true }
    }
    if w == 0x6469_6F76 && base[p &+ 4] == 32 {  // `void ` (`call void`, `ret void`)
      tok = .keyword; kw = .void; prevEnd = end; start = p; end = p &+ 4; return true
    }
    return false
  }

  /// `next`, where after one space a keyword that `lexKeywordFast` knows often stands in place
  /// of a type (`label` after `br`, `inbounds` after `getelementptr`, an `icmp` predicate,
  /// `nsw`, `noundef`, …): such a word is lexed here as `next` would lex it (`lexLower`'s fast
  /// path), without the blank loop and the dispatch on its first letter.
  @inline(never) mutating func nextAfterSpace() {
    let e = end, p = e &+ 1
    if base[e] == 32 && base[p] &- 97 < 26 && lexKeywordFast(p) { prevEnd = e; start = p; return }
    next()
  }

  /// `pos = q` and `next()`, a newline at `q` (where a fast path usually leaves an instruction's
  /// line) going straight to `nextLine`.
  @inline(__always) mutating func next(at q: Int) {
    end = q
    if base[q] == 10 { prevEnd = q; nextLine(q) } else { next() }
  }

  /// Newlines and comments (and blanks after them), then the token.
  @inline(never) mutating func nextLine(_ p0: Int) {
    var p = p0
    // An instruction's line: a newline and a two-space indent, skipped at once (as below).
    if UnsafeRawPointer(base + p0).loadUnaligned(as: UInt32.self) & 0xFF_FFFF == 0x20_200A { p = p0 &+ 3 }
    while true {
      let b = base[p]
      if cls[Int(b)] & 16 != 0 || b == 10 { p &+= 1; continue }
      if b == 59 {  // ';' comment
        p &+= 1
        while base[p] != 10 && p < count { p &+= 1 }
        continue
      }
      break
    }
    let b = base[p]
    // Most lines start with a result `%x` (lexed here as `lexToken` would, without its
    // dispatch and call) or an opcode.
    if b == 37 { start = p; lexVarFast(p, .localVar, .localID); return }
    if b &- 97 < 26 && lexOpcodeFast(p) { start = p; return }
    lexToken(p, b)
  }

  /// `next` from byte `q` (as after `pos = q`) where an instruction opcode is expected (after
  /// `%x = `): tries `lexOpcodeFast` first.
  mutating func nextOpcode(from q: Int) {
    prevEnd = q
    var p = q
    var b = base[p]
    while cls[Int(b)] & 16 != 0 { p &+= 1; b = base[p] }
    if b &- 97 < 26 && lexOpcodeFast(p) { start = p; return }
    lexToken(p, b)
  }

  /// A frequent instruction opcode followed by a space at `p` (a lowercase letter): lexed as
  /// `lexLower` would (a keyword token; `start` is left to the caller), comparing the bytes
  /// with the spellings instead of hashing; false (nothing changed) otherwise.
  @inline(__always) mutating func lexOpcodeFast(_ p: Int) -> Bool {
    let w = UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self)
    @inline(__always) func m(_ n: Int, _ word: UInt64) -> Bool { Lexer.startsWith(w, n, word) }
    let k: Kw, n: Int
    switch base[p] {
    case 108:  // l
      if m(4, 0x2064616F6C) { k = .load; n = 4 } else if m(4, 0x207268736C) { k = .lshr; n = 4 } else { return false }
    case 115:  // s
      if m(5, 0x2065726F7473) { k = .store; n = 5 } else if m(4, 0x2074786573) { k = .sext; n = 4 }
      else if m(3, 0x20627573) { k = .sub; n = 3 } else if m(3, 0x206C6873) { k = .shl; n = 3 }
      else if m(6, 0x207463656C6573) { k = .select; n = 6 } else if m(4, 0x2076696473) { k = .sdiv; n = 4 }
      else if m(4, 0x206D657273) { k = .srem; n = 4 } else { return false }
    case 103: if isGetelementptr(p, w) { k = .getelementptr; n = 13 } else { return false }  // g
    case 97:  // a
      if m(6, 0x2061636F6C6C61) { k = .alloca; n = 6 } else if m(3, 0x20646461) { k = .add; n = 3 }
      else if m(3, 0x20646E61) { k = .and; n = 3 } else if m(4, 0x2072687361) { k = .ashr; n = 4 } else { return false }
    case 98: if m(2, 0x207262) { k = .br; n = 2 } else { return false }  // b
    case 99: if m(4, 0x206C6C6163) { k = .call; n = 4 } else { return false }  // c
    case 122: if m(4, 0x207478657A) { k = .zext; n = 4 } else { return false }  // z
    case 105: if m(4, 0x20706D6369) { k = .icmp; n = 4 } else { return false }  // i
    case 116:  // t
      if m(5, 0x20636E757274) { k = .trunc; n = 5 } else if m(4, 0x206C696174) { k = .tail; n = 4 } else { return false }
    case 114: if m(3, 0x20746572) { k = .ret; n = 3 } else { return false }  // r
    case 120: if m(3, 0x20726F78) { k = .xor; n = 3 } else { return false }  // x
    case 111: if m(2, 0x20726F) { k = .or; n = 2 } else { return false }  // o
    case 109: if m(3, 0x206C756D) { k = .mul; n = 3 } else { return false }  // m
    case 112: if m(3, 0x20696870) { k = .phi; n = 3 } else { return false }  // p
    default: return false
    }
    tok = .keyword; kw = k; end = p &+ n
    return true
  }

  /// The token starting with byte `b` at `p` (not a blank).
  @inline(__always) mutating func lexToken(_ p: Int, _ b: UInt8) {
    start = p
    switch b {
    case 44: punct(.comma, p)
    case 37: lexLocal(p)                          // %
    case 112:                                     // p: `ptr` is the most frequent keyword
      let c = base[p &+ 3]
      if base[p &+ 1] == 116 && base[p &+ 2] == 114 && !isName(c) && c != 58 {
        tok = .keyword; kw = .ptr; end = p &+ 3
      } else {
        lexLower(p)
      }
    case 105: lexI(p)                             // i: `iN` types are the most frequent word
    case 97...122: lexLower(p)                    // other lowercase words: mostly keywords
    case 48...57: lexDecimal(p)
    case 61: punct(.equal, p)
    case 40: punct(.lparen, p)
    case 41: punct(.rparen, p)
    case 123: punct(.lbrace, p)
    case 125: punct(.rbrace, p)
    case 91: punct(.lsquare, p)
    case 93: punct(.rsquare, p)
    case 60: punct(.less, p)
    case 62: punct(.greater, p)
    case 42: punct(.star, p)
    case 124: punct(.bar, p)
    case 10, 59: nextLine(p)
    default: lexOther(p, b)
    }
  }

  /// `%…` tokens.
  @inline(never) mutating func lexLocal(_ p: Int) { lexVarFast(p, .localVar, .localID) }

  /// `%N`/`@N` (up to 12 digits) and plain `%name`/`@name` here, the rest in `lexVar`.
  /// `!N` at `p` (a digit follows the `!`).
  @inline(__always) mutating func lexMetadataID(_ p: Int) {
    var q = p &+ 1, v: UInt64 = 0
    while isDigit(base[q]) { if v < 1 << 40 { v = v * 10 + UInt64(base[q] - 48) }; q &+= 1 }
    tok = .metadataID; num = v; end = q
  }

  @inline(__always) mutating func lexVarFast(_ p: Int, _ named: Tok, _ numbered: Tok) {
    var q = p &+ 1
    let c = base[q]
    if isDigit(c) {
      // (Up to 7 digits here; more in `lexVar`, which lexes them as this would.)
      if let (n, v) = Lexer.digits(base, q), !isName(base[q &+ n]) { tok = numbered; num = v; end = q &+ n; return }
    } else if isName(c) {
      repeat { q &+= 1 } while isName(base[q])
      tok = named; nameStart = p &+ 1; nameEnd = q; escaped = false; end = q
      return
    }
    lexVar(p, named, numbered)
  }

  /// The decimal digits at `p`, read 8 bytes at once (the text's zero padding makes that safe
  /// anywhere up to its end): how many there are (0 to 7) and their value; nil when there are 8
  /// or more (the caller reads them one at a time instead).
  @inline(__always) static func digits(_ b: UnsafePointer<UInt8>, _ p: Int) -> (Int, UInt64)? {
    let x = UnsafeRawPointer(b + p).loadUnaligned(as: UInt64.self) &- 0x3030_3030_3030_3030
    // The high bit of each byte that is not a digit ('0' ... '9': below 10 after subtracting '0',
    // and below 0x80 after adding 0x76 too). Exact up to the first such byte (borrows and carries
    // only move upward, and the bytes below it are digits); the bytes above do not matter.
    let stop = (x | (x &+ 0x7676_7676_7676_7676)) & 0x8080_8080_8080_8080
    if stop == 0 { return nil }
    let n = stop.trailingZeroBitCount &>> 3
    if n == 0 { return (0, 0) }
    if n <= 4 {
      // Up to 4 digits (nearly every `%N`): the combining below done in 32 bits, two steps
      // instead of three (what the products lose past bit 31 lies above the value).
      var v = UInt32(truncatingIfNeeded: x) &<< UInt32(32 &- 8 &* n)
      v = ((v & 0x0F0F_0F0F) &* 2561) &>> 8
      v = ((v & 0x00FF_00FF) &* 6_553_601) &>> 16
      return (n, UInt64(v))
    }
    // The n digits (the first the most significant, in the lowest byte) moved to the top bytes,
    // zeros below them, then combined pairwise: 2 digits per 16 bits, 4 per 32, 8 in all.
    var v = x &<< UInt64(64 &- 8 &* n)
    v = ((v & 0x0F0F_0F0F_0F0F_0F0F) &* 2561) &>> 8
    v = ((v & 0x00FF_00FF_00FF_00FF) &* 6_553_601) &>> 16
    v = ((v & 0x0000_FFFF_0000_FFFF) &* 42_949_672_960_001) &>> 32
    return (n, v)
  }

  /// A token starting with a digit: a plain decimal integer here, anything else in `lexNumber`.
  @inline(never) mutating func lexDecimal(_ p: Int) {
    var q = p
    var c = base[q]
    var v: UInt64 = 0
    repeat { v = v &* 10 &+ UInt64(c &- 48); q &+= 1; c = base[q] } while isDigit(c)
    if c == 58 { tok = .labelID; num = q &- p > 18 ? .max : v; end = q &+ 1; return }  // `12:` (as `lexNumber`)
    if isName(c) { return lexNumber(p) }  // float, hex float, `1abc:` name
    tok = .intLit; num = v; negative = false; bigInt = q &- p > 18; nameStart = p; nameEnd = q; end = q
  }

  /// A word starting with `i`: usually an integer type.
  @inline(never) mutating func lexI(_ p: Int) {
    var q = p &+ 1
    let d1 = base[q] &- 48
    if d1 >= 10 { return lexLower(p) }  // not `iN`: as any other lowercase word
    // `i1`, `i8`, `i16`, `i32`, `i64`: one or two digits, settled here.
    let c2 = base[q &+ 1]
    if c2 &- 48 >= 10 {
      if !isName(c2) { tok = .intType; num = UInt64(d1); end = q &+ 1; return }
    } else {
      let c3 = base[q &+ 2]
      if c3 &- 48 >= 10 && !isName(c3) {
        tok = .intType; num = UInt64(d1) &* 10 &+ UInt64(c2 &- 48); end = q &+ 2; return
      }
    }
    var w: UInt64 = 0
    while isDigit(base[q]) { w = min(w &* 10 &+ UInt64(base[q] &- 48), 1 << 40); q &+= 1 }
    if !isName(base[q]) && q &- p <= 24 { tok = .intType; num = w; end = q; return }
    lexWord(p)
  }

  /// A word starting with a lowercase letter (not `iN`, not `c"…"`, which `lexWord` handles
  /// when it sees the quote): mostly keywords.
  @inline(never) mutating func lexLower(_ p: Int) {
    if lexKeywordFast(p) { return }
    var q = p &+ 1
    while isName(base[q]) { q &+= 1 }
    let c = base[q], n = q &- p
    if c == 58 || c == 34 { return lexWord(p) }  // label, c"…" (and any word before a quote)
    end = q
    let k = kwt.lookup(base + p, n)
    if k != .none_ { tok = .keyword; kw = k; return }
    tok = .ident; nameStart = p; nameEnd = q; escaped = false
  }

  /// Whether the 8 bytes `w` (little-endian) begin with `word`: `n` letters, then a space.
  @inline(__always) static func startsWith(_ w: UInt64, _ n: Int, _ word: UInt64) -> Bool {
    w & ((1 &<< UInt64(8 &* (n &+ 1))) &- 1) == word
  }

  /// Whether `getelementptr ` starts at `p` (`w`: its first 8 bytes).
  @inline(__always) func isGetelementptr(_ p: Int, _ w: UInt64) -> Bool {
    w == 0x656D656C65746567
      && UnsafeRawPointer(base + (p &+ 8)).loadUnaligned(as: UInt64.self) & 0xFFFF_FFFF_FFFF == 0x20727470746E
  }

  /// The frequent keywords inside a line (`noundef`, `to`, `label`, `x`, `inbounds`, `void`,
  /// integer predicates, …) followed by a space (`zeroinitializer`: by any byte that ends a
  /// word) at `p`: lexed as the rest of `lexLower` would (a keyword token),
  /// comparing bytes instead of scanning and hashing the word; false (nothing changed) otherwise.
  @inline(__always) mutating func lexKeywordFast(_ p: Int) -> Bool {
    let w = UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self)
    @inline(__always) func m(_ n: Int, _ word: UInt64) -> Bool { Lexer.startsWith(w, n, word) }
    let k: Kw, n: Int
    switch base[p] {
    case 110:  // n
      if w == 0x206665646E756F6E { k = .noundef; n = 7 } else if m(3, 0x2077756E) { k = .nuw; n = 3 }
      else if m(3, 0x2077736E) { k = .nsw; n = 3 } else if m(2, 0x20656E) { k = .ne; n = 2 } else { return false }
    case 115:  // s: integer predicates
      if m(3, 0x20746C73) { k = .slt; n = 3 } else if m(3, 0x20746773) { k = .sgt; n = 3 }
      else if m(3, 0x20656773) { k = .sge; n = 3 } else if m(3, 0x20656C73) { k = .sle; n = 3 } else { return false }
    case 101: if m(2, 0x207165) { k = .eq; n = 2 } else { return false }  // e
    case 122:  // z: `zeroinitializer`, ended as the general path ends a keyword
      let c = base[p &+ 15]
      if w == 0x74696E696F72657A
        && UnsafeRawPointer(base + (p &+ 8)).loadUnaligned(as: UInt64.self) & 0x00FF_FFFF_FFFF_FFFF == 0x72_657A_696C_6169
        && !isName(c) && c != 58 && c != 34 {
        k = .zeroinitializer; n = 15
      } else {
        return false
      }
    case 116: if m(2, 0x206F74) { k = .to; n = 2 } else { return false }  // t
    case 108: if m(5, 0x206C6562616C) { k = .label; n = 5 } else { return false }  // l
    case 120: if m(1, 0x2078) { k = .x; n = 1 } else { return false }  // x
    case 105: if w == 0x73646E756F626E69 && base[p &+ 8] == 32 { k = .inbounds; n = 8 } else { return false }  // i
    case 118:  // v
      if m(4, 0x2064696F76) { k = .void; n = 4 }
      else if w == 0x656C6974616C6F76 && base[p &+ 8] == 32 { k = .volatile; n = 8 } else { return false }
    case 103: if isGetelementptr(p, w) { k = .getelementptr; n = 13 } else { return false }  // g
    default: return false
    }
    tok = .keyword; kw = k; end = p &+ n
    return true
  }

  /// Everything rarer: end of input, `@ $ ! # "`, numbers with a sign, `...`, other words, errors.
  @inline(never) mutating func lexOther(_ p: Int, _ b: UInt8) {
    switch b {
    case 0:
      if p >= count { tok = .eof; end = p; return }
      return fail(p, p &+ 1, 1)
    case 64: lexVarFast(p, .globalVar, .globalID)  // @
    case 36:                                      // $
      if base[p &+ 1] == 34 { lexQuoted(p &+ 1, prefix: true, kind: .comdatVar); return }
      var q = p &+ 1
      while isName(base[q]) { q &+= 1 }
      if q == p &+ 1 { return fail(p, p &+ 1, 2) }
      tok = .comdatVar; nameStart = p &+ 1; nameEnd = q; escaped = false; end = q
    case 33:                                      // !
      let c = base[p &+ 1]
      if isDigit(c) {
        lexMetadataID(p)
      } else if cls[Int(c)] & 1 != 0 || c == 92 {
        var q = p &+ 1
        while isName(base[q]) || base[q] == 92 { q &+= 1 }
        tok = .metadataVar; nameStart = p &+ 1; nameEnd = q; escaped = false; end = q
      } else {
        tok = .exclaim; end = p &+ 1
      }
    case 35:                                      // #
      var q = p &+ 1
      if isDigit(base[q]) {
        var v: UInt64 = 0
        while isDigit(base[q]) { if v < 1 << 40 { v = v * 10 + UInt64(base[q] - 48) }; q &+= 1 }
        tok = .attrGrpID; num = v; end = q
        return
      }
      while isName(base[q]) { q &+= 1 }
      let n = q - p
      func eq(_ s: StaticString) -> Bool {
        guard s.utf8CodeUnitCount == n else { return false }
        let sp = s.utf8Start
        for i in 0..<n where sp[i] != base[p + i] { return false }
        return true
      }
      if eq("#dbg_declare") { num = 0 } else if eq("#dbg_value") { num = 1 }
      else if eq("#dbg_assign") { num = 2 } else if eq("#dbg_label") { num = 3 }
      else { return fail(p, max(q, p &+ 1), 3) }
      tok = .dbgRecord; end = q
    case 34:                                      // "
      lexQuoted(p, prefix: false, kind: .string)
    case 45, 43:                                  // - +
      if isDigit(base[p &+ 1]) { lexNumber(p) } else if b == 45 { lexWord(p) }
      else { fail(p, p &+ 1, 4) }
    case 46:                                      // .
      if base[p &+ 1] == 46 && base[p &+ 2] == 46 { tok = .dotdotdot; end = p &+ 3 }
      else { lexWord(p) }
    default:
      if cls[Int(b)] & 1 != 0 { lexWord(p) }
      else if b == 94 { fail(p, p &+ 1, 5) }
      else { fail(p, p &+ 1, 6, b) }
    }
  }

  @inline(__always) mutating func punct(_ t: Tok, _ p: Int) { tok = t; end = p &+ 1 }

  @inline(never) mutating func fail(_ p: Int, _ q: Int, _ code: UInt8, _ byte: UInt8 = 0) {
    tok = .error; errCode = code; errByte = byte; end = q
  }

  /// The message of an `.error` token.
  var errMsg: String {
    let b = errByte
    switch errCode {
    case 1: return "unexpected NUL byte"
    case 2: return "expected name after '$'"
    case 3: return "expected attribute group id or debug record after '#'"
    case 4: return "unexpected character '+'"
    case 5: return "unsupported: module summary entry ('^')"
    case 6: return b >= 32 && b < 127 ? "unexpected character '\(Character(UnicodeScalar(b)))'" : "unexpected byte 0x\(String(b, radix: 16))"
    case 7: return "expected name or number after '\(Character(UnicodeScalar(b)))'"
    case 8: return "unterminated string"
    case 9: return "expected hexadecimal digits"
    default: return "invalid number"
    }
  }

  /// `%name`, `%"quoted"`, `%123` (and the same after `@`).
  @inline(never) mutating func lexVar(_ p: Int, _ named: Tok, _ numbered: Tok) {
    let c = base[p &+ 1]
    if isDigit(c) {
      var q = p &+ 1, v: UInt64 = 0
      while isDigit(base[q]) { v = v &* 10 &+ UInt64(base[q] &- 48); q &+= 1 }
      // Up to 12 digits the value is below 2^40 and exact; longer numbers keep the saturating
      // rule used for every other numeric token (stop accumulating once the value reaches 2^40).
      if q &- p > 13 {
        v = 0
        var r = p &+ 1
        while r < q { if v < 1 << 40 { v = v * 10 + UInt64(base[r] - 48) }; r &+= 1 }
      }
      if isName(base[q]) {  // `%1abc` is a name in LLVM
        while isName(base[q]) { q &+= 1 }
        tok = named; nameStart = p &+ 1; nameEnd = q; escaped = false; end = q
        return
      }
      tok = numbered; num = v; end = q
    } else if c == 34 {
      lexQuoted(p &+ 1, prefix: true, kind: named)
    } else if isName(c) {
      var q = p &+ 2
      while isName(base[q]) { q &+= 1 }
      tok = named; nameStart = p &+ 1; nameEnd = q; escaped = false; end = q
    } else {
      fail(p, p &+ 1, 7, base[p])
    }
  }

  /// A quoted string starting at the `"` at `q`. A plain string followed by ':' is a label.
  /// (8 bytes at a time up to the first that may end it, a `"`, a newline or a NUL, noting
  /// any `\` before it: see `bytesEqual`.)
  @inline(never) mutating func lexQuoted(_ q: Int, prefix: Bool, kind: Tok) {
    var i = q &+ 1
    var esc = false
    while true {
      let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      let stop = Lexer.bytesEqual(w, 34) | Lexer.bytesEqual(w, 10) | Lexer.bytesEqual(w, 0)
      let bs = Lexer.bytesEqual(w, 92)
      if stop == 0 { esc = esc || bs != 0; i &+= 8; continue }
      let k = stop.trailingZeroBitCount
      if bs != 0 && bs.trailingZeroBitCount < k { esc = true }
      i &+= k &>> 3
      let c = base[i]
      if c == 34 { break }
      if c == 10 || i >= count {
        return fail(start, i, 8)
      }
      i &+= 1  // a NUL inside the text
    }
    nameStart = q &+ 1; nameEnd = i; escaped = esc
    end = i &+ 1
    tok = kind
    if !prefix && base[i &+ 1] == 58 { tok = .labelStr; end = i &+ 2 }
  }

  /// The high bit of each byte of `w` (8 bytes, little-endian) that equals `b`: exact up to and
  /// including the lowest such byte (a byte above a match may be flagged too, through the
  /// subtraction's borrow), and 0 when none does. So the lowest flag is the first match.
  @inline(__always) static func bytesEqual(_ w: UInt64, _ b: UInt8) -> UInt64 {
    let x = w ^ (0x0101_0101_0101_0101 &* UInt64(b))
    return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
  }

  @inline(never) mutating func lexNumber(_ p: Int) {
    var q = p
    negative = base[q] == 45
    if base[q] == 45 || base[q] == 43 { q &+= 1 }
    // hexadecimal floating point: 0x…, 0xK…, 0xL…, 0xM…, 0xH…, 0xR…
    if base[q] == 48 && base[q &+ 1] == 120 && base[p] != 43 {
      var r = q &+ 2
      hexKind = 0
      let k = base[r]
      if k == 75 || k == 76 || k == 77 || k == 72 || k == 82 { hexKind = k; r &+= 1 }
      let hs = r
      while cls[Int(base[r])] & 8 != 0 { r &+= 1 }
      if r == hs { return fail(p, r, 9) }
      nameStart = hs; nameEnd = r
      tok = .hexFloat; end = r
      return
    }
    let ds = q
    var v: UInt64 = 0
    while isDigit(base[q]) { v = v &* 10 &+ UInt64(base[q] - 48); q &+= 1 }
    let nd = q - ds
    if base[q] == 46 {  // decimal float
      q &+= 1
      while isDigit(base[q]) { q &+= 1 }
      if base[q] == 101 || base[q] == 69 {
        var r = q &+ 1
        if base[r] == 43 || base[r] == 45 { r &+= 1 }
        if isDigit(base[r]) { while isDigit(base[r]) { r &+= 1 }; q = r }
      }
      tok = .floatLit; end = q
      return
    }
    if base[q] == 58 && base[p] != 45 && base[p] != 43 {  // `12:` block label
      tok = .labelID; num = nd > 18 ? UInt64.max : v; end = q &+ 1
      return
    }
    if isName(base[q]) && !negative {  // `1abc:` style names
      var r = q
      while isName(base[r]) { r &+= 1 }
      if base[r] == 58 { tok = .labelStr; nameStart = p; nameEnd = r; escaped = false; end = r + 1; return }
      return fail(p, r, 10)
    }
    tok = .intLit; num = v; bigInt = nd > 18; nameStart = ds; nameEnd = q; end = q
  }

  @inline(never) mutating func lexWord(_ p: Int) {
    var q = p &+ 1
    if base[p] == 105 && isDigit(base[q]) {  // iN
      var w: UInt64 = 0
      while isDigit(base[q]) { w = min(w &* 10 &+ UInt64(base[q] - 48), 1 << 40); q &+= 1 }
      if !isName(base[q]) && q - p <= 24 {
        tok = .intType; num = w; end = q
        return
      }
    }
    while isName(base[q]) { q &+= 1 }
    if base[q] == 58 {  // label
      tok = .labelStr; nameStart = p; nameEnd = q; escaped = false; end = q &+ 1
      return
    }
    end = q
    let n = q - p
    // c"…"
    if n == 1 && base[p] == 99 && base[q] == 34 {
      lexQuoted(q, prefix: true, kind: .cstring); start = p
      return
    }
    // iN
    if base[p] == 105 && n >= 2 && n <= 24 {
      var w: UInt64 = 0, i = p &+ 1
      while i < q && isDigit(base[i]) { w = min(w * 10 + UInt64(base[i] - 48), 1 << 40); i &+= 1 }
      if i == q { tok = .intType; num = w; return }
    }
    let k = kwt.lookup(base + p, n)
    if k != .none_ { tok = .keyword; kw = k; return }
    tok = .ident; nameStart = p; nameEnd = q; escaped = false
  }
}
