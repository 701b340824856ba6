// trunk post_build step (run by Trunk.toml's hook, before stamp-sw.sh): minifies the JavaScript
// in the STAGED release with terser. trunk's own minifier fails on the wasm-bindgen glue and then
// ships it as it is, and it leaves loader.js and sw.js alone.
//
// trunk has already written each script's subresource-integrity hash into index.html, so after
// rewriting a script this replaces its old hash there by the new one; a script whose hash is not
// found exactly once stops the build (a browser would refuse a script whose hash does not match).
// File names keep trunk's content hash of the unminified file: still one name per content.
//
// sw.js keeps its first lines as they are (the "use strict" directive and the two placeholder
// lines that stamp-sw.sh fills in and the offline test reads); only the rest is minified.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("minify.mjs runs as trunk's post_build hook (TRUNK_STAGING_DIR unset)");
  process.exit(1);
}
// Debug builds (`trunk serve`) stay readable.
if (process.env.TRUNK_PROFILE !== "release") process.exit(0);

const OPTIONS = {
  ecma: 2020,
  compress: { passes: 2 },
  mangle: true,
  format: { comments: false },
};
const sri = (buf) => "sha384-" + createHash("sha384").update(buf).digest("base64");

const indexPath = join(dir, "index.html");
let index = readFileSync(indexPath, "utf8");
let before = 0;
let after = 0;

for (const name of readdirSync(dir).filter((f) => f.endsWith(".js") && f !== "sw.js").sort()) {
  const path = join(dir, name);
  const old = readFileSync(path);
  const { code } = await minify(old.toString("utf8"), { ...OPTIONS, module: true });
  const oldHash = sri(old);
  const hits = index.split(oldHash).length - 1;
  // The hand-over code's glue (web/code) is a worker asset: no script tag, so no hash to update.
  const worker = name === "jiuzhu-code.js";
  if (worker ? hits !== 0 : hits !== 1) {
    console.error(`minify.mjs: the integrity hash of ${name} occurs ${hits} times in index.html, expected ${worker ? "none" : "once"}`);
    process.exit(1);
  }
  if (!worker) index = index.replace(oldHash, sri(Buffer.from(code)));
  writeFileSync(path, code);
  before += old.length;
  after += Buffer.byteLength(code);
}
writeFileSync(indexPath, index);

// The service worker is a classic script. Its header (up to and including the FILES line) is kept
// byte for byte; the body, strict because of the directive in the header, is minified. Its
// top-level names stay global (no toplevel mangling), so the body still sees VERSION and FILES.
const swPath = join(dir, "sw.js");
const sw = readFileSync(swPath, "utf8");
const header = sw.match(/^(?:\/\/.*\n|\n)*"use strict";\n\n*const VERSION = "[^"\n]*";\nconst FILES = \[[^\n]*\];\n/);
if (!header) {
  console.error("minify.mjs: sw.js does not start with its directive and the VERSION and FILES lines");
  process.exit(1);
}
const head = header[0].replace(/^(?:\/\/.*\n|\n)*/, "").replace(/\n\n+/g, "\n");
const body = await minify(sw.slice(header[0].length), { ...OPTIONS, module: false, toplevel: false });
writeFileSync(swPath, head + body.code + "\n");
before += Buffer.byteLength(sw);
after += Buffer.byteLength(head + body.code + "\n");

console.log(`minify.mjs: JavaScript ${before} -> ${after} bytes`);
