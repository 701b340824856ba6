//! `jiuzhu config check FILE`: a site configuration is checked before it is uploaded. A good
//! file prints what was read and exits 0; any problem is a `path<TAB>zh<TAB>en` line on stderr
//! and exit status 2: each kind of bad field, a file that is not JSON, a wrong version.

#[path = "../support/cli.rs"]
mod cli;
use cli::text;
use std::process::Output;

fn check_stdin(input: &str) -> Output {
    cli::jiuzhu_args_stdin(&["config", "check"], input)
}

/// The stderr lines as (path, zh, en); every line must have exactly three fields.
fn problems(out: &Output) -> Vec<(String, String, String)> {
    text(&out.stderr)
        .lines()
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 3, "not path<TAB>zh<TAB>en: {l}");
            (f[0].to_string(), f[1].to_string(), f[2].to_string())
        })
        .collect()
}

#[test]
fn the_example_file_passes_and_prints_what_was_read() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/site.example.json");
    let out = cli::jiuzhu_args(&["config", "check", path]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "");
    let read: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(read["district"]["zh"], "示例区");
    // The decimal is kept exactly as written, the source shown as document（date）.
    let dibao = &read["params"]["dibao_standard"][0];
    assert_eq!(dibao["value"], "1300.00");
    assert_eq!(dibao["from"], "2026-07-01");
    assert_eq!(
        dibao["source"],
        "示例区民政局 关于调整2026年度城乡居民最低生活保障标准的通知（2026-06-20）"
    );
    assert_eq!(read["windows"][0]["online"], true);
}

#[test]
fn each_kind_of_bad_field_is_a_line_with_its_path_and_exit_2() {
    let out = check_stdin(
        r#"{"version": 1,
            "colour": "red",
            "district": 7,
            "params": {
              "no_such_param": [],
              "tekun_standard": {"from": "2026-07-01"},
              "dibao_standard": [{"value": "一千三", "source": {"document": "D"}}]
            },
            "windows": [{"address": "示例路1号", "online": "sometimes"}],
            "hotline": ["12345"]}"#,
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stdout),
        "",
        "nothing on stdout when the file is wrong"
    );
    let got = problems(&out);
    let paths: Vec<&str> = got.iter().map(|(p, _, _)| p.as_str()).collect();
    // The CLI's JSON reader gives an object's keys in sorted order; within an entry, what is
    // wrong comes before what is missing.
    assert_eq!(
        paths,
        [
            "colour",
            "district",
            "hotline",
            "params.dibao_standard[0].value",
            "params.dibao_standard[0].from",
            "params.dibao_standard[0].source.date",
            "params.no_such_param",
            "params.tekun_standard",
            "windows[0].online",
            "windows[0].street",
        ]
    );
    // Words in both languages, the same as the page's notice.
    let (_, zh, en) = &got[0];
    assert_eq!((zh.as_str(), en.as_str()), ("没有这一项", "No such field"));
    let unknown = got
        .iter()
        .find(|(p, _, _)| p == "params.no_such_param")
        .unwrap();
    assert_eq!(unknown.2, "No such parameter");
}

#[test]
fn a_file_that_is_not_json_is_one_line_at_the_root() {
    let out = check_stdin("{\"version\": 1, \"district\": \"示例区\",}");
    assert_eq!(out.status.code(), Some(2));
    let got = problems(&out);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, "(root)");
    assert!(
        got[0].1.contains("JSON") && got[0].2.contains("not JSON"),
        "{got:?}"
    );
}

#[test]
fn a_wrong_or_missing_version_is_refused() {
    let out = check_stdin(r#"{"version": 2, "district": "示例区"}"#);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        problems(&out),
        vec![(
            "version".to_string(),
            "不支持的文件版本，应为 1".to_string(),
            "Unsupported file version; must be 1".to_string()
        )]
    );
    let out = check_stdin(r#"{"district": "示例区"}"#);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(problems(&out)[0].0, "version");
}

#[test]
fn a_missing_file_or_subcommand_is_exit_2() {
    let out = cli::jiuzhu_args(&["config", "check", "/nonexistent/site.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(problems(&out)[0].0, "(root)");
    let out = cli::jiuzhu_args(&["config"]);
    assert_eq!(out.status.code(), Some(2));
}
