// The size budget is deterministic, so it is a test: the first load (the resident page, with the
// service worker and manifest) fits BUDGET_BYTES gzip (tests/bench/sizes.mjs says why that figure).
// `make bench` prints brotli too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { afterStart, allSizes, assetSizes, distFiles, BUDGET_BYTES, BUDGET_ENCODING, COUNTER_BUDGET_BYTES, PAGES } from "../bench/sizes.mjs";
import { DIST } from "./harness.mjs";

const list = (assets) => assets.map((a) => `  ${a.file} ${a[BUDGET_ENCODING]}`).join("\n");

test(`first load fits the ${BUDGET_BYTES / 1024} KB ${BUDGET_ENCODING} budget`, () => {
  const { assets, total } = assetSizes(DIST);
  const later = afterStart(DIST);
  // clauses.json, and the code module's glue and wasm (issue 15).
  assert.equal(later.length, 3, later.join(", "));
  assert.ok(!assets.some((a) => later.includes(a.file)), "the plan's text and the code module are fetched after start, not part of the first load");
  assert.equal(assets.filter((a) => a.file.endsWith(".wasm")).length, 1, "the first load holds one wasm module:\n" + list(assets));
  const size = total[BUDGET_ENCODING];
  assert.ok(size <= BUDGET_BYTES, `first load is ${size} bytes ${BUDGET_ENCODING}, over the ${BUDGET_BYTES} budget:\n` + list(assets));
});

test("the counter view is not in the first load: clerk.html has its own, larger wasm", () => {
  const resident = assetSizes(DIST, "index.html");
  const counter = assetSizes(DIST, "clerk.html");
  const wasm = (r) => r.assets.filter((a) => a.file.endsWith(".wasm"));
  assert.equal(wasm(counter).length, 1);
  assert.notEqual(wasm(resident)[0].file, wasm(counter)[0].file);
  // The counter's wasm carries the counter view and checks on top of everything the resident's has.
  assert.ok(wasm(counter)[0].gzip > wasm(resident)[0].gzip, "the counter wasm is the larger one");
  // Opened directly at the counter, clerk.html has its own budget (sizes.mjs says why).
  assert.ok(counter.total[BUDGET_ENCODING] <= COUNTER_BUDGET_BYTES, `clerk.html loads ${counter.total[BUDGET_ENCODING]} bytes, over ${COUNTER_BUDGET_BYTES}:\n` + list(counter.assets));
});

test("every file of the build belongs to one of the pages or is fetched after start (nothing else is shipped)", () => {
  const used = new Set([...PAGES.flatMap((p) => assetSizes(DIST, p).assets.map((a) => a.file)), ...afterStart(DIST)]);
  assert.deepEqual(distFiles(DIST).filter((f) => !used.has(f)), []);
  assert.equal(allSizes(DIST).assets.length, used.size);
});
