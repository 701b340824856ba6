// Where the resident wasm's bytes go, by bucket (issue 16: every change shows what it cost).
//
// How:
// 1. The resident page's wasm is built as `make dist` builds it (cargo, release profile, the
//    page's default features), then run through wasm-bindgen and wasm-opt with the flags
//    web/index.html gives trunk, but with `-g`, so that wasm-opt keeps the function names (the
//    "name" section). The shipped wasm carries no names; its code and data are printed beside
//    this build's, to show how close the named build is.
// 2. The module is parsed here: every function body of the code section gets its name from the
//    name section, and the data section's segments are one bucket ("data": every static string
//    and table — the words of both languages, holidays, parameters, documents — which carry no
//    function name to split them by).
// 3. A name goes to the crate and module it belongs to: the first path in it (for
//    `<T as Trait>::f`, the type T; for `drop_in_place<T>`, T). A generic of the standard
//    library instantiated for a crate's type is counted as the standard library's. LTO and
//    wasm-opt fold identical functions into one, which keeps one of their names: the bytes go
//    to that name's bucket.
// 4. gzip share: leave-one-out. The module's code and data bytes, in file order, are gzipped
//    (level 9) whole, and again without each bucket's bytes; the difference is what that bucket
//    adds to the gzip size (what leaving it out would save). What no bucket adds on its own
//    (bytes shared between buckets, which gzip compresses against each other, and the module's
//    other sections: types, imports, exports, tables) is the last line. The raw size of each
//    bucket is exact; the gzip share is an estimate.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const target = process.env.CARGO_TARGET_DIR ?? join(root, "target");
const OUT = join(root, "target", "bench-attribution");

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: "utf8", ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stdout ?? ""}\n${r.stderr ?? ""}`);
  return r.stdout;
}

/** wasm-opt's flags for the page, read from web/index.html's trunk link (data-wasm-opt*). */
function wasmOptFlags() {
  const html = readFileSync(join(root, "web", "index.html"), "utf8");
  const level = (html.match(/data-wasm-opt="?([0-9sz]+)/) ?? [])[1] ?? "z";
  const params = (html.match(/data-wasm-opt-params="([^"]*)"/) ?? [])[1] ?? "";
  return [`-O${level}`, ...params.split(/\s+/).filter(Boolean)];
}

/** Builds the named wasm; returns its path. */
export function buildNamed() {
  mkdirSync(OUT, { recursive: true });
  run("cargo", ["build", "-q", "--locked", "--release", "-p", "jiuzhu-web", "--lib", "--target", "wasm32-unknown-unknown"]);
  const raw = join(target, "wasm32-unknown-unknown", "release", "jiuzhu_web.wasm");
  run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", OUT, raw]);
  const named = join(OUT, "named.wasm");
  run("wasm-opt", [...wasmOptFlags(), "-g", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext", "--enable-mutable-globals", join(OUT, "jiuzhu_web_bg.wasm"), "-o", named]);
  return named;
}

// ---- a small wasm reader ----------------------------------------------------------------------
function leb(buf, pos) {
  let result = 0, shift = 0, b;
  do {
    b = buf[pos++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return [result, pos];
}

/** Sections, function bodies (byte ranges) with names, data segment ranges, import count. */
export function parse(buf) {
  const sections = [];
  let pos = 8;
  while (pos < buf.length) {
    const id = buf[pos];
    const [size, p] = leb(buf, pos + 1);
    let name = null;
    if (id === 0) {
      const [n, q] = leb(buf, p);
      name = buf.subarray(q, q + n).toString("utf8");
    }
    sections.push({ id, name, start: pos, body: p, end: p + size });
    pos = p + size;
  }
  let imported = 0;
  const imp = sections.find((s) => s.id === 2);
  if (imp) {
    let [count, q] = leb(buf, imp.body);
    for (let i = 0; i < count; i++) {
      let n;
      [n, q] = leb(buf, q); q += n;
      [n, q] = leb(buf, q); q += n;
      const kind = buf[q++];
      if (kind === 0) { [, q] = leb(buf, q); imported++; }
      else if (kind === 1) { q++; const flags = buf[q++]; [, q] = leb(buf, q); if (flags & 1) [, q] = leb(buf, q); }
      else if (kind === 2) { const flags = buf[q++]; [, q] = leb(buf, q); if (flags & 1) [, q] = leb(buf, q); }
      else if (kind === 3) q += 2;
      else throw new Error("unknown import kind " + kind);
    }
  }
  const bodies = [];
  const code = sections.find((s) => s.id === 10);
  if (code) {
    let [count, q] = leb(buf, code.body);
    for (let i = 0; i < count; i++) {
      const [size, r] = leb(buf, q);
      bodies.push({ index: imported + i, start: q, end: r + size });
      q = r + size;
    }
  }
  const names = new Map();
  const ns = sections.find((s) => s.id === 0 && s.name === "name");
  if (ns) {
    let [n, q] = leb(buf, ns.body);
    q += n;
    while (q < ns.end) {
      const sub = buf[q];
      const [size, r] = leb(buf, q + 1);
      if (sub === 1) {
        let [count, t] = leb(buf, r);
        for (let i = 0; i < count; i++) {
          let idx, len;
          [idx, t] = leb(buf, t);
          [len, t] = leb(buf, t);
          names.set(idx, buf.subarray(t, t + len).toString("utf8"));
          t += len;
        }
      }
      q = r + size;
    }
  }
  for (const b of bodies) b.name = names.get(b.index) ?? "";
  const data = sections.find((s) => s.id === 11);
  return { sections, bodies, data, named: names.size > 0 };
}

// ---- buckets ----------------------------------------------------------------------------------
const PAGE_MODULES = new Set(readdirSync(join(root, "web", "src")).filter((f) => f.endsWith(".rs")).map((f) => f.slice(0, -3)));

/** The path a function name belongs to (see the header). */
export function owner(name) {
  // Demangled v0 names carry a crate's disambiguator (`core[c5930c85a12de822]::`), legacy
  // names a hash (`::h2d57dddd6c3eb8b9`): neither says where the code comes from.
  let s = name.replace(/\[[0-9a-f]{8,}\]/g, "").replace(/::h[0-9a-f]{16}$/, "").replace(/^(?:<|&|mut |dyn |\(|\[)+/, "");
  // `<char as core::fmt::Debug>::fmt`: a primitive's impl belongs to the trait's crate.
  const prim = s.match(/^(?:char|str|bool|[iuf](?:8|16|32|64|128|size)|T|\w)\]?>? as (.*)$/);
  if (prim) return owner(prim[1]);
  const drop = s.match(/^core::ptr::drop_in_place<(.*)>$/);
  if (drop) return owner(drop[1]);
  return s;
}

/** The bucket of one function name. */
export function bucket(name) {
  const o = owner(name);
  const m = (re) => re.test(o);
  if (!name) return "unnamed";
  if (m(/^jiuzhu_web::alloc\b/) || m(/^(?:__rustc::)?(?:__rust_(?:alloc|dealloc|realloc|alloc_zeroed)|__rdl_|__rg_|dlmalloc)/)) return "allocator";
  const page = o.match(/^jiuzhu_web::([a-z_]+)/);
  if (page) return `page: ${PAGE_MODULES.has(page[1]) ? page[1] : "lib"}`;
  if (m(/^jiuzhu::rules\b/)) return "engine: rules";
  if (m(/^jiuzhu::(?:messages|choice)\b/)) return "engine: messages and words (code)";
  if (m(/^jiuzhu::calendar\b/)) return "engine: calendar";
  if (m(/^jiuzhu::(?:situation|input)\b/)) return "engine: input and validation";
  if (m(/^jiuzhu::questions\b/)) return "engine: question table";
  if (m(/^jiuzhu::clerk\b/)) return "engine: clerk checks";
  if (m(/^jiuzhu::/)) return "engine: other (assessment, params, documents, citations)";
  // arrayvec comes in with rust_decimal (its string formatting) and nothing else here.
  if (m(/^(?:rust_decimal|arrayvec)::/)) return "rust_decimal";
  if (m(/^chrono::/)) return "chrono";
  if (m(/^(?:wasm_bindgen|web_sys|js_sys|serde_wasm_bindgen)::/) || m(/^__wbindgen|^__wbg|^__externref/)) return "wasm-bindgen / web-sys glue";
  if (m(/^serde(?:_json)?::/)) return "serde";
  if (m(/^(?:core|alloc)::fmt\b/) || m(/^(?:[iu](?:8|16|32|64|128|size))>::_?fmt/)) return "std/core: fmt";
  // wasm-bindgen's generated adapters for the exports are named `<export> externref shim`.
  if (m(/ (?:externref|multivalue) shim$/)) return "wasm-bindgen / web-sys glue";
  if (m(/^core::panicking|^std::panicking|^core::panic|^rust_begin_unwind|^__rust_start_panic/)) return "std/core: panic";
  if (m(/^(?:core|alloc|std|compiler_builtins|hashbrown)::/) || m(/^(?:memcpy|memmove|memset|memcmp|bcmp|__multi3|__udivti3|__divti3|__umodti3|__modti3|__ashlti3|__lshrti3)$/)) return "std/core: other";
  return "other";
}

/** The attribution of `file` (a named wasm), its gzip shares scaled to nothing: raw bytes and leave-one-out gzip. */
export function attribute(file) {
  const buf = readFileSync(file);
  const { bodies, data, sections, named } = parse(buf);
  if (!named) throw new Error(`${file} has no name section`);
  const ranges = bodies.map((b) => ({ start: b.start, end: b.end, bucket: bucket(b.name), name: b.name }));
  if (data) ranges.push({ start: data.body, end: data.end, bucket: "data (static strings and tables)", name: "data" });
  const buckets = new Map();
  for (const r of ranges) {
    const b = buckets.get(r.bucket) ?? { bucket: r.bucket, raw: 0, functions: 0, biggest: [] };
    b.raw += r.end - r.start;
    if (r.name !== "data") { b.functions++; b.biggest.push({ name: r.name, raw: r.end - r.start }); }
    buckets.set(r.bucket, b);
  }
  // The module's code and data in file order; leave-one-out per bucket.
  const joined = (skip) => Buffer.concat(ranges.filter((r) => r.bucket !== skip).map((r) => buf.subarray(r.start, r.end)));
  const gz = (b) => gzipSync(b, { level: 9 }).length;
  const all = gz(joined(null));
  for (const b of buckets.values()) {
    b.gzip = all - gz(joined(b.bucket));
    b.biggest = b.biggest.sort((x, y) => y.raw - x.raw).slice(0, 3);
  }
  // Everything but custom sections (the name section is not shipped), whole, gzipped.
  const shipped = Buffer.concat([buf.subarray(0, 8), ...sections.filter((s) => s.id !== 0).map((s) => buf.subarray(s.start, s.end))]);
  const code = sections.find((s) => s.id === 10);
  return {
    buckets: [...buckets.values()].sort((a, b) => b.gzip - a.gzip),
    codeAndDataGzip: all,
    moduleRaw: shipped.length,
    moduleGzip: gz(shipped),
    codeRaw: code ? code.end - code.start : 0,
    dataRaw: data ? data.end - data.start : 0,
  };
}

/** Code and data section sizes of a (shipped, unnamed) wasm, to compare with the named build. */
export function sectionSizes(file) {
  const buf = readFileSync(file);
  const { sections } = parse(buf);
  const size = (id) => sections.filter((s) => s.id === id).reduce((t, s) => t + s.end - s.start, 0);
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, codeRaw: size(10), dataRaw: size(11) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? buildNamed();
  const a = attribute(file);
  for (const b of a.buckets) console.log(b.bucket.padEnd(60), String(b.raw).padStart(8), String(b.gzip).padStart(8), b.biggest.map((x) => `${x.name.slice(0, 60)} ${x.raw}`).join(" | "));
  console.log({ ...a, buckets: undefined });
}
