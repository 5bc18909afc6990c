// Function declarations and definitions: the header (linkage, calling convention, attributes,
// arguments, personality, `!dbg`), the body's blocks and every instruction of the subset, with
// the operand layouts documented on `KilnIR.Opcode`.
//
// Locals: `%N` resolve through the `numbered` array (the header's arguments; `bodyNumbered` in
// the body), `%name` through `namedGen` (indexed by Symbol.raw, stamped with a per-function
// generation so it never needs clearing). A use before
// the definition gets a pending placeholder (tag .inst, index | pendingBit) that remembers the
// expected type; the definition checks that type, and `finishFunction` rewrites the operands.
// Error recovery: a failed statement is rolled back (operands, side arrays) and parsing resumes
// at the next line.
// Speed: the most frequent operand spellings (`load T, ptr %N`, `store`, casts, binary ops,
// `icmp`, GEP operands, `br`, call arguments, plain `@name` globals, constant `getelementptr`
// addresses) are matched on the bytes (`fastLoad` and its neighbours), falling back to the
// general path, which alone reports errors.

import KilnIR
import KilnSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Parser {
  // MARK: header

  mutating func parseCallingConv() throws(ParseFail) -> CallingConv? {
    guard lx.tok == .keyword else { return nil }
    switch lx.kw {
    case .ccc: lx.next(); return .c
    case .fastcc: lx.next(); return .fast
    case .coldcc: lx.next(); return .cold
    case .cc:
      lx.next()
      guard lx.tok == .intLit, !lx.negative, !lx.bigInt else { throw errHere("expected calling convention number") }
      let n = lx.num
      switch n {
      case 0: lx.next(); return .c
      case 8: lx.next(); return .fast
      case 9: lx.next(); return .cold
      default: throw errHere("unsupported: calling convention 'cc \(n)'")
      }
    default:
      if isUnsupportedCC(lx.kw) { throw errHere("unsupported: calling convention '\(kwName(lx.kw))'") }
      return nil
    }
  }

  /// `whole`: in a worker of a parallel parse, the function phase 1 deferred whole (its name and
  /// index are already defined; the lexer is at its `define`).
  mutating func parseFunction(isDefine: Bool, whole: DeferredItem? = nil) throws(ParseFail) {
    if isDefine && deferBodies, try deferWholeFunction() { return }
    lx.next()
    let linkage = parseLinkage()
    var vis = Visibility.default
    var flags: UInt8 = 0
    var cc = CallingConv.c
    while true {
      try parseGlobalFlags(&vis, &flags)
      if let c = try parseCallingConv() { cc = c; continue }
      break
    }
    let retAttrs = try parseParamAttrs()
    let rloc = lx.start
    let ret = try parseType()
    switch m.types.kindOf(ret) {
    case .label, .metadata, .function: throw err(rloc, "invalid function return type")
    case .structure where m.types.node(ret).opaque: throw err(rloc, "invalid function return type")
    default: break
    }
    let nameLoc = lx.start
    let name: Symbol
    switch lx.tok {
    case .globalVar where whole != nil, .globalID where whole != nil: name = m.functions[whole!.index].name
    case .globalVar: name = internName()
    case .globalID:
      if lx.num != UInt64(nextGlobalNumber) { throw errHere("function expected to be numbered '@\(nextGlobalNumber)'") }
      nextGlobalNumber += 1
      name = internDigits()
    default: throw errHere("expected function name")
    }
    lx.next()
    if lx.tok != .lparen { throw errHere("expected '(' in function argument list") }
    lx.next()

    // Fresh per-function state.
    startFunctionState()
    fn = Function(name: name, type: .void)
    // The arguments are collected on scratch stacks (types on `typeScratch`) and copied out
    // once, at their exact size.
    let tBase = typeScratch.count
    defer { typeScratch.truncate(to: tBase) }
    argNameScratch.truncate(to: 0)
    argLocScratch.truncate(to: 0)
    argAttrScratch.truncate(to: 0)
    argAttrScratch.append(retAttrs)
    var varArg = false
    var namedArgs = false
    if lx.tok != .rparen {
      var k = 0
      while true {
        if eat(.dotdotdot) { varArg = true; break }
        let aloc = lx.start
        let t = try parseType()
        switch m.types.kindOf(t) {
        case .void, .label, .function: throw err(aloc, "invalid type for function argument")
        default: break
        }
        let attrs = try parseParamAttrs()
        var argName = Symbol.empty
        var argLoc = aloc
        if lx.tok == .localVar {
          argName = internName(); argLoc = lx.start
          namedArgs = true
          if isDefine { defineNamed(argName, .argument(k), t, loc: lx.start) }
          lx.next()
        } else if lx.tok == .localID {
          argLoc = lx.start
          if isDefine {
            if lx.num != UInt64(nextNumber) { throw errHere("argument expected to be numbered '%\(nextNumber)'") }
            defineNumbered(.argument(k))
          }
          lx.next()
        } else if isDefine {
          defineNumbered(.argument(k))
        }
        typeScratch.append(t)
        argNameScratch.append(argName)
        argLocScratch.append(SourceLoc(argLoc))
        argAttrScratch.append(attrs)
        k += 1
        if !eat(.comma) { break }
      }
    }
    try expect(.rparen, "expected ')' at end of argument list")
    if typeScratch.count > tBase {
      fn.argTypes = typeScratch.array(from: tBase)
      // (No names, clang's usual numbered arguments: left empty, see `Function.argNames`.)
      if namedArgs { fn.argNames = argNameScratch.array(from: 0) }
      fn.argLocs = argLocScratch.array(from: 0)
    }
    fn.paramAttrs = argAttrScratch.array(from: 0)
    fn.type = m.types.function(ret, fn.argTypes, varArg: varArg)
    fn.linkage = linkage ?? .external
    fn.visibility = vis
    fn.flags = flags
    fn.callingConv = cc
    fn.loc = SourceLoc(nameLoc)

    // Attributes and properties after the signature.
    header: while true {
      switch lx.tok {
      case .keyword:
        switch lx.kw {
        case .unnamed_addr: fn.flags |= GlobalFlags.unnamedAddr; lx.next()
        case .local_unnamed_addr: fn.flags |= GlobalFlags.localUnnamedAddr; lx.next()
        case .addrspace: try parseAddrSpace()
        case .section:
          lx.next()
          if lx.tok != .string { throw errHere("expected section name") }
          fn.section = internName(); lx.next()
        case .partition:
          lx.next()
          try expect(.string, "expected partition name")
        case .comdat:
          lx.next()
          fn.comdat = name
          if eat(.lparen) {
            if lx.tok != .comdatVar { throw errHere("expected comdat variable") }
            fn.comdat = internName(); lx.next()
            try expect(.rparen, "expected ')' after comdat var")
          }
        case .align:
          lx.next()
          fn.alignLog2Plus1 = try parseAlignValue()
        case .gc: throw errHere("unsupported: garbage collector ('gc')")
        case .prefix: throw errHere("unsupported: function prefix data")
        case .prologue: throw errHere("unsupported: function prologue data")
        case .personality:
          lx.next()
          let ploc = lx.start
          let pt = try parseType()
          if pt != .ptr { throw err(ploc, "personality must have pointer type") }
          fn.personality = try parseConstantValue(pt)
        default:
          let before = lx.start
          try skipFnAttrs()
          if lx.start == before { break header }  // not an attribute: the header ends here
        }
      case .attrGrpID, .string, .ident:
        try skipFnAttrs()
      case .metadataVar where !lx.lineStart:
        let isDbg = isDbgName()
        lx.next()
        let node = try parseMDRef()
        if isDbg { fn.dbg = node }
      default:
        break header
      }
    }

    if let d = whole {
      // A worker (`parseDeferredFunction`): the body as `parseDeferredBody` parses one.
      fnIndex = d.index
      if lx.tok != .lbrace { throw errHere("expected '{' in function body") }
      parseBodyDeferred(to: d.end)
      return
    }
    fnIndex = m.functions.count
    try defineGlobal(name, .function(fnIndex), loc: nameLoc)
    if !isDefine {
      m.functions.append(takeFunction())
      return
    }
    if lx.tok != .lbrace { throw errHere("expected '{' in function body") }
    let bodyLoc = lx.start
    if deferBodies {
      // Phase 1 of a parallel parse: keep the header, skip the body to its closing `}` at a
      // line start; a worker parses it later (Parallel.swift checks that it ends right there).
      if let close = closingBrace(from: bodyLoc + 1) {
        deferred.append(DeferredItem(.body, index: fnIndex, lexer: lx, end: close))
        m.functions.append(takeFunction())
        lx.pos = close - 1  // the newline before `}`: the `}` token starts a line, as when parsed
        lx.next()
        lx.next()
        return
      }
      parallelUnsafe = true  // no such `}`: the body runs to the end of the file
    }
    m.functions.append(Function(name: name, type: fn.type))  // reserve the index
    inFunction = true
    lx.next()
    parseBody(bodyLoc: bodyLoc)
    inFunction = false
    m.functions[fnIndex] = takeFunction()
  }

  /// `fn`, leaving an empty function in its place: moved out, so that its arrays are neither
  /// retained by the copy nor released by the reset.
  mutating func takeFunction() -> Function {
    var f = Function(name: .empty, type: .void)
    swap(&f, &fn)
    return f
  }

  func isDbgName() -> Bool {
    lx.nameEnd - lx.nameStart == 3 && lx.base[lx.nameStart] == 100 && lx.base[lx.nameStart + 1] == 98
      && lx.base[lx.nameStart + 2] == 103
  }

  mutating func startFunctionState() {
    // (`truncate`: `removeAll(keepingCapacity:)` is a generic call even on an empty array.)
    numbered.truncate(to: 0)
    resultNames.truncate(to: 0)
    nextNumber = 0
    gen += 1
    pendLocal.truncate(to: 0)
    curBlock = -1
    blockTerminated = true
    fnErrors = 0
    mdFieldsAtFnStart = m.metadata.fields.count
  }

  // MARK: local names

  @inline(__always) mutating func namedSlot(_ s: Symbol) -> Int {
    let i = Int(s.raw)
    if i >= namedGen.count {
      namedGen.append(contentsOf: repeatElement(0, count: max(i + 1, namedGen.count * 2, 1024) - namedGen.count))
    }
    return i
  }

  /// The type of any value in the current function (`.void` for a stale or broken reference,
  /// which only happens after an error was reported).
  /// Inlined (and reading fields directly) so callers never copy the whole parser to call it.
  /// (Switches on the raw tag bits, `Value.Tag` raw values: `Value.tag` calls the enum's
  /// out-of-line initializer. The usual case, a defined instruction, first: tag 0 and no
  /// `pendingBit`.)
  @inline(__always) func typeOf(_ v: Value) -> TypeID {
    if v.raw < UInt32(pendingBit) { return v.index < bodyInsts.count ? bodyInsts[v.index].type : .void }
    switch v.raw >> 29 {
    case 0:  // .inst with `pendingBit` (the others are answered above)
      let i = v.index & (pendingBit - 1)
      return i < pendLocal.count ? pendLocal[i].type : .void
    case 1:  // .argument
      return v.index < fn.argTypes.count ? fn.argTypes[v.index] : .void
    case 2:  // .constant
      return v.index < m.constants.nodes.count ? m.constants.nodes[v.index].type : .void
    case 6:  // .block
      return .label
    case 7:  // .metadata
      return .metadata
    default: return .ptr  // global, function, alias
    }
  }

  /// Resolves a pending placeholder to its definition `v` of type `t`. A type clash is reported
  /// (not thrown: the definition itself is complete and stays in place). The placeholder's
  /// key names the value (`%name` or `%N`), spelled only for a message.
  mutating func resolvePending(_ p: Value, _ v: Value, _ t: TypeID, loc: Int) {
    let i = p.index & (pendingBit - 1)
    let want = pendLocal[i].type
    pendLocal[i].resolved = v
    if want != t {
      let key = pendLocal[i].key
      let name = pendLocal[i].named ? "%" + m.name(Symbol(raw: key)) : "%\(key)"
      if want == .label { report(loc, "'\(name)' is not a basic block") }
      else { report(loc, "'\(name)' defined with type '\(typeName(t))' but expected '\(typeName(want))'") }
    }
  }

  /// Binds `%name` to `v` (already stored in the function); errors are reported, not thrown.
  mutating func defineNamed(_ s: Symbol, _ v: Value, _ t: TypeID, loc: Int) {
    let i = namedSlot(s)
    let e = namedGen[i]
    if e >> 32 == gen {
      let old = Value(raw: UInt32(truncatingIfNeeded: e))
      if old.raw >> 29 == 0 && old.index & pendingBit != 0 {  // a pending .inst
        namedGen[i] = gen << 32 | UInt64(v.raw)
        resolvePending(old, v, t, loc: loc)
      } else {
        report(loc, "multiple definition of local value named '\(m.name(s))'")
      }
      return
    }
    namedGen[i] = gen << 32 | UInt64(v.raw)
  }

  /// Defines the next number as `v` (already stored in the function) in the body, on
  /// `bodyNumbered`, resolving a forward reference to it if one is pending.
  @inline(__always) mutating func defineNumberedInBody(_ v: Value, _ t: TypeID, loc: Int) {
    let n = nextNumber
    nextNumber += 1
    if n < bodyNumbered.count {
      let old = bodyNumbered[n]
      bodyNumbered[n] = v
      if old != noValue && old.raw >> 29 == 0 && old.index & pendingBit != 0 {  // a pending .inst
        resolvePending(old, v, t, loc: loc)
      }
    } else {
      bodyNumbered.append(v)
    }
  }

  /// Defines the next number (`%nextNumber`) as argument value `v`, in the header. The arguments
  /// are numbered in order from a fresh `numbered` (`startFunctionState`) before any use, so
  /// nothing can be pending there: a forward reference only arises in the body, which resolves
  /// it in `defineNumberedInBody`.
  @inline(__always) mutating func defineNumbered(_ v: Value) {
    nextNumber += 1
    numbered.append(v)
  }

  /// A use of a local (`%x`, current token) expected to have type `t`.
  mutating func localRef(_ t: TypeID) throws(ParseFail) -> Value {
    let loc = lx.start
    if !inFunction { throw errHere("local value '\(tokText())' used outside a function body") }
    var v: Value
    if lx.tok == .localID {
      let n = Int(truncatingIfNeeded: lx.num)
      if n < bodyNumbered.count && bodyNumbered[n] != noValue {
        v = bodyNumbered[n]
      } else if n < nextNumber {
        lx.next()
        return noValue  // its definition failed; already reported
      } else {
        if lx.num > UInt64(lx.count) { throw errHere("use of undefined value '%\(lx.num)'") }
        bodyNumbered.lengthen(to: n + 1, with: noValue)
        v = Value(.inst, pendingBit | pendLocal.count)
        pendLocal.append((UInt32(n), false, t, UInt32(loc), noValue))
        bodyNumbered[n] = v
        lx.next()
        return v
      }
    } else {
      let s = internName()
      let i = namedSlot(s)
      let e = namedGen[i]
      if e >> 32 == gen {
        v = Value(raw: UInt32(truncatingIfNeeded: e))
      } else {
        v = Value(.inst, pendingBit | pendLocal.count)
        pendLocal.append((s.raw, true, t, UInt32(loc), noValue))
        namedGen[i] = gen << 32 | UInt64(v.raw)
        lx.next()
        return v
      }
    }
    let vt = typeOf(v)
    if vt != t {
      if t == .label { throw errHere("'\(tokText())' is not a basic block") }
      throw errHere("'\(tokText())' defined with type '\(typeName(vt))' but expected '\(typeName(t))'")
    }
    lx.next()
    return v
  }

  /// A value of type `t`: a local or a constant.
  @inline(__always) mutating func parseValue(_ t: TypeID) throws(ParseFail) -> Value {
    if lx.tok == .localID || lx.tok == .localVar { return try localRef(t) }
    return try parseConstantValue(t)
  }

  @inline(__always) mutating func parseTypedValue() throws(ParseFail) -> (Value, TypeID) {
    let t = try parseType()
    return (try parseValue(t), t)
  }

  /// `label %bb`
  mutating func parseLabelRef() throws(ParseFail) -> Value {
    try expectKw(.label, "expected 'label' here")
    guard lx.tok == .localVar || lx.tok == .localID else { throw errHere("expected basic block name") }
    return try localRef(.label)
  }

  // MARK: body

  /// Bytes from `from` to the function's closing `}` at a line start (or to the end of input).
  /// Used only to size the body's arrays once instead of growing them repeatedly.
  /// (`mutating`, as `closingBrace`, only so that calls do not copy the whole parser.)
  mutating func bodyLength(from: Int) -> Int {
    if let q = closingBrace(from: from) { return q - from }
    return max(lx.count - from, 0)
  }

  /// Phase 1 of a parallel parse, at a `define`: when the header fills the line (clang's layout:
  /// `define … @name(…) … {`, then the body up to a `}` at a line start), defers the whole
  /// function to a worker (`parseDeferredFunction`) after defining its name, as `parseFunction`
  /// would at the end of the header; its header then costs phase 1, which runs alone, nothing
  /// (big.ll: ~5,000 instructions each). False, with nothing consumed, for any other layout or
  /// an unexpected name: the caller parses the header here (and reports what is wrong).
  mutating func deferWholeFunction() throws(ParseFail) -> Bool {
    let start = lx
    let lineEnd = lx.lineEnd(lx.start)
    // The name is the line's first `@`: nothing before it (linkage, flags, attributes, the
    // return type) can hold one.
    guard lx.end < lineEnd, let hit = memchr(lx.base + lx.end, 64, lineEnd - lx.end) else { return false }
    let at = lx.base.distance(to: UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)))
    var q = lineEnd - 1
    while q > at && (lx.base[q] == 32 || lx.base[q] == 9 || lx.base[q] == 13) { q -= 1 }
    guard lx.base[q] == 123, let close = closingBrace(from: lineEnd) else { return false }
    lx.pos = at
    lx.next()
    let nameLoc = lx.start
    let name: Symbol
    switch lx.tok {
    case .globalVar: name = internName()
    case .globalID where lx.num == UInt64(nextGlobalNumber):
      nextGlobalNumber += 1
      name = internDigits()
    default:
      lx = start
      return false
    }
    fnIndex = m.functions.count
    try defineGlobal(name, .function(fnIndex), loc: nameLoc)
    m.functions.append(Function(name: name, type: .void))  // the worker's replaces it
    deferred.append(DeferredItem(.function, index: fnIndex, lexer: start, end: close))
    lx.pos = close - 1  // the newline before `}`: the `}` token starts a line, as when parsed
    lx.next()
    lx.next()
    return true
  }

  /// The offset of the first `}` at or after `from` that starts a line, if any.
  mutating func closingBrace(from: Int) -> Int? {
    var p = from
    while p < lx.count {
      guard let hit = memchr(lx.base + p, 125, lx.count - p) else { break }
      let q = lx.base.distance(to: UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)))
      if q > 0 && lx.base[q - 1] == 10 { return q }
      p = q + 1
    }
    return nil
  }

  /// `closeAt`: where the body's closing `}` is, when known (deferred bodies).
  mutating func parseBody(bodyLoc: Int, closeAt: Int? = nil) {
    parseStatements(bodyLoc: bodyLoc, closeAt: closeAt)
    fillInstNames()
  }

  /// The body's statements up to and including its closing `}` (see `parseBody`). The
  /// instructions and operands are appended to `bodyInsts` and `bodyOps`, which write them
  /// straight into the buffers of the new `fn.insts` and `fn.operands` (sized for the body;
  /// copied out of the stacks only when a body outgrows them).
  mutating func parseStatements(bodyLoc: Int, closeAt: Int?) {
    // clang -O0 bodies average ~40-60 bytes per instruction and ~2 operands per instruction.
    let bytes = closeAt.map { max($0 - lx.start, 0) } ?? bodyLength(from: lx.start)
    fn.blocks.reserveCapacity(bytes / 256 + 4)
    fn.paramAttrs.reserveCapacity(fn.paramAttrs.count + bytes / 160)  // call arguments
    let insts0 = fn.insts, ops0 = fn.operands  // (empty: a header has none)
    var endLoc: Int? = nil
    // `numbered` (the arguments) goes on in `bodyNumbered` (read only in the body, which never
    // needs it again afterwards).
    bodyNumbered.open(capacity: bytes / 32 + 16, with: numbered)
    defer { bodyNumbered.release() }
    fn.insts = [Inst](unsafeUninitializedCapacity: bytes / 32 + 16) { ib, ni in
      fn.operands = [Value](unsafeUninitializedCapacity: bytes / 16 + 32) { ob, no in
        bodyInsts.attach(ib, with: insts0)
        bodyOps.attach(ob, with: ops0)
        endLoc = statementLoop()
        no = bodyOps.detach()
      }
      ni = bodyInsts.detach()
    }
    if bodyInsts.capacity > 0 { fn.insts = bodyInsts.take() }
    if bodyOps.capacity > 0 { fn.operands = bodyOps.take() }
    if let e = endLoc { finishFunction(bodyLoc: bodyLoc, endLoc: e) } else { endTerminatedBlock() }
  }

  /// `parseStatements`' statements: the location of the closing `}` (the lexer after it), or nil
  /// when the body ended without one (reported) or too many errors stop it.
  mutating func statementLoop() -> Int? {
    while true {
      if diags.isFull { return nil }
      switch lx.tok {
      case .rbrace:
        let endLoc = lx.start
        lx.next()
        return endLoc
      case .eof:
        report(lx.start, "expected '}' at end of function body")
        return nil
      case .keyword where lx.kw == .define || lx.kw == .declare || lx.kw == .attributes:
        report(lx.start, "expected '}' at end of function body")
        return nil
      default: break
      }
      let stmtStart = lx.start
      let ops = bodyOps.count, extra = fn.extra.count, attrs = fn.paramAttrs.count
      let insts = bodyInsts.count
      stmtResultNumbered = false
      do throws(ParseFail) {
        try parseStatement()
      } catch {
        // Roll back the partial statement and resume at the next line.
        bodyOps.truncate(to: ops)
        fn.extra.removeSubrange(extra...)
        fn.paramAttrs.removeSubrange(attrs...)
        if bodyInsts.count > insts { bodyInsts.truncate(to: insts) }
        while let r = resultNames.last, Int(r.inst) >= insts { resultNames.removeLast() }
        if stmtResultNumbered && nextNumber == stmtNumber {  // keep numbering in step
          if bodyNumbered.count <= stmtNumber { bodyNumbered.append(noValue) } else { bodyNumbered[stmtNumber] = noValue }
          nextNumber += 1
        }
        let errLine = lx.lineBegin(lx.start)
        if lx.tok != .eof && errLine > lx.lineBegin(stmtStart) && lx.lineStart {
          lx.pos = errLine
        } else {
          lx.skipLine(from: max(lx.start, stmtStart))
        }
        lx.next()
      }
    }
  }

  /// `fn.instNames` for the body parsed (parallel to `fn.insts`): the `resultNames`, `.empty`
  /// for every other instruction. (Built once at the end, in one exact-size array, instead of
  /// an append per instruction.) A body without named results (clang's usual output, all
  /// numbered) keeps an empty array: no allocation, and every reader takes a missing entry
  /// as `.empty` (see `Function.instNames`).
  mutating func fillInstNames() {
    if resultNames.isEmpty { fn.instNames = []; return }
    var names = [Symbol](repeating: .empty, count: fn.insts.count)
    names.withUnsafeMutableBufferPointer { ns in
      for r in resultNames where Int(r.inst) < ns.count { ns[Int(r.inst)] = r.name }
    }
    fn.instNames = names
  }

  /// On leaving a body without `finishFunction` (after an error): ends the current block
  /// after its terminator, if it has one, as `beginBlock` would have ended it. (Its last
  /// instruction is then the terminator: every later statement starts a new block first.)
  mutating func endTerminatedBlock() {
    if curBlock >= 0 && blockTerminated { fn.blocks[curBlock].instEnd = UInt32(fn.insts.count) }
  }

  mutating func beginBlock(name: Symbol, loc: Int) {
    let i = bodyInsts.count
    if curBlock >= 0 { fn.blocks[curBlock].instEnd = UInt32(i) }
    fn.blocks.append(Block(name: name, instStart: UInt32(i), instEnd: UInt32(i), loc: SourceLoc(loc)))
    curBlock = fn.blocks.count - 1
    blockTerminated = false
  }

  @inline(__always) mutating func parseStatement() throws(ParseFail) {
    switch lx.tok {
    case .labelStr, .labelID:
      let loc = lx.start
      if curBlock >= 0 && !blockTerminated && fnErrors == 0 {
        throw errHere("expected instruction opcode; the block before this label has no terminator")
      }
      let b = Value.block(BlockID(fn.blocks.count))
      if lx.tok == .labelID {
        if lx.num != UInt64(nextNumber) { throw errHere("label expected to be numbered '\(nextNumber)'") }
        beginBlock(name: .empty, loc: loc)
        defineNumberedInBody(b, .label, loc: loc)
      } else {
        let s = internName()
        beginBlock(name: s, loc: loc)
        defineNamed(s, b, .label, loc: loc)
      }
      lx.next(at: lx.end)  // (a label usually ends its line)
    case .dbgRecord:
      if curBlock < 0 || blockTerminated { try implicitBlock() }
      try parseDebugRecord()
    default:
      if curBlock < 0 || blockTerminated { try implicitBlock() }
      try parseInstStatement()
    }
  }

  /// A block without a label: the entry block, or one following a terminator; it takes a number.
  mutating func implicitBlock() throws(ParseFail) {
    let b = Value.block(BlockID(fn.blocks.count))
    beginBlock(name: .empty, loc: lx.start)
    defineNumberedInBody(b, .label, loc: lx.start)
  }

  @inline(__always) mutating func parseInstStatement() throws(ParseFail) {
    let loc = lx.start
    var hasResult = false
    var resName = Symbol.empty
    var resNum: UInt64 = 0
    if lx.tok == .localVar {
      hasResult = true
      resName = internName()
      try skipResultEqual()
    } else if lx.tok == .localID {
      hasResult = true
      resNum = lx.num
      if resNum != UInt64(nextNumber) { throw errHere("instruction expected to be numbered '%\(nextNumber)'") }
      stmtResultNumbered = true
      stmtNumber = nextNumber
      try skipResultEqual()
    }
    let opStart = bodyOps.count
    // The instruction is built in its slot (not copied there afterwards); on an error the
    // rollback in `statementLoop` drops the slot. Nothing else appends to `bodyInsts` (which
    // would move it) while an instruction is parsed, and nothing reads the slot before it is
    // complete: its result is defined below.
    let idx = bodyInsts.count
    bodyInsts.append(Inst(op: .unreachable, type: .void))
    let inst = bodyInsts.base + idx
    try parseInstruction(&inst.pointee)
    inst.pointee.loc = SourceLoc(loc)
    inst.pointee.operandStart = UInt32(truncatingIfNeeded: opStart)
    inst.pointee.operandCount = UInt32(truncatingIfNeeded: bodyOps.count &- opStart)
    let type = inst.pointee.type
    if type == .void && hasResult { throw err(loc, "instructions returning void cannot have a name") }
    if resName != .empty { resultNames.append((UInt32(truncatingIfNeeded: idx), resName)) }
    if type == .void {
    } else if resName != .empty {
      defineNamed(resName, .inst(InstID(idx)), type, loc: loc)
    } else {
      defineNumberedInBody(.inst(InstID(idx)), type, loc: loc)
    }
    stmtResultNumbered = false
    // (The block's `instEnd` is set when the next block begins or the body ends: see
    // `beginBlock`, `endTerminatedBlock`.)
    if inst.pointee.op.isTerminator { blockTerminated = true }
  }

  /// After a result name (the current token): ` = ` up to the opcode. The usual spelling
  /// (one space before the `=`) skips lexing the `=` token.
  @inline(__always) mutating func skipResultEqual() throws(ParseFail) {
    if lx.base[lx.end] == 32 && lx.base[lx.end &+ 1] == 61 {
      lx.nextOpcode(from: lx.end &+ 2)  // as `lx.pos = lx.end + 2; lx.next()`
      return
    }
    lx.next()
    try expect(.equal, "expected '=' after instruction name")
  }

  mutating func finishFunction(bodyLoc: Int, endLoc: Int) {
    if curBlock >= 0 { fn.blocks[curBlock].instEnd = UInt32(fn.insts.count) }
    if fn.blocks.isEmpty {
      report(bodyLoc, "function body requires at least one basic block")
    } else if !blockTerminated && fnErrors == 0 {
      report(endLoc, "expected instruction opcode; function body ends without a terminator")
    }
    if fnErrors > 0 { return }
    var bad = false
    for p in pendLocal where p.resolved == noValue {
      let name = p.named ? m.name(Symbol(raw: p.key)) : String(p.key)
      report(Int(p.loc), "use of undefined value '%\(name)'")
      bad = true
      if diags.isFull { return }
    }
    if bad || pendLocal.isEmpty { return }
    let resolved = pendLocal.map(\.resolved)
    let from = firstPendingOperand()
    fn.operands.withUnsafeMutableBufferPointer { ops in
      Parser.rewritePending(ops, from: from, top: Parser.pendingTop(.inst)) { resolved[$0] }
    }
    var i = mdFieldsAtFnStart
    while i < m.metadata.fields.count {
      if case .value(let v, let t) = m.metadata.fields[i].value, v.raw >> 29 == 0, v.index & pendingBit != 0 {
        m.metadata.fields[i].value = .value(resolved[v.index & (pendingBit - 1)], t)
      }
      i += 1
    }
  }

  /// The top four bits (tag and `pendingBit`) of a pending placeholder with tag `tag`.
  @inline(__always) static func pendingTop(_ tag: Value.Tag) -> UInt32 { tag.rawValue << 29 | UInt32(pendingBit) }

  /// Replaces every pending placeholder in `vs[from...]` whose top four bits are `top` (see
  /// `pendingTop`) by `resolved(its index)`. The passes that take placeholders out
  /// (`finishFunction`, `finishModule`) look at every operand after the first placeholder and
  /// find few: 8 values are compared at once (a vector compare) to skip the runs without any.
  @inline(__always) static func rewritePending(_ vs: UnsafeMutableBufferPointer<Value>, from: Int, top: UInt32,
                                               _ resolved: (Int) -> Value) {
    guard let base = vs.baseAddress else { return }
    let n = vs.count
    @inline(__always) func rewrite(_ from: Int, _ to: Int) {
      for j in from ..< to where base[j].raw & 0xF000_0000 == top { base[j] = resolved(base[j].index & (pendingBit - 1)) }
    }
    let mask = SIMD8<UInt32>(repeating: 0xF000_0000), want = SIMD8<UInt32>(repeating: top)
    var k = max(from, 0)
    while k &+ 8 <= n {
      // (`Value` is one `UInt32`: 8 values are 8 lanes.)
      let w = UnsafeRawPointer(base + k).loadUnaligned(as: SIMD8<UInt32>.self)
      if any(w & mask .== want) { rewrite(k, k &+ 8) }
      k &+= 8
    }
    if k < n { rewrite(k, n) }
  }

  /// A lower bound on where placeholders can be among `fn.operands` (see `finishFunction`):
  /// the operands of the instruction whose statement made the first placeholder, found by its
  /// source location (instructions are in source order). Earlier statements were complete
  /// before any placeholder existed, and `fn.operands` only grows in a body without errors.
  /// 0 when that cannot be told (no such instruction, or offsets that may have wrapped).
  /// (`mutating` only so that the call does not copy the whole parser.)
  mutating func firstPendingOperand() -> Int {
    if lx.count >= Int(UInt32.max) { return 0 }
    let at = pendLocal[0].loc
    // The last instruction starting at or before `at`.
    var lo = 0, hi = fn.insts.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if fn.insts[mid].loc.offset <= at { lo = mid + 1 } else { hi = mid }
    }
    return lo == 0 ? 0 : Int(fn.insts[lo - 1].operandStart)
  }

  // MARK: instructions

  /// Trailing `, align N` (when allowed) and `, !name !N` attachments. `commaEaten`: the caller
  /// already consumed a comma and the current token starts the first item.
  /// (Inline: most instructions end without a tail.)
  @inline(__always) mutating func parseTail(_ inst: inout Inst, allowAlign: Bool, commaEaten: Bool = false) throws(ParseFail) {
    if !commaEaten && lx.tok != .comma { return }
    try parseTailItems(&inst, allowAlign: allowAlign, commaEaten: commaEaten)
  }

  mutating func parseTailItems(_ inst: inout Inst, allowAlign: Bool, commaEaten: Bool) throws(ParseFail) {
    var pending = commaEaten
    while true {
      if !pending {
        if lx.tok != .comma { break }
        if allowAlign, let a = fastCommaAlign() { inst.alignLog2Plus1 = a; continue }
        lx.next()
      }
      pending = false
      if lx.tok == .metadataVar {
        let isDbg = isDbgName()
        lx.next()
        let node = try parseMDRef()
        if isDbg { inst.dbg = node }
      } else if allowAlign && isKw(.align) {
        lx.next()
        inst.alignLog2Plus1 = try parseAlignValue()
      } else {
        throw errHere(allowAlign ? "expected 'align' or metadata attachment" : "expected metadata attachment")
      }
    }
  }

  /// `, align N` (the current token is the comma), N a plain decimal power of two up to 2^32,
  /// written with single spaces: consumed, returning what `parseAlignValue` would return; nil
  /// (nothing consumed) otherwise, and the general path handles it, including every error.
  @inline(__always) mutating func fastCommaAlign() -> UInt8? {
    guard let (a, r) = scanCommaAlign(lx.end &- 1) else { return nil }
    lx.next(at: r)
    return a
  }

  /// `, align N` (as `fastCommaAlign` takes it) with its comma at byte `q`: what
  /// `parseAlignValue` would return and the end of N; nil otherwise.
  @inline(__always) func scanCommaAlign(_ q: Int) -> (UInt8, Int)? {
    let b = lx.base
    // bytes q ..< q+8 are ", align " (little-endian)
    if UnsafeRawPointer(b + q).loadUnaligned(as: UInt64.self) != 0x206E_6769_6C61_202C { return nil }
    var r = q &+ 8
    // (The usual one digit ending the line, 1, 2, 4 or 8: settled at once, as below.)
    let d = b[r] &- 48
    if b[r &+ 1] == 10 && d < 10 && d != 0 && d & (d &- 1) == 0 { return (UInt8(d.trailingZeroBitCount + 1), r &+ 1) }
    var v: UInt64 = 0
    while b[r] &- 48 < 10 && v < 1 << 33 { v = v &* 10 &+ UInt64(b[r] &- 48); r &+= 1 }
    let c = b[r]
    // As the lexer's plain decimal token ends (and not cut short by the limit above).
    if r == q &+ 8 || c &- 48 < 10 || c == 58 || lx.isName(c) { return nil }
    if v == 0 || v > 1 << 32 || v & (v &- 1) != 0 { return nil }
    return (UInt8(v.trailingZeroBitCount + 1), r)
  }

  /// Lexes on from `e`, the end of a fast path's last operand, taking a `, align N` right
  /// there into `inst` on the way (as lexing the comma and then `fastCommaAlign` would).
  @inline(__always) mutating func lexAfterOperands(_ e: Int, _ inst: inout Inst) {
    if let (a, r) = scanCommaAlign(e) { inst.alignLog2Plus1 = a; lx.next(at: r) } else { lx.next(at: e) }
  }

  /// `, T` (the current token should be the comma; else `msg` is the error): the type and
  /// where it starts. The usual ` ptr ` after the comma is recognised from the bytes and
  /// skipped as lexing it would (the lexer ends in the same state), then as `parseType`.
  @inline(__always) mutating func commaType(_ msg: String) throws(ParseFail) -> (TypeID, Int) {
    if lx.tok == .comma {
      let q = lx.end
      if UnsafeRawPointer(lx.base + q).loadUnaligned(as: UInt64.self) & 0xFF_FFFF_FFFF == 0x20_7274_7020 {  // " ptr "
        lx.pos = q &+ 4
        lx.next()
        if isKw(.addrspace) { try parseAddrSpace() }
        if lx.tok == .lparen || lx.tok == .star { return (try parseTypeSuffix(.ptr), q &+ 1) }
        return (.ptr, q &+ 1)
      }
    }
    try expect(.comma, msg)
    let loc = lx.start
    return (try parseType(), loc)
  }

  // Fused fast paths for the most frequent operand spellings (`load`, `store`, casts, integer
  // binary operations, `icmp`, `getelementptr` operands, call arguments): the
  // bytes after the current token (a type) are matched directly; nil (nothing consumed) for
  // anything else, and the general path handles it, including every error. Each takes exactly
  // what the general path would (same values, same checks) and leaves the lexer as it would.
  // (All `mutating`: a call to a non-mutating method that is not inlined copies the parser.)

  /// The current token as `parseType` would return it when it is a common integer type or a
  /// plain `ptr` (and no suffix follows: the callers match the bytes after it); nil otherwise.
  @inline(__always) func quickType() -> TypeID? {
    if lx.tok == .intType { return TypeID.commonInt(lx.num) }
    return lx.tok == .keyword && lx.kw == .ptr ? .ptr : nil
  }

  /// A numbered local `%N` at byte `p` that `localRef(t)` would take without consuming more
  /// than its token: already defined (or pending) with type `t`. Returns it and the token's
  /// end; nil otherwise.
  @inline(__always) mutating func fastNumberedLocal(_ p: Int, _ t: TypeID) -> (Value, Int)? {
    if !inFunction { return nil }
    guard let (n, q) = scanLocalNumber(p) else { return nil }
    if n >= bodyNumbered.count { return nil }
    let v = bodyNumbered[n]
    if v == noValue || typeOf(v) != t { return nil }
    return (v, q)
  }

  /// A plain decimal integer literal (optionally negative, at most 18 digits) at byte `p`
  /// that `parseConstantValue(t)` would take for the common integer type `t`, followed by a
  /// comma or the byte `orEnd` (a newline, `)`): its value (for `intConst`) and end; nil
  /// otherwise (including when it does not fit).
  @inline(__always) mutating func fastIntLiteral(_ p: Int, _ t: TypeID, orEnd: UInt8 = 44) -> (Int64, Int)? {
    let b = lx.base
    guard let (v, q) = Parser.scanDecimal(b, p, width: UInt64(m.types.widthOf(t))), b[q] == 44 || b[q] == orEnd else { return nil }
    return (v, q)
  }

  /// The decimal at `p` (an optional '-', then 1 to 18 digits) when it fits an integer of
  /// `width` bits (<= 64): its value and end; nil otherwise. The byte after it is the caller's
  /// to check. (Static: an instance method that is not `mutating` copies the whole parser.)
  @inline(__always) static func scanDecimal(_ b: UnsafePointer<UInt8>, _ p: Int, width w: UInt64) -> (Int64, Int)? {
    let (neg, mag, nd, q) = scanSigned(b, p)
    guard let v = decimalFits(neg, mag, nd, width: w) else { return nil }
    return (v, q)
  }

  /// A scanned decimal (`scanSigned`'s sign, magnitude and digit count) of 1 to 18 digits
  /// that fits an integer of `width` bits (<= 64): its value; nil otherwise.
  @inline(__always) static func decimalFits(_ neg: Bool, _ mag: UInt64, _ nd: Int, width w: UInt64) -> Int64? {
    if nd == 0 || nd > 18 { return nil }
    if w < 64 && (neg ? mag > 1 << (w - 1) : mag >> w != 0) { return nil }
    return neg ? Int64(bitPattern: 0 &- mag) : Int64(bitPattern: mag)
  }

  /// A scanned decimal of exactly 19 digits (a lexer `bigInt`) when `parseBigIntLiteral64`
  /// takes it for an `i64` (no overflow; a negative magnitude at most 2^63): its 64 bits; nil
  /// otherwise.
  @inline(__always) static func decimal19(_ neg: Bool, _ mag: UInt64, _ nd: Int) -> Int64? {
    if nd != 19 { return nil }
    if neg && mag > 1 << 63 { return nil }
    return Int64(bitPattern: neg ? 0 &- mag : mag)
  }

  /// An optional '-' and decimal digits at `p`: the sign, the magnitude (exact up to 19 digits,
  /// wrapped beyond), how many digits there are and where they end.
  @inline(__always) static func scanSigned(_ b: UnsafePointer<UInt8>, _ p: Int) -> (Bool, UInt64, Int, Int) {
    var q = p
    let neg = b[q] == 45
    if neg { q &+= 1 }
    let ds = q
    var mag: UInt64 = 0
    // (The digit in a full-width register: the loop then needs no separate widening.)
    var c = UInt64(b[q]) &- 48
    while c < 10 { mag = mag &* 10 &+ c; q &+= 1; c = UInt64(b[q]) &- 48 }
    return (neg, mag, q &- ds, q)
  }

  /// At `p`: a numbered local `%N` of type `t`, or (when `t` is an integer type) a decimal
  /// literal ended by a comma or `orEnd`: the local, or `noValue` and the literal (whose
  /// constant the caller makes only once it commits, so a fallback leaves no constant behind),
  /// and the end; nil otherwise.
  @inline(__always) mutating func fastLocalOrLiteral(_ p: Int, _ t: TypeID, orEnd: UInt8 = 44) -> (Value, Int64, Int)? {
    let b = lx.base
    if b[p] == 37 {
      guard let (lv, e) = fastNumberedLocal(p, t) else { return nil }
      return (lv, 0, e)
    }
    if t != .ptr && (b[p] &- 48 < 10 || b[p] == 45) {
      guard let (cv, e) = fastIntLiteral(p, t, orEnd: orEnd) else { return nil }
      return (noValue, cv, e)
    }
    return nil
  }

  /// `, ptr %N` or `, ptr @name` at byte `q` (`fastNumberedLocal` / `fastGlobal`): the pointer
  /// operand and its end; nil otherwise.
  @inline(__always) mutating func fastCommaPtr(_ q: Int) -> (Value, Int)? {
    // ", ptr %" / ", ptr @" (7 bytes, little-endian)
    let w = UnsafeRawPointer(lx.base + q).loadUnaligned(as: UInt64.self) & 0x00FF_FFFF_FFFF_FFFF
    if w == 0x25_2072_7470_202C { return fastNumberedLocal(q &+ 6, .ptr) }
    if w == 0x40_2072_7470_202C { return fastGlobal(q &+ 6) }
    return nil
  }

  /// `, ptr getelementptr …` at byte `q`, the constant as `fastConstGEP` takes it (clang's
  /// spelling of a global's element or field as a load or store address): the operand and its
  /// end; nil (no constant made, nothing consumed) otherwise. The general path takes the same
  /// constant through `parseConstantExpr`, which tries `fastConstGEP` first.
  @inline(__always) mutating func fastCommaConstGEP(_ q: Int) -> (Value, Int)? {
    if !commaConstGEPAt(q) { return nil }
    return fastConstGEP(at: q &+ 19)
  }

  /// Whether `, ptr getelementptr` is spelled at byte `q` (see `fastCommaConstGEP`).
  @inline(__always) func commaConstGEPAt(_ q: Int) -> Bool {
    // ", ptr g" (7 bytes, little-endian)
    let w = UnsafeRawPointer(lx.base + q).loadUnaligned(as: UInt64.self) & 0x00FF_FFFF_FFFF_FFFF
    return w == 0x67_2072_7470_202C && Parser.spellsGetelementptr(lx.base, q &+ 6)
  }

  /// `load T, ptr P` (the current token is T; P as `fastCommaPtr` or `fastCommaConstGEP` takes
  /// it): pushes the operand and returns the type and P's end (the caller lexes on from there).
  @inline(__always) mutating func fastLoad() -> (TypeID, Int)? {
    guard let t = quickType() else { return nil }
    guard let (v, e) = fastCommaPtr(lx.end) ?? fastCommaConstGEP(lx.end) else { return nil }
    bodyOps.append(v)
    return (t, e)
  }

  /// The current token as a common type T (not `ptr` unless `allowPtr`) followed by ` V`, V as
  /// `fastLocalOrLiteral` takes it: T, V's local (or `noValue` and its literal), and V's end.
  @inline(__always) mutating func fastTypedOperand(allowPtr: Bool) -> (TypeID, Value, Int64, Int)? {
    guard let t = quickType(), allowPtr || t != .ptr else { return nil }
    let q = lx.end
    if lx.base[q] != 32 { return nil }
    guard let (v, lit, e) = fastLocalOrLiteral(q &+ 1, t) else { return nil }
    return (t, v, lit, e)
  }

  /// `store T V, ptr P` (the current token is T; V a numbered local, a decimal literal, or for
  /// `ptr` a plain `@name` or `null`; P as `fastCommaPtr` or `fastCommaConstGEP` takes it):
  /// pushes both operands and returns the end of P (the caller lexes on from there); nil
  /// (nothing consumed) otherwise.
  @inline(__always) mutating func fastStore() -> Int? {
    guard let t = quickType() else { return nil }
    let b = lx.base
    var q = lx.end
    if b[q] != 32 { return nil }
    q &+= 1
    var v = noValue, lit: Int64 = 0, isNull = false
    if let (lv, c, e) = fastLocalOrLiteral(q, t) {
      v = lv; lit = c; q = e
    } else if t == .ptr && b[q] == 64, let (gv, e) = fastGlobal(q) {
      v = gv; q = e
    } else if t == .ptr && UnsafeRawPointer(b + q).loadUnaligned(as: UInt32.self) == 0x6C6C_756E && !lx.isName(b[q &+ 4]) {
      isNull = true; q &+= 4  // `null`
    } else {
      return nil
    }
    // (V's constant only once P is known to match, so that a fallback has not made it; but
    // before a constant `getelementptr` P's, in the general path's order. V's constant is a
    // cached one that the general path would make first as the same constant, so making it
    // before such a P fails to match leaves nothing different.)
    var p = fastCommaPtr(q)
    if p == nil && commaConstGEPAt(q) {
      if v == noValue { v = isNull ? .constant(m.constants.null(.ptr)) : intConst(t, lit) }
      p = fastConstGEP(at: q &+ 19)
    }
    guard let (pv, e) = p else { return nil }
    if v == noValue { v = isNull ? .constant(m.constants.null(.ptr)) : intConst(t, lit) }
    bodyOps.append(v)
    bodyOps.append(pv)
    return e
  }

  /// `T %N to ` of a cast (the current token is T): pushes the operand and returns T, the
  /// lexer at the token after `to`.
  @inline(__always) mutating func fastCastSource() -> TypeID? {
    guard let t = quickType() else { return nil }
    let b = lx.base
    let q = lx.end
    if b[q] != 32 { return nil }
    guard let (v, e) = fastNumberedLocal(q &+ 1, t) else { return nil }
    // " to " (4 bytes, little-endian)
    if UnsafeRawPointer(b + e).loadUnaligned(as: UInt32.self) != 0x206F_7420 { return nil }
    bodyOps.append(v)
    lx.pos = e &+ 3
    lx.nextType()
    return t
  }

  /// `T A, B` of a binary operation or compare (the current token is T, an integer type, or
  /// `ptr` when `allowPtr`; A and B numbered locals or decimal literals): pushes both operands
  /// and returns T, the lexer at the token after B.
  @inline(__always) mutating func fastTwoOperands(allowPtr: Bool) -> TypeID? {
    guard case (let t, var v1, let lit1, var q)? = fastTypedOperand(allowPtr: allowPtr) else { return nil }
    let b = lx.base
    if b[q] != 44 || b[q &+ 1] != 32 { return nil }
    q &+= 2
    guard case (var v2, let lit2, let e2)? = fastLocalOrLiteral(q, t, orEnd: 10) else { return nil }
    q = e2
    if v1 == noValue { v1 = intConst(t, lit1) }
    bodyOps.append(v1)
    if v2 == noValue { v2 = intConst(t, lit2) }
    bodyOps.append(v2)
    lx.next(at: q)
    return t
  }

  /// After a `getelementptr`'s source type (the current token should be the comma after it):
  /// `, ptr %N` and then indices `, i64 X` / `, i32 X` (X a numbered local or a decimal
  /// literal), as many as match; pushes them, the lexer at the token after the last. Returns
  /// whether the base pointer was taken (false: nothing consumed).
  @inline(__always) mutating func fastGEPOperands() -> Bool {
    if lx.tok != .comma { return false }
    let b = lx.base
    if UnsafeRawPointer(b + lx.start).loadUnaligned(as: UInt64.self) & 0x00FF_FFFF_FFFF_FFFF != 0x25_2072_7470_202C { return false }
    guard let (pv, e0) = fastNumberedLocal(lx.start &+ 6, .ptr) else { return false }
    bodyOps.append(pv)
    var q = e0
    while true {
      // ", i64 " / ", i32 " (6 bytes, little-endian)
      let w = UnsafeRawPointer(b + q).loadUnaligned(as: UInt64.self) & 0xFFFF_FFFF_FFFF
      let it: TypeID
      if w == 0x20_3436_6920_2C { it = .i64 } else if w == 0x20_3233_6920_2C { it = .i32 } else { break }
      guard let (lv, cv, e) = fastLocalOrLiteral(q &+ 6, it, orEnd: 10) else { break }
      bodyOps.append(lv == noValue ? intConst(it, cv) : lv)
      q = e
    }
    lx.next(at: q)
    return true
  }

  /// The digits of a numbered local `%N` whose `%` is at `p`, as the lexer makes a `localID` of
  /// them (at most 7 digits here: `Lexer.digits`): N and the token's end; nil otherwise.
  @inline(__always) func scanLocalNumber(_ p: Int) -> (Int, Int)? {
    let b = lx.base
    if b[p] != 37 { return nil }
    guard let (k, n) = Lexer.digits(b, p &+ 1), k != 0, !lx.isName(b[p &+ 1 &+ k]) else { return nil }
    return (Int(n), p &+ 1 &+ k)
  }

  /// A use of `%n` (token at `loc`) expected to have type `t`, as `localRef` resolves it when it
  /// reports nothing: the defined or pending value, or a new pending placeholder; nil where
  /// `localRef` would report an error (the caller then takes the general path, which does).
  @inline(__always) mutating func numberedUse(_ n: Int, _ t: TypeID, loc: Int) -> Value? {
    if n < bodyNumbered.count {
      let v = bodyNumbered[n]
      if v != noValue { return typeOf(v) == t ? v : nil }
    }
    if n < nextNumber || n > lx.count { return nil }
    bodyNumbered.lengthen(to: n + 1, with: noValue)
    let v = Value(.inst, pendingBit | pendLocal.count)
    pendLocal.append((UInt32(n), false, t, UInt32(loc), noValue))
    bodyNumbered[n] = v
    return v
  }

  /// `br label %N` or `br i1 %C, label %A, label %B` (the current token follows `br`; labels
  /// numbered, possibly forward references): pushes the operands as the general path would,
  /// the lexer at the token after the last label; false (nothing consumed or created) otherwise.
  @inline(__always) mutating func fastBr() -> Bool {
    if !inFunction { return false }
    let b = lx.base
    let q = lx.end
    if lx.tok == .keyword && lx.kw == .label {
      guard b[q] == 32, let (n, e) = scanLocalNumber(q &+ 1), let v = numberedUse(n, .label, loc: q &+ 1) else { return false }
      bodyOps.append(v)
      lx.next(at: e)
      return true
    }
    guard lx.tok == .intType && lx.num == 1 && b[q] == 32, let (c, e0) = fastNumberedLocal(q &+ 1, .i1) else { return false }
    // ", label %" (9 bytes): the first 8 as a word, then the `%` (checked by `scanLocalNumber`)
    let commaLabel: UInt64 = 0x206C_6562_616C_202C
    guard UnsafeRawPointer(b + e0).loadUnaligned(as: UInt64.self) == commaLabel,
          let (n1, e1) = scanLocalNumber(e0 &+ 8),
          UnsafeRawPointer(b + e1).loadUnaligned(as: UInt64.self) == commaLabel,
          let (n2, e2) = scanLocalNumber(e1 &+ 8) else { return false }
    // (Resolved only now: once the spelling matched, a label the general path would reject
    // fails here too, and one made pending here is the one the general path would make.)
    guard let v1 = numberedUse(n1, .label, loc: e0 &+ 8), let v2 = numberedUse(n2, .label, loc: e1 &+ 8) else { return false }
    bodyOps.append(c)
    bodyOps.append(v1)
    bodyOps.append(v2)
    lx.next(at: e2)
    return true
  }

  /// A call argument ` [noundef ][signext |zeroext ]V` after its type `t` (the current token;
  /// V a numbered local, a decimal literal, `false` or `true` for `i1`, or for `ptr` a plain
  /// `@name`, which `align N ` may precede, N a power of two of one or two digits): its value
  /// (nil for a literal, made by the caller with `intConst`), the literal, its attribute flags,
  /// its alignment (as `parseAlignValue` returns it; 0 for none) and the end; nil when it does
  /// not match. Such an argument's attributes are `ParamAttrs()` with those flags and that
  /// alignment (`noundef` is dropped).
  @inline(__always) mutating func fastCallArg(_ t: TypeID) -> (Value?, Int64, UInt16, UInt8, Int)? {
    let b = lx.base
    var q = lx.end
    if b[q] != 32 { return nil }
    q &+= 1
    var w = UnsafeRawPointer(b + q).loadUnaligned(as: UInt64.self)
    if w == 0x2066_6564_6E75_6F6E { q &+= 8; w = UnsafeRawPointer(b + q).loadUnaligned(as: UInt64.self) }  // "noundef "
    var flags: UInt16 = 0
    if w == 0x2074_7865_6E67_6973 { flags = ParamAttrs.signext; q &+= 8 }  // "signext "
    else if w == 0x2074_7865_6F72_657A { flags = ParamAttrs.zeroext; q &+= 8 }  // "zeroext "
    if t == .ptr {
      var align: UInt8 = 0
      if w & 0xFFFF_FFFF_FFFF == 0x20_6E67_696C_61 {  // "align "
        // N: 1 to 99, a power of two, then a blank (the lexer's plain decimal token)
        var n = Int(b[q &+ 6] &- 48), r = q &+ 7
        if b[r] &- 48 < 10 { n = n &* 10 &+ Int(b[r] &- 48); r &+= 1 }
        if b[q &+ 6] &- 48 >= 10 || b[r] != 32 || n == 0 || n & (n &- 1) != 0 { return nil }
        align = UInt8(n.trailingZeroBitCount &+ 1)
        q = r &+ 1
      }
      if b[q] == 64 {
        guard let (v, e) = fastGlobal(q) else { return nil }
        return (v, 0, flags, align, e)
      }
      guard let (v, e) = fastNumberedLocal(q, .ptr) else { return nil }
      return (v, 0, flags, align, e)
    }
    if t == .i1 {  // `false`, `true`, ended as the lexer ends a keyword there
      let w4 = UInt32(truncatingIfNeeded: UnsafeRawPointer(b + q).loadUnaligned(as: UInt64.self))
      if w4 == 0x736C_6166 && b[q &+ 4] == 101 && (b[q &+ 5] == 44 || b[q &+ 5] == 41) { return (nil, 0, flags, 0, q &+ 5) }
      if w4 == 0x6575_7274 && (b[q &+ 4] == 44 || b[q &+ 4] == 41) { return (nil, 1, flags, 0, q &+ 4) }
    }
    guard let (v, c, e) = fastLocalOrLiteral(q, t, orEnd: 41) else { return nil }
    return (v == noValue ? nil : v, c, flags, 0, e)
  }

  @inline(__always) mutating func skipFastMathFlags() {
    while lx.tok == .keyword {
      switch lx.kw {
      case .fast, .nnan, .ninf, .nsz, .arcp, .contract, .afn, .reassoc: lx.next()
      default: return
      }
    }
  }

  @inline(__always) func isIntOrIntVector(_ t: TypeID) -> Bool { m.types.isInt(m.types.scalarOf(t).0) }
  @inline(__always) func isFPOrFPVector(_ t: TypeID) -> Bool { m.types.isFP(m.types.scalarOf(t).0) }

  /// The instruction at the current token (its opcode) into `inst` (built in place: a 32-byte
  /// result would come back in registers and be taken apart again to be stored).
  mutating func parseInstruction(_ inst: inout Inst) throws(ParseFail) {
    guard lx.tok == .keyword else { throw errHere("expected instruction opcode") }
    let k = lx.kw
    let opLoc = lx.start
    lx.nextType()
    switch k {
    case .add, .sub, .mul, .udiv, .sdiv, .urem, .srem, .shl, .lshr, .ashr, .and, .or, .xor:
      var flags: UInt8 = 0
      while lx.tok == .keyword {
        switch lx.kw {
        case .nuw: flags |= InstFlags.nuw
        case .nsw: flags |= InstFlags.nsw
        case .exact: flags |= InstFlags.exact
        case .disjoint: flags |= InstFlags.disjoint
        default: break
        }
        if lx.kw != .nuw && lx.kw != .nsw && lx.kw != .exact && lx.kw != .disjoint { break }
        lx.next()
      }
      if let t = fastTwoOperands(allowPtr: false) {
        inst = Inst(op: binaryOpcode(k)!, type: t)
        inst.flags = flags
        if lx.tok == .comma { try parseTail(&inst, allowAlign: false) }
        break
      }
      let tloc = lx.start
      let t = try parseType()
      if !isIntOrIntVector(t) { throw err(tloc, "invalid operand type for instruction") }
      bodyOps.append(try parseValue(t))
      try expect(.comma, "expected ',' in arithmetic operation")
      bodyOps.append(try parseValue(t))
      inst = Inst(op: binaryOpcode(k)!, type: t)
      inst.flags = flags
      try parseTail(&inst, allowAlign: false)
    case .load:
      if let (t, e) = fastLoad() {
        inst = Inst(op: .load, type: t)
        lexAfterOperands(e, &inst)  // (`parseTail`'s usual first step on the way)
        if lx.tok == .comma { try parseTail(&inst, allowAlign: true) }
        break
      }
      var flags: UInt8 = 0
      if isKw(.atomic) { throw errHere("unsupported: atomic load") }
      if isKw(.volatile) {
        flags |= InstFlags.volatile
        lx.nextType()
        if let (t, e) = fastLoad() {  // as above
          inst = Inst(op: .load, type: t)
          inst.flags = flags
          lexAfterOperands(e, &inst)
          if lx.tok == .comma { try parseTail(&inst, allowAlign: true) }
          break
        }
      }
      let tloc = lx.start
      let t = try parseType()
      if !m.types.isFirstClassType(t) || t == .label || t == .token { throw err(tloc, "load operand must be a first class type") }
      let (pt, ploc) = try commaType("expected comma after load's type")
      if pt != .ptr { throw err(ploc, "load operand must be a pointer") }
      bodyOps.append(try parseValue(.ptr))
      inst = Inst(op: .load, type: t)
      inst.flags = flags
      try parseTail(&inst, allowAlign: true)
    case .store:
      if let e = fastStore() {
        inst = Inst(op: .store, type: .void)
        lexAfterOperands(e, &inst)  // (`parseTail`'s usual first step on the way)
        if lx.tok == .comma { try parseTail(&inst, allowAlign: true) }
        break
      }
      var flags: UInt8 = 0
      if isKw(.atomic) { throw errHere("unsupported: atomic store") }
      if eatKw(.volatile) { flags |= InstFlags.volatile }
      let tloc = lx.start
      let t = try parseType()
      if !m.types.isFirstClassType(t) || t == .label || t == .token { throw err(tloc, "store operand must be a first class value") }
      bodyOps.append(try parseValue(t))
      let (pt, ploc) = try commaType("expected ',' after store value")
      if pt != .ptr { throw err(ploc, "store operand must be a pointer") }
      bodyOps.append(try parseValue(.ptr))
      inst = Inst(op: .store, type: .void)
      inst.flags = flags
      try parseTail(&inst, allowAlign: true)
    case .getelementptr:
      var flags: UInt8 = 0
      while lx.tok == .keyword {
        if lx.kw == .inbounds { flags |= InstFlags.inbounds } else if lx.kw == .nuw { flags |= InstFlags.nuw }
        else if lx.kw == .nusw { flags |= InstFlags.nusw } else { break }
        lx.nextType()
      }
      let sloc = lx.start
      let src = try parseTypeQuick()
      if !isSized(src, visiting: .void) || m.types.kindOf(src) == .structure && m.types.node(src).opaque {
        throw err(sloc, "base element of getelementptr must be sized")
      }
      var lanes: UInt64 = 0
      if !fastGEPOperands() {
        let (bt, bloc) = try commaType("expected comma after getelementptr's type")
        let (be, bn) = m.types.scalarOf(bt)
        if be != .ptr { throw err(bloc, "base of getelementptr must be a pointer") }
        bodyOps.append(try parseValue(bt))
        lanes = bn
      }
      var attachments = false
      while eat(.comma) {
        if lx.tok == .metadataVar { attachments = true; break }
        if eatKw(.inrange) { if lx.tok == .lparen { try skipBalanced() } }
        let iloc = lx.start
        let it = try parseType()
        let (ie, iN) = m.types.scalarOf(it)
        if !m.types.isInt(ie) { throw err(iloc, "getelementptr index must be an integer") }
        if iN != 0 { lanes = iN }
        bodyOps.append(try parseValue(it))
      }
      inst = Inst(op: .getelementptr, type: lanes == 0 ? .ptr : cachedArray(.ptr, lanes, vector: true))
      inst.flags = flags
      inst.aux = src.raw
      try parseTail(&inst, allowAlign: false, commaEaten: attachments)
    case .alloca:
      if isKw(.inalloca) { throw errHere("unsupported: inalloca") }
      let tloc = lx.start
      let t = try parseTypeQuick()
      if !isSized(t, visiting: .void) || m.types.kindOf(t) == .structure && m.types.node(t).opaque {
        throw err(tloc, "invalid type for alloca")
      }
      inst = Inst(op: .alloca, type: .ptr)
      inst.aux = t.raw
      var count = noValue
      while lx.tok == .comma {
        if let a = fastCommaAlign() { inst.alignLog2Plus1 = a; continue }
        lx.next()
        if isKw(.align) {
          lx.next()
          inst.alignLog2Plus1 = try parseAlignValue()
        } else if isKw(.addrspace) {
          try parseAddrSpace()
        } else if lx.tok == .metadataVar {
          try parseTail(&inst, allowAlign: true, commaEaten: true)
          break
        } else if count == noValue && inst.alignLog2Plus1 == 0 {
          let cloc = lx.start
          let ct = try parseType()
          if !m.types.isInt(ct) { throw err(cloc, "element count must have integer type") }
          count = try parseValue(ct)
        } else {
          throw errHere("expected 'align' or metadata attachment")
        }
      }
      bodyOps.append(count == noValue ? intConst(.i32, 1) : count)
    case .trunc, .zext, .sext, .fptrunc, .fpext, .fptoui, .fptosi, .uitofp, .sitofp, .ptrtoint,
         .inttoptr, .bitcast:
      var flags: UInt8 = 0
      while lx.tok == .keyword {
        if lx.kw == .nuw { flags |= InstFlags.nuw } else if lx.kw == .nsw { flags |= InstFlags.nsw }
        else if lx.kw == .nneg { flags |= InstFlags.nneg } else { break }
        lx.next()
      }
      skipFastMathFlags()
      let st: TypeID
      if let t = fastCastSource() {
        st = t
      } else {
        st = try parseType()
        bodyOps.append(try parseValue(st))
        try expectKw(.to, "expected 'to' after cast value")
      }
      let dloc = lx.start
      let dt = try parseTypeQuick()
      let op = castOpcode(k)!
      // Integer casts between the fixed integer types (raw 9 ... 14, `i1` ... `i128`, in order
      // of width) pass `castError`'s check when the widths are in the right order.
      let sr = st.raw &- TypeID.i1.raw, dr = dt.raw &- TypeID.i1.raw
      let valid = sr < 6 && dr < 6 && (op == .trunc ? sr > dr : (op == .zext || op == .sext) && sr < dr)
      if !valid, let msg = castError(op, st, dt) { throw err(dloc, msg) }
      inst = Inst(op: op, type: dt)
      inst.flags = flags
      try parseTail(&inst, allowAlign: false)
    case .icmp, .fcmp:
      if k == .icmp { _ = eatKw(.samesign) } else { skipFastMathFlags() }
      let ploc = lx.start
      guard lx.tok == .keyword, let pred = k == .icmp ? intPred(lx.kw) : floatPred(lx.kw) else {
        throw err(ploc, "expected \(k == .icmp ? "icmp" : "fcmp") predicate (e.g. 'eq')")
      }
      lx.nextType()
      if k == .icmp, fastTwoOperands(allowPtr: true) != nil {
        inst = Inst(op: .icmp, type: .i1)
        inst.pred = pred
        if lx.tok == .comma { try parseTail(&inst, allowAlign: false) }
        break
      }
      let tloc = lx.start
      let t = try parseTypeQuick()
      let (se, n) = m.types.scalarOf(t)
      if k == .icmp ? !(m.types.isInt(se) || se == .ptr) : !m.types.isFP(se) {
        throw err(tloc, k == .icmp ? "icmp requires integer or pointer operands" : "fcmp requires floating point operands")
      }
      bodyOps.append(try parseValue(t))
      try expect(.comma, "expected ',' after compare value")
      bodyOps.append(try parseValue(t))
      inst = Inst(op: k == .icmp ? .icmp : .fcmp, type: n == 0 ? .i1 : m.types.vector(.i1, n))
      inst.pred = pred
      try parseTail(&inst, allowAlign: false)
    case .br:
      if fastBr() {
        inst = Inst(op: .br, type: .void)
        if lx.tok == .comma { try parseTail(&inst, allowAlign: false) }
        break
      }
      if isKw(.label) {
        bodyOps.append(try parseLabelRef())
      } else {
        let cloc = lx.start
        let ct = try parseTypeQuick()
        if ct != .i1 { throw err(cloc, "branch condition must have 'i1' type") }
        bodyOps.append(try parseValue(.i1))
        try expect(.comma, "expected ',' after branch condition")
        bodyOps.append(try parseLabelRef())
        try expect(.comma, "expected ',' after true destination")
        bodyOps.append(try parseLabelRef())
      }
      inst = Inst(op: .br, type: .void)
      try parseTail(&inst, allowAlign: false)
    case .ret:
      let ret = m.types.elementOf(fn.type)  // the function type's return type (`a`)
      if eatKw(.void) {
        if ret != .void { throw err(opLoc, "value doesn't match function result type '\(typeName(ret))'") }
      } else {
        let tloc = lx.start
        let t = try parseType()
        if t != ret { throw err(tloc, "value doesn't match function result type '\(typeName(ret))'") }
        bodyOps.append(try parseValue(t))
      }
      inst = Inst(op: .ret, type: .void)
      try parseTail(&inst, allowAlign: false)
    case .call, .tail, .musttail, .notail:
      var flags: UInt8 = 0
      if k != .call {
        flags = k == .tail ? InstFlags.tail : k == .musttail ? InstFlags.musttail : InstFlags.notail
        if !eatKw(.call) { throw errHere("expected 'call' after '\(kwName(k))'") }
      }
      inst = try parseCallOrInvoke(isInvoke: false)
      inst.flags = flags
    case .unreachable:
      inst = Inst(op: .unreachable, type: .void)
      try parseTail(&inst, allowAlign: false)
    default:
      try parseRareInstruction(k, opLoc, &inst)
    }
  }

  /// `parseInstruction` for the opcodes that are rare in clang output (floating point,
  /// aggregates, vectors, phi, select, switch, invoke, exceptions) and for errors: out of line,
  /// so that the common opcodes' function stays small (its stack frame 3 KB instead of 7 KB,
  /// and less work in its common paths).
  @inline(never) mutating func parseRareInstruction(_ k: Kw, _ opLoc: Int, _ inst: inout Inst) throws(ParseFail) {
    switch k {
    case .fadd, .fsub, .fmul, .fdiv, .frem:
      skipFastMathFlags()
      let tloc = lx.start
      let t = try parseType()
      if !isFPOrFPVector(t) { throw err(tloc, "invalid operand type for instruction") }
      bodyOps.append(try parseValue(t))
      try expect(.comma, "expected ',' in arithmetic operation")
      bodyOps.append(try parseValue(t))
      inst = Inst(op: binaryOpcode(k)!, type: t)
      try parseTail(&inst, allowAlign: false)
    case .invoke:
      inst = try parseCallOrInvoke(isInvoke: true)
    case .switch:
      let cloc = lx.start
      let t = try parseType()
      if !m.types.isInt(t) { throw err(cloc, "switch condition must have integer type") }
      bodyOps.append(try parseValue(t))
      try expect(.comma, "expected ',' after switch condition")
      bodyOps.append(try parseLabelRef())
      try expect(.lsquare, "expected '[' with switch table")
      while lx.tok != .rsquare {
        let vloc = lx.start
        let ct = try parseType()
        if ct != t { throw err(vloc, "case value must have the switch condition's type '\(typeName(t))'") }
        if lx.tok == .localVar || lx.tok == .localID { throw errHere("case value is not a constant integer") }
        let cv = try parseConstantValue(ct)
        if m.constants.nodes[cv.index].kind != .int { throw err(vloc, "case value is not a constant integer") }
        bodyOps.append(cv)
        try expect(.comma, "expected ',' after case value")
        bodyOps.append(try parseLabelRef())
      }
      lx.next()
      inst = Inst(op: .switch_, type: .void)
      try parseTail(&inst, allowAlign: false)
    case .phi:
      skipFastMathFlags()
      let tloc = lx.start
      let t = try parseType()
      if !m.types.isFirstClassType(t) || t == .label { throw err(tloc, "phi node must have first class type") }
      var attachments = false
      while true {
        try expect(.lsquare, "expected '[' in phi value list")
        bodyOps.append(try parseValue(t))
        try expect(.comma, "expected ',' after phi value")
        guard lx.tok == .localVar || lx.tok == .localID else { throw errHere("expected basic block name") }
        bodyOps.append(try localRef(.label))
        try expect(.rsquare, "expected ']' in phi value list")
        if !eat(.comma) { break }
        if lx.tok == .metadataVar { attachments = true; break }
      }
      inst = Inst(op: .phi, type: t)
      try parseTail(&inst, allowAlign: false, commaEaten: attachments)
    case .select:
      skipFastMathFlags()
      let cloc = lx.start
      let ct = try parseType()
      if m.types.scalarOf(ct).0 != .i1 { throw err(cloc, "select condition must be i1 or <n x i1>") }
      bodyOps.append(try parseValue(ct))
      try expect(.comma, "expected ',' after select condition")
      let t = try parseType()
      bodyOps.append(try parseValue(t))
      try expect(.comma, "expected ',' after select value")
      let floc = lx.start
      let t2 = try parseType()
      if t2 != t { throw err(floc, "select values must have the same type") }
      bodyOps.append(try parseValue(t))
      inst = Inst(op: .select, type: t)
      try parseTail(&inst, allowAlign: false)
    case .fneg:
      skipFastMathFlags()
      let tloc = lx.start
      let t = try parseType()
      if !isFPOrFPVector(t) { throw err(tloc, "invalid operand type for instruction") }
      bodyOps.append(try parseValue(t))
      inst = Inst(op: .fneg, type: t)
      try parseTail(&inst, allowAlign: false)
    case .freeze:
      let (v, t) = try parseTypedValue()
      bodyOps.append(v)
      inst = Inst(op: .freeze, type: t)
      try parseTail(&inst, allowAlign: false)
    case .extractvalue, .insertvalue:
      let aloc = lx.start
      let (agg, at) = try parseTypedValue()
      if !m.types.isAggregateType(at) { throw err(aloc, "\(kwName(k)) operand must be aggregate type") }
      bodyOps.append(agg)
      var elemT = TypeID.void
      if k == .insertvalue {
        try expect(.comma, "expected comma after insertvalue operand")
        let eloc = lx.start
        let (v, t) = try parseTypedValue()
        _ = eloc
        bodyOps.append(v)
        elemT = t
      }
      let extraStart = fn.extra.count
      var cur = at
      var attachments = false
      repeat {
        try expect(.comma, "expected ',' before index")
        if lx.tok == .metadataVar && fn.extra.count > extraStart { attachments = true; break }
        guard lx.tok == .intLit, !lx.negative, !lx.bigInt, lx.num <= UInt64(UInt32.max) else {
          throw errHere("expected index")
        }
        let ix = lx.num
        switch m.types.kindOf(cur) {
        case .structure:
          let fs = m.types.fields(cur)
          if ix >= UInt64(fs.count) { throw errHere("invalid indices for \(kwName(k))") }
          cur = fs[fs.startIndex + Int(ix)]
        case .array:
          if ix >= m.types.countOf(cur) { throw errHere("invalid indices for \(kwName(k))") }
          cur = m.types.elementOf(cur)
        default:
          throw errHere("invalid indices for \(kwName(k))")
        }
        fn.extra.append(UInt32(ix))
        lx.next()
      } while lx.tok == .comma
      if k == .insertvalue && elemT != cur {
        throw err(aloc, "insertvalue operand and field disagree in type: '\(typeName(elemT))' instead of '\(typeName(cur))'")
      }
      inst = Inst(op: k == .extractvalue ? .extractvalue : .insertvalue, type: k == .extractvalue ? cur : at)
      inst.aux = UInt32(extraStart)
      inst.aux2 = UInt32(fn.extra.count - extraStart)
      try parseTail(&inst, allowAlign: false, commaEaten: attachments)
    case .extractelement:
      let vloc = lx.start
      let (v, vt) = try parseTypedValue()
      if m.types.kindOf(vt) != .vector { throw err(vloc, "invalid extractelement operands") }
      bodyOps.append(v)
      try expect(.comma, "expected ',' after extract value")
      let iloc = lx.start
      let (i, it) = try parseTypedValue()
      if !m.types.isInt(it) { throw err(iloc, "invalid extractelement operands") }
      bodyOps.append(i)
      inst = Inst(op: .extractelement, type: m.types.elementOf(vt))
      try parseTail(&inst, allowAlign: false)
    case .insertelement:
      let vloc = lx.start
      let (v, vt) = try parseTypedValue()
      if m.types.kindOf(vt) != .vector { throw err(vloc, "invalid insertelement operands") }
      bodyOps.append(v)
      try expect(.comma, "expected ',' after insertelement value")
      let eloc = lx.start
      let (e, et) = try parseTypedValue()
      if et != m.types.elementOf(vt) { throw err(eloc, "invalid insertelement operands") }
      bodyOps.append(e)
      try expect(.comma, "expected ',' after insertelement value")
      let iloc = lx.start
      let (i, it) = try parseTypedValue()
      if !m.types.isInt(it) { throw err(iloc, "invalid insertelement operands") }
      bodyOps.append(i)
      inst = Inst(op: .insertelement, type: vt)
      try parseTail(&inst, allowAlign: false)
    case .va_arg:
      let ploc = lx.start
      let (p, pt) = try parseTypedValue()
      if pt != .ptr { throw err(ploc, "va_arg operand must be a pointer") }
      bodyOps.append(p)
      try expect(.comma, "expected ',' after vaarg operand")
      let tloc = lx.start
      let t = try parseType()
      if !m.types.isFirstClassType(t) || t == .label { throw err(tloc, "invalid type for va_arg") }
      inst = Inst(op: .vaArg, type: t)
      try parseTail(&inst, allowAlign: false)
    case .landingpad:
      let t = try parseType()
      inst = Inst(op: .landingpad, type: t)
      if eatKw(.cleanup) { inst.flags |= InstFlags.cleanup }
      let extraStart = fn.extra.count
      while lx.tok == .keyword && (lx.kw == .catch || lx.kw == .filter) {
        let isCatch = lx.kw == .catch
        lx.next()
        let cloc = lx.start
        let (v, ct) = try parseTypedValue()
        if isCatch ? ct != .ptr : m.types.kindOf(ct) != .array {
          throw err(cloc, isCatch ? "'catch' clause has an invalid type" : "'filter' clause has an invalid type")
        }
        bodyOps.append(v)
        fn.extra.append(isCatch ? 0 : 1)
      }
      if inst.flags & InstFlags.cleanup == 0 && fn.extra.count == extraStart {
        throw err(opLoc, "landingpad instruction must have a clause or 'cleanup'")
      }
      inst.aux = UInt32(extraStart)
      try parseTail(&inst, allowAlign: false)
    case .resume:
      let (v, t) = try parseTypedValue()
      _ = t
      bodyOps.append(v)
      inst = Inst(op: .resume, type: .void)
      try parseTail(&inst, allowAlign: false)
    case .indirectbr, .callbr, .catchswitch, .catchret, .cleanupret, .catchpad, .cleanuppad, .fence,
         .cmpxchg, .atomicrmw, .shufflevector, .addrspacecast, .ptrtoaddr:
      throw err(opLoc, "unsupported: \(kwName(k)) instruction")
    default:
      throw err(opLoc, "expected instruction opcode")
    }
  }

  func intPred(_ k: Kw) -> UInt8? {
    switch k {
    case .eq: return IntPredicate.eq.rawValue
    case .ne: return IntPredicate.ne.rawValue
    case .ugt: return IntPredicate.ugt.rawValue
    case .uge: return IntPredicate.uge.rawValue
    case .ult: return IntPredicate.ult.rawValue
    case .ule: return IntPredicate.ule.rawValue
    case .sgt: return IntPredicate.sgt.rawValue
    case .sge: return IntPredicate.sge.rawValue
    case .slt: return IntPredicate.slt.rawValue
    case .sle: return IntPredicate.sle.rawValue
    default: return nil
    }
  }

  func floatPred(_ k: Kw) -> UInt8? {
    let p: FloatPredicate
    switch k {
    case .false: p = .false_
    case .oeq: p = .oeq
    case .ogt: p = .ogt
    case .oge: p = .oge
    case .olt: p = .olt
    case .ole: p = .ole
    case .one: p = .one
    case .ord: p = .ord
    case .ueq: p = .ueq
    case .ugt: p = .ugt
    case .uge: p = .uge
    case .ult: p = .ult
    case .ule: p = .ule
    case .une: p = .une
    case .uno: p = .uno
    case .true: p = .true_
    default: return nil
    }
    return p.rawValue
  }

  /// `call`/`invoke` after the keyword (and `tail` markers): operands [callee, args…(, normal, unwind)].
  mutating func parseCallOrInvoke(isInvoke: Bool) throws(ParseFail) -> Inst {
    // (The usual return types, `iN`, `void` and `ptr`, follow no flags, calling convention,
    // attributes or address space: those steps would take nothing.)
    var retAttrs = ParamAttrs()
    if !(lx.tok == .intType || lx.tok == .keyword && (lx.kw == .void || lx.kw == .ptr)) {
      skipFastMathFlags()
      _ = try parseCallingConv()
      retAttrs = try parseParamAttrs()
      if isKw(.addrspace) { try parseAddrSpace() }
    }
    let tloc = lx.start
    let ty = try parseTypeQuick()
    let explicit = m.types.kindOf(ty) == .function
    let retTy = explicit ? m.types.elementOf(ty) : ty  // a function type's `a` is its return type
    if !explicit {
      switch m.types.kindOf(ty) {
      case .label, .metadata: throw err(tloc, "invalid return type for call")
      default: break
      }
    }
    if isKw(.asm) { throw errHere("unsupported: inline asm") }
    if lx.tok == .keyword && (lx.kw == .blockaddress || lx.kw == .dso_local_equivalent) {
      throw errHere("unsupported: \(kwName(lx.kw))")
    }
    if lx.tok == .globalVar && lx.base[lx.end] == 40 {
      bodyOps.append(try globalUse())  // `@f(`: the callee and the `(`, as below
      lx.nextType(at: lx.end &+ 1)  // (the first argument's type, if any)
    } else {
      bodyOps.append(try parseValue(.ptr))
      try expect(.lparen, "expected '(' in call")
    }
    let attrStart = fn.paramAttrs.count
    fn.paramAttrs.append(retAttrs)
    // The explicit function type's parameters, read in place (no per-call array).
    let fnNode = m.types.node(ty)
    let paramStart = explicit ? Int(fnNode.listStart) : 0
    let paramCount = explicit ? Int(fnNode.listCount) : 0
    let varArg = explicit && fnNode.varArg
    // Implicit parameter types: the first three in `firstParams`, all of them on `typeScratch`
    // once there are more (`implicitParam`; popped below; left behind after an error, as in
    // `parseStructBody`: every user only looks above its own base).
    let scratchBase = typeScratch.count
    var firstParams = (TypeID.void, TypeID.void, TypeID.void)
    var argc = 0
    var closed = false  // the `)` was taken (and the lexer is past it)
    if lx.tok != .rparen {
      while true {
        if lx.tok == .dotdotdot { throw errHere("unsupported: musttail varargs forwarding ('...')") }
        if let at = quickType(), explicit ? argc < paramCount && m.types.lists[paramStart + argc] == at : true,
           let (v, lit, flags, align, e) = fastCallArg(at) {
          if !explicit { implicitParam(at, argc, &firstParams) }
          bodyOps.append(v ?? intConst(at, lit))
          var attrs = ParamAttrs()
          attrs.flags = flags
          attrs.alignLog2Plus1 = align
          fn.paramAttrs.append(attrs)
          argc += 1
          // (A comma right after the argument: lexed on from after it, as `eat` would, to
          // the next argument's type. A `)` right after it, when the count is right: the lexer
          // goes on after it, as below.)
          let c = lx.base[e]
          if c == 44 { lx.nextType(at: e &+ 1); continue }
          if c == 41 && !(explicit && argc < paramCount) { lx.next(at: e &+ 1); closed = true; break }
          lx.pos = e
          lx.next()
          if eat(.comma) { continue }
          break
        }
        let aloc = lx.start
        let at = try parseTypeQuick()
        if at == .void || at == .label || m.types.kindOf(at) == .function { throw err(aloc, "invalid argument type") }
        if explicit {
          if argc < paramCount {
            let pt = m.types.lists[paramStart + argc]
            if pt != at { throw err(aloc, "argument is not of expected type '\(typeName(pt))'") }
          } else if !varArg {
            throw err(aloc, "too many arguments specified")
          }
        } else {
          implicitParam(at, argc, &firstParams)
        }
        if at == .metadata {
          bodyOps.append(try parseMetadataOperand())
          fn.paramAttrs.append(ParamAttrs())
        } else {
          let attrs = try parseParamAttrs()
          bodyOps.append(try parseValue(at))
          fn.paramAttrs.append(attrs)
        }
        argc += 1
        if !eat(.comma) { break }
      }
    }
    if !closed {
      if lx.tok != .rparen { throw errHere("expected ')' at end of argument list") }
      if explicit && argc < paramCount { throw errHere("not enough parameters specified for call") }
      lx.next(at: lx.end)
    }
    let fnTy = explicit ? ty : implicitCallType(retTy, argc, firstParams, base: scratchBase)
    typeScratch.truncate(to: scratchBase)
    switch lx.tok {  // (`skipFnAttrs` takes nothing else: usually the next line follows)
    case .attrGrpID, .string, .ident, .keyword: try skipFnAttrs()
    default: break
    }
    if lx.tok == .lsquare { throw errHere("unsupported: operand bundles") }
    var inst: Inst
    if isInvoke {
      try expectKw(.to, "expected 'to' in invoke")
      bodyOps.append(try parseLabelRef())
      try expectKw(.unwind, "expected 'unwind' in invoke")
      bodyOps.append(try parseLabelRef())
      inst = Inst(op: .invoke, type: retTy)
    } else {
      inst = Inst(op: .call, type: retTy)
    }
    inst.aux = fnTy.raw
    inst.aux2 = UInt32(attrStart)
    try parseTail(&inst, allowAlign: false)
    return inst
  }

  /// Records a call's implicit parameter `k` of type `t` (see `parseCallOrInvoke`): the first
  /// three in `first` (all that `implicitCallType`'s cache key needs; most calls have no more),
  /// and from the fourth on all of them on `typeScratch` (above the call's base).
  @inline(__always) mutating func implicitParam(_ t: TypeID, _ k: Int, _ first: inout (TypeID, TypeID, TypeID)) {
    switch k {
    case 0: first.0 = t
    case 1: first.1 = t
    case 2: first.2 = t
    default: implicitParamBeyond3(t, k, first)
    }
  }

  /// (`implicitParam` for `k` >= 3.)
  @inline(never) mutating func implicitParamBeyond3(_ t: TypeID, _ k: Int, _ first: (TypeID, TypeID, TypeID)) {
    if k == 3 { pushParams(first, 3) }
    typeScratch.append(t)
  }

  /// Pushes the first `n` (<= 3) of `first` on `typeScratch`.
  @inline(never) mutating func pushParams(_ first: (TypeID, TypeID, TypeID), _ n: Int) {
    if n > 0 { typeScratch.append(first.0) }
    if n > 1 { typeScratch.append(first.1) }
    if n > 2 { typeScratch.append(first.2) }
  }

  /// A call's implicit function type: `cachedList` of return type `ret` and the `n` parameter
  /// types recorded by `implicitParam` (`first`, or with more than 3 `typeScratch[base...]`),
  /// remembered for the last call with at most 3 parameters (runs of calls to one callee are
  /// common). The same type `cachedList` returns: its answer for a given list never changes.
  @inline(__always) mutating func implicitCallType(_ ret: TypeID, _ n: Int, _ first: (TypeID, TypeID, TypeID), base: Int) -> TypeID {
    if n > 3 { return cachedList(kind: .function, a: ret.raw, flag: false, base: base) }
    let p0 = n > 0 ? UInt64(first.0.raw) : 0, p1 = n > 1 ? UInt64(first.1.raw) : 0
    let p2 = n > 2 ? UInt64(first.2.raw) : 0
    let key = (UInt64(ret.raw) << 32 | UInt64(n), p0 << 32 | p1, p2)
    if key == callSigKey { return callSigType }
    pushParams(first, n)  // (`cachedList` reads them from `typeScratch`; the caller pops them)
    let t = cachedList(kind: .function, a: ret.raw, flag: false, base: base)
    callSigKey = key
    callSigType = t
    return t
  }

  /// `#dbg_declare(…)`, `#dbg_value(…)`, `#dbg_assign(…)`, `#dbg_label(…)`.
  mutating func parseDebugRecord() throws(ParseFail) {
    let loc = lx.start
    let kind = UInt8(lx.num)
    lx.next()
    try expect(.lparen, "expected '(' after debug record")
    let opStart = bodyOps.count
    if lx.tok != .rparen {
      while true {
        bodyOps.append(try parseMetadataOperand())
        if !eat(.comma) { break }
      }
    }
    try expect(.rparen, "expected ')' at end of debug record")
    let n = bodyOps.count - opStart
    let want: Int = kind == 2 ? 7 : kind == 3 ? 2 : 4
    if n != want { throw err(loc, "debug record expects \(want) arguments, found \(n)") }
    var inst = Inst(op: .dbgRecord, type: .void)
    inst.pred = kind
    inst.loc = SourceLoc(loc)
    inst.operandStart = UInt32(opStart)
    inst.operandCount = UInt32(n)
    let last = bodyOps[bodyOps.count - 1]
    if last.tag == .metadata { inst.dbg = UInt32(last.index) }
    bodyInsts.append(inst)
  }
}
