//! Sources live in the repository (issue 11 §6): code, data, tests and docs cite documents by
//! their own names (民发〔2021〕57号, 条例 第十三条, the plan's clause), never a file outside the
//! repository. A path of the machine the project was written on means nothing to a district that
//! takes the code, and on a printed sheet it would send a resident looking for a file they cannot
//! have.
//!
//! Every file under the listed folders is read as bytes, text or not, so that nothing is skipped
//! silently; only build output (`target/`, `web/dist/`) and installed packages (`node_modules/`)
//! are left out, because they are not the project's sources.

use std::path::{Path, PathBuf};

/// The repository's root (this crate lives in `crate/`).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("crate/ has a parent")
        .to_path_buf()
}

/// What a file must not name. Spelt in pieces so that this file does not match itself.
fn forbidden() -> Vec<String> {
    vec![
        ["background", ".md"].concat(),
        // The plan is cited by its title, never by the file it was read from.
        ["plan", ".md"].concat(),
        ["/wo", "rk/"].concat(),
        ["shared", "/policy"].concat(),
        ["../", "shared"].concat(),
        ["/ho", "me/"].concat(),
        ["/ro", "ot/"].concat(),
        ["/Us", "ers/"].concat(),
    ]
}

/// Folders walked, and single files read, relative to the root.
const FOLDERS: &[&str] = &["crate", "web", "tests", "docs", "fuzz"];
const FILES: &[&str] = &[
    "README.md",
    "ARCHITECTURE.md",
    "Makefile",
    "Cargo.toml",
    "package.json",
];

/// Build output and installed packages: not sources.
fn skipped(path: &Path, root: &Path) -> bool {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.starts_with("web/dist")
        || rel
            .components()
            .any(|c| matches!(c.as_os_str().to_str(), Some("target" | "node_modules")))
}

fn walk(dir: &Path, root: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .path();
        if skipped(&path, root) {
            continue;
        }
        if path.is_dir() {
            walk(&path, root, out);
        } else {
            out.push(path);
        }
    }
}

fn files() -> Vec<PathBuf> {
    let root = root();
    let mut out = Vec::new();
    for folder in FOLDERS {
        walk(&root.join(folder), &root, &mut out);
    }
    for file in FILES {
        let path = root.join(file);
        assert!(path.is_file(), "{file} is listed here but missing");
        out.push(path);
    }
    out.sort();
    out
}

/// `(line, pattern)` for every forbidden pattern in `bytes`.
fn offences(bytes: &[u8], patterns: &[String]) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (i, line) in bytes.split(|b| *b == b'\n').enumerate() {
        for p in patterns {
            if line.windows(p.len()).any(|w| w == p.as_bytes()) {
                found.push((i + 1, p.clone()));
            }
        }
    }
    found
}

#[test]
fn no_file_names_a_path_outside_the_repository() {
    let root = root();
    let patterns = forbidden();
    let files = files();
    // The walk really reached the sources: a wrong root would pass vacuously.
    for must in [
        "crate/src/calendar.rs",
        "crate/data/clauses.json",
        "crate/data/params.json",
        "crate/data/holidays/statutory.json",
        "docs/sources.md",
        "tests/native/calendar.rs",
        "web/src/lib.rs",
    ] {
        assert!(files.contains(&root.join(must)), "{must} was not read");
    }
    let mut bad = Vec::new();
    for path in &files {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for (line, pattern) in offences(&bytes, &patterns) {
            let rel = path.strip_prefix(&root).unwrap_or(path).display();
            bad.push(format!("{rel}:{line}: names {pattern:?}"));
        }
    }
    assert!(
        bad.is_empty(),
        "cite the document by its name, not a file outside the repository:\n{}",
        bad.join("\n")
    );
}

/// The check itself: it finds each pattern, on the right line, and passes clean text.
#[test]
fn the_check_finds_what_it_looks_for() {
    let patterns = forbidden();
    for p in &patterns {
        let text = format!("ok\nsee {p}x for this\n");
        assert_eq!(offences(text.as_bytes(), &patterns), vec![(2, p.clone())]);
    }
    let clean =
        "民发〔2021〕57号 第八条; 浙江省社会救助条例 第十三条; 方案第一条; crate/data/params.json";
    assert!(offences(clean.as_bytes(), &patterns).is_empty());
    let root = root();
    assert!(skipped(&root.join("web/dist/index.html"), &root));
    assert!(skipped(&root.join("crate/target/x.rs"), &root));
    assert!(skipped(&root.join("tests/bench/node_modules/a.js"), &root));
    assert!(!skipped(&root.join("web/src/lib.rs"), &root));
}
