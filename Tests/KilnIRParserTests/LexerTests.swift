// Lexer unit tests: token kinds, payloads and byte ranges for every token class, including
// quoted names, labels, numbers of every shape, metadata tokens and error tokens.

@testable import KilnIRParser
import Testing

@Suite struct LexerTests {
  /// Lexes `text` and returns (kind, source text) pairs up to EOF.
  func lex(_ text: String) -> [(Tok, String)] {
    var bytes = Array(text.utf8)
    let n = bytes.count
    bytes += [UInt8](repeating: 0, count: 16)
    return bytes.withUnsafeBufferPointer { b in
      charClass.withUnsafeBufferPointer { cls in
        var lx = Lexer(base: b.baseAddress!, count: n, cls: cls.baseAddress!)
        var out: [(Tok, String)] = []
        lx.next()
        var guardCount = 0
        while lx.tok != .eof && guardCount < 1000 {
          out.append((lx.tok, String(decoding: b[lx.start..<lx.end], as: UTF8.self)))
          lx.next()
          guardCount += 1
        }
        return out
      }
    }
  }

  func kinds(_ text: String) -> [Tok] { lex(text).map(\.0) }

  @Test func punctuationAndComments() {
    #expect(kinds("( ) { } [ ] < > , = * | ... ; comment\n!") ==
      [.lparen, .rparen, .lbrace, .rbrace, .lsquare, .rsquare, .less, .greater, .comma, .equal, .star, .bar, .dotdotdot, .exclaim])
  }

  @Test func variables() {
    let t = lex(#"%x %12 %"a b" %a.b$c-d @g @7 @"q\22" $cd !dbg !42 #3 %.str %1abc"#)
    #expect(t.map(\.0) == [.localVar, .localID, .localVar, .localVar, .globalVar, .globalID, .globalVar, .comdatVar,
                           .metadataVar, .metadataID, .attrGrpID, .localVar, .localVar])
    #expect(t[2].1 == #"%"a b""#)
    #expect(t[3].1 == "%a.b$c-d")
  }

  @Test func labels() {
    #expect(kinds("entry: 12: for.body: \"odd name\":") == [.labelStr, .labelID, .labelStr, .labelStr])
  }

  @Test func numbers() {
    let t = lex("0 -12 123456789012345678901234 1.5 -2.0e+10 3.e5 0x3FF0000000000000 0xK3FFF8000000000000000 0xL00000000000000003FFF800000000000 0xH3C00")
    #expect(t.map(\.0) == [.intLit, .intLit, .intLit, .floatLit, .floatLit, .floatLit, .hexFloat, .hexFloat, .hexFloat, .hexFloat])
  }

  @Test func keywordsTypesIdents() {
    var bytes = Array("define i32 i1 i256 ptr x nuw DW_TAG_member DIFlagPrototyped c\"ab\\00\" zeroinitializer".utf8)
    let n = bytes.count
    bytes += [UInt8](repeating: 0, count: 16)
    bytes.withUnsafeBufferPointer { b in
      charClass.withUnsafeBufferPointer { cls in
        var lx = Lexer(base: b.baseAddress!, count: n, cls: cls.baseAddress!)
        lx.next(); #expect(lx.tok == .keyword && lx.kw == .define)
        lx.next(); #expect(lx.tok == .intType && lx.num == 32)
        lx.next(); #expect(lx.tok == .intType && lx.num == 1)
        lx.next(); #expect(lx.tok == .intType && lx.num == 256)
        lx.next(); #expect(lx.tok == .keyword && lx.kw == .ptr)
        lx.next(); #expect(lx.tok == .keyword && lx.kw == .x)
        lx.next(); #expect(lx.tok == .keyword && lx.kw == .nuw)
        lx.next(); #expect(lx.tok == .ident)
        lx.next(); #expect(lx.tok == .ident)
        lx.next(); #expect(lx.tok == .cstring && lx.escaped)
        lx.next(); #expect(lx.tok == .keyword && lx.kw == .zeroinitializer)
        lx.next(); #expect(lx.tok == .eof)
      }
    }
  }

  @Test func everyKeywordIsFound() {
    for k in Kw.allCases where k != .none_ {
      let name = KeywordTable.shared.name(k)
      var bytes = Array(name.utf8)
      let n = bytes.count
      bytes += [UInt8](repeating: 0, count: 16)
      let found: Kw = bytes.withUnsafeBufferPointer { KeywordTable.shared.lookup($0.baseAddress!, n) }
      #expect(found == k, "keyword \(name)")
    }
  }

  @Test func debugRecordsAndMetadata() {
    #expect(kinds("#dbg_declare #dbg_value #dbg_assign #dbg_label !{ !\"s\" !DILocation(") ==
      [.dbgRecord, .dbgRecord, .dbgRecord, .dbgRecord, .exclaim, .lbrace, .exclaim, .string, .metadataVar, .lparen])
  }

  @Test func errorTokens() {
    #expect(kinds("\"unterminated\n") == [.error])
    #expect(kinds("\u{0}") == [.error])
    #expect(kinds("^0") .first == .error)
    #expect(kinds("#foo").first == .error)
  }

  @Test func lineStartFlag() {
    var bytes = Array("a b\n  c".utf8)
    let n = bytes.count
    bytes += [UInt8](repeating: 0, count: 16)
    bytes.withUnsafeBufferPointer { b in
      charClass.withUnsafeBufferPointer { cls in
        var lx = Lexer(base: b.baseAddress!, count: n, cls: cls.baseAddress!)
        lx.next(); #expect(lx.lineStart)
        lx.next(); #expect(!lx.lineStart)
        lx.next(); #expect(lx.lineStart)
      }
    }
  }

  /// `kwSpellings` is written out by hand: it must spell every `Kw` case, in order, and the
  /// table must find each keyword and nothing else (prefixes, extensions, other lengths).
  @Test func keywordSpellingsAndLookup() {
    #expect(kwSpellings.count == Kw.allCases.count)
    let table = KeywordTable.shared
    for k in Kw.allCases where k != .none_ {
      let name = "\(k)"
      #expect(kwSpellings[Int(k.rawValue)].description == name)
      var bytes = Array(name.utf8) + [UInt8](repeating: 0, count: 40)
      let n = name.utf8.count
      bytes.withUnsafeBufferPointer { b in
        #expect(table.lookup(b.baseAddress!, n) == k)
        if n > 1 { #expect(table.lookup(b.baseAddress!, n - 1) != k) }
      }
      bytes[n] = UInt8(ascii: "x")
      bytes.withUnsafeBufferPointer { b in #expect(table.lookup(b.baseAddress!, n + 1) != k) }
      bytes[n - 1] ^= 1
      bytes.withUnsafeBufferPointer { b in #expect(table.lookup(b.baseAddress!, n) != k) }
    }
    #expect(kinds("getelementptr inbounds x86_fp80 dereferenceable_or_null getelementptrx") ==
            [.keyword, .keyword, .keyword, .keyword, .ident])
  }

  /// Numbered values keep their exact value up to 12 digits and saturate beyond 2^40 as before.
  @Test func longNumberedValues() {
    func num(_ text: String) -> UInt64 {
      var bytes = Array(text.utf8)
      let n = bytes.count
      bytes += [UInt8](repeating: 0, count: 16)
      return bytes.withUnsafeBufferPointer { b in
        charClass.withUnsafeBufferPointer { cls in
          var lx = Lexer(base: b.baseAddress!, count: n, cls: cls.baseAddress!)
          lx.next()
          return lx.num
        }
      }
    }
    #expect(num("%999999999999") == 999_999_999_999)
    #expect(num("%1099511627775") == 1_099_511_627_775)
    #expect(num("%1099511627776") == 1_099_511_627_776)
    #expect(num("%12345678901234567890") == 1_234_567_890_123)
    #expect(num("@000000000000000007") == 7)
  }
}
