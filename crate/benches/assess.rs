//! Native assessment time (`cargo bench -p jiuzhu --bench assess`), standard library only.
//!
//! The households: the file named by `JIUZHU_BENCH_HOUSEHOLDS` (a JSON list; `make bench` writes
//! the 2,000 seeded households of `tests/bench/households.mjs` there, the same the browser
//! figures use), or else every scenario file's situation. Each is read into a `RawSituation`
//! once, outside the timing.
//!
//! What is timed is `jiuzhu::evaluate` (validate + assess), one call at a time. After a warm-up,
//! RUNS runs each call every household once, in order; per run the median single call is one
//! figure, and the median of those with their range is printed, with the 50th, 95th and 99th
//! percentiles of every single call of every run (not of per-round averages). The clock
//! (`Instant`, about 20–40 ns per read here) is read around each call; its own cost is measured
//! and printed beside. Timings are reported, never asserted. `tests/bench/bench.mjs` reads the
//! lines starting with `native_`.

use std::hint::black_box;
use std::time::{Duration, Instant};

const RUNS: usize = 5;

fn scenario_situations() -> Vec<serde_json::Value> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/scenarios");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|x| x == "json"));
    files.sort();
    files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .filter_map(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
        .filter_map(|v| v.get("situation").cloned())
        .collect()
}

fn households() -> (String, Vec<jiuzhu::RawSituation>) {
    let (source, values) = match std::env::var("JIUZHU_BENCH_HOUSEHOLDS") {
        Ok(file) => {
            let text = std::fs::read_to_string(&file).unwrap_or_else(|e| {
                eprintln!("{file}: {e}");
                std::process::exit(1)
            });
            let list: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap_or_else(|e| {
                eprintln!("{file}: not a JSON list: {e}");
                std::process::exit(1)
            });
            (format!("{} seeded households", list.len()), list)
        }
        Err(_) => {
            let list = scenario_situations();
            (format!("{} scenario situations", list.len()), list)
        }
    };
    let raws = values
        .into_iter()
        .filter_map(|s| serde_json::from_value(s).ok())
        .collect();
    (source, raws)
}

fn main() {
    let (source, all) = households();
    if all.is_empty() {
        eprintln!("no households to assess");
        std::process::exit(1);
    }
    let valid = all.iter().filter(|s| jiuzhu::evaluate(s).is_ok()).count();
    // Warm up caches, the branch predictors and the allocator before measuring.
    let warm = Instant::now();
    while warm.elapsed() < Duration::from_millis(500) {
        for s in &all {
            black_box(jiuzhu::evaluate(black_box(s)).is_ok());
        }
    }
    // The cost of the two clock reads around a call, to read the figures against.
    let mut clock: Vec<u64> = (0..10_000)
        .map(|_| {
            let t = Instant::now();
            black_box(());
            t.elapsed().as_nanos() as u64
        })
        .collect();
    clock.sort_unstable();
    let mut single: Vec<u64> = Vec::with_capacity(all.len() * RUNS);
    let mut run_medians: Vec<u64> = Vec::with_capacity(RUNS);
    let mut run_means: Vec<u64> = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let mut times: Vec<u64> = Vec::with_capacity(all.len());
        let start = Instant::now();
        for s in &all {
            let t = Instant::now();
            black_box(jiuzhu::evaluate(black_box(s)).is_ok());
            times.push(t.elapsed().as_nanos() as u64);
        }
        run_means.push(start.elapsed().as_nanos() as u64 / all.len() as u64);
        single.extend_from_slice(&times);
        times.sort_unstable();
        run_medians.push(times[times.len() / 2]);
    }
    single.sort_unstable();
    let at = |q: f64| single[((single.len() - 1) as f64 * q).round() as usize];
    let mut sorted_medians = run_medians.clone();
    sorted_medians.sort_unstable();
    let list = |xs: &[u64]| {
        xs.iter()
            .map(|x| x.to_string())
            .collect::<Vec<_>>()
            .join(" ")
    };
    println!(
        "native assess: {source} ({valid} assess, {} stop at validation), {RUNS} runs of one call each",
        all.len() - valid
    );
    println!(
        "native assess: median {} ns per household (runs' medians {}–{} ns); single calls p50 {} ns, p95 {} ns, p99 {} ns; clock read {} ns",
        sorted_medians[RUNS / 2],
        sorted_medians[0],
        sorted_medians[RUNS - 1],
        at(0.5),
        at(0.95),
        at(0.99),
        clock[clock.len() / 2]
    );
    println!("native_run_medians_ns {}", list(&run_medians));
    println!("native_run_means_ns {}", list(&run_means));
    println!("native_single_ns {} {} {}", at(0.5), at(0.95), at(0.99));
    println!("native_households {} {valid}", all.len());

    // Where the JS API's text form spends the rest: writing the full result as JSON text
    // (serde_json, as `assess_json` does in wasm), timed the same way on the assessments alone.
    let results: Vec<jiuzhu::Assessment> = all
        .iter()
        .filter_map(|s| jiuzhu::evaluate(s).ok())
        .collect();
    let mut write: Vec<u64> = Vec::with_capacity(results.len() * RUNS);
    let mut chars = 0usize;
    for _ in 0..RUNS {
        for a in &results {
            let t = Instant::now();
            let text = serde_json::to_string(black_box(a)).unwrap_or_default();
            write.push(t.elapsed().as_nanos() as u64);
            chars += text.len();
        }
    }
    write.sort_unstable();
    println!(
        "native assess: writing one full result as JSON text (serde_json::to_string, {} bytes on average): median {} ns, p95 {} ns",
        chars / write.len().max(1),
        write[write.len() / 2],
        write[(write.len() - 1) * 95 / 100]
    );
}
