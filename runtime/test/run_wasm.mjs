// Runs build/wasm32/test_alloc.wasm (test/test_alloc_wasm.c) under node: run_checks() must return
// 0, and each fatal_* export must trap with the expected kiln_error_message. Exits 1 on failure.
import { readFileSync } from "node:fs";

const bytes = readFileSync(process.argv[2]);
let failures = 0;
const fatal = [
  ["fatal_bounds", "kiln: index 7 out of bounds for array of length 5\n"],
  ["fatal_overflow", "kiln: out of memory allocating 1073741824 x 8 bytes (size overflows)\n"],
  ["fatal_oom", "kiln: out of memory allocating 33554432 bytes\n"],
  ["fatal_oom_max", "kiln: out of memory allocating 4294967280 bytes\n"],
  ["fatal_twice", /^kiln: kiln_array_free: 0x[0-9a-f]+ was already freed\n$/],
];
{
  const { instance } = await WebAssembly.instantiate(bytes, {});
  const n = instance.exports.run_checks();
  if (n !== 0) { console.error(`run_checks: ${n} failed check(s)`); failures++; }
}
for (const [name, want] of fatal) {
  const { instance } = await WebAssembly.instantiate(bytes, {}); // fresh heap per case
  const ex = instance.exports;
  let trapped = false;
  try { ex[name](); } catch (e) { trapped = e instanceof WebAssembly.RuntimeError; }
  const mem = new Uint8Array(ex.memory.buffer);
  const at = ex.error_message();
  const msg = new TextDecoder().decode(mem.subarray(at, mem.indexOf(0, at)));
  const ok = trapped && (typeof want === "string" ? msg === want : want.test(msg));
  if (!ok) { console.error(`${name}: trapped=${trapped} message=${JSON.stringify(msg)}`); failures++; }
}
if (failures) process.exit(1);
console.log("test_alloc (wasm32): all checks passed");
