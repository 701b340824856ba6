// The 2,000 seeded households `make bench` times the engine on (issue 16), the same in the
// browser and natively: every scenario file's situation is a template, and a fixed-seed
// generator varies it (the date of the assessment, the members' ages and income amounts, a
// member more or less, the property answer), so the households cover every section of the plan
// without repeating one situation 2,000 times. A few stay invalid, as their templates are: the
// API answers those with errors, which is part of what it does.
//
// `node tests/bench/households.mjs FILE` writes them to FILE as one JSON list, for the native
// bench (crate/benches/assess.rs reads the file named by JIUZHU_BENCH_HOUSEHOLDS).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const SCENARIOS = join(here, "..", "scenarios");
export const HOUSEHOLDS = 2000;
export const SEED = 20261116;

/** mulberry32: a small, well-mixed 32-bit generator; the same seed gives the same list. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function templates() {
  return readdirSync(SCENARIOS)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(SCENARIOS, f), "utf8")).situation)
    .filter((s) => s && typeof s === "object" && !Array.isArray(s));
}

const pad = (n) => String(n).padStart(2, "0");

/** `n` households from `seed`, as plain objects (the shape the page's form builds). */
export function households(n = HOUSEHOLDS, seed = SEED) {
  const base = templates();
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const out = [];
  for (let i = 0; i < n; i++) {
    const s = structuredClone(base[i % base.length]);
    // A date in 2023–2027 (the plan is in force from 2022-07-01; later years are estimated
    // calendars, which the engine marks), kept when the template's own date matters to it
    // (one in three keeps it).
    if (r() < 2 / 3 && typeof s.as_of === "string") {
      s.as_of = `${2023 + Math.floor(r() * 5)}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`;
      delete s.accepted_on;
      if (s.check) delete s.check.started_on, delete s.check.finished_on;
    }
    if (Array.isArray(s.household)) {
      for (const m of s.household) {
        if (m && typeof m === "object" && typeof m.age === "number" && r() < 0.5) m.age = Math.max(0, Math.min(100, m.age + Math.floor(r() * 11) - 5));
        for (const line of Array.isArray(m?.income) ? m.income : []) {
          if (line && typeof line === "object" && /^[0-9.]+$/.test(String(line.amount ?? ""))) line.amount = String(Math.round(r() * 300000) / 100);
        }
      }
      // A member more (an adult with a wage) or one fewer, now and then.
      const x = r();
      if (x < 0.15) s.household.push({ age: 18 + Math.floor(r() * 50), income: [{ kind: pick(["wage", "other_pension", "other"]), amount: String(Math.floor(r() * 2500)) }] });
      else if (x < 0.25 && s.household.length > 1) s.household.pop();
    }
    if ("property_within_limits" in s && r() < 0.2) s.property_within_limits = pick(["yes", "no", "unknown"]);
    out.push(s);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: node tests/bench/households.mjs FILE");
    process.exit(2);
  }
  writeFileSync(file, JSON.stringify(households()));
  console.log(`${HOUSEHOLDS} households (seed ${SEED}) written to ${file}`);
}
