// The size budget is deterministic, so it is a test: the first load (every file in dist, the
// service worker and manifest included) fits BUDGET_BYTES gzip (tests/bench/sizes.mjs says why that
// figure). `make bench` prints brotli too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assetSizes, BUDGET_BYTES, BUDGET_ENCODING } from "../bench/sizes.mjs";
import { DIST } from "./harness.mjs";

test(`first load fits the ${BUDGET_BYTES / 1024} KB ${BUDGET_ENCODING} budget`, () => {
  const { assets, total } = assetSizes(DIST);
  assert.ok(assets.some((a) => a.file.endsWith(".wasm")), "dist holds the wasm module");
  const size = total[BUDGET_ENCODING];
  assert.ok(size <= BUDGET_BYTES,
    `first load is ${size} bytes ${BUDGET_ENCODING}, over the ${BUDGET_BYTES} budget:\n` +
    assets.map((a) => `  ${a.file} ${a[BUDGET_ENCODING]}`).join("\n"));
});
