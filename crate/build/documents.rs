//! `data/documents.json` → `documents_table.rs`: the documents catalogue.

use serde_json::Value;
use std::fmt::Write as _;

const PATHS: &[&str] = &[
    "tekun",
    "dibao",
    "dibian",
    "danrenhu",
    "linshi_jinan",
    "linshi_zhichu",
    "yishiyiyi",
    "students",
];

pub fn generate(data: &str) -> String {
    let root: Value = serde_json::from_str(data).expect("documents.json is not JSON");
    let mut out = String::from("/// The documents catalogue generated from data/documents.json.\npub static CATALOGUE: &[DocumentDef] = &[\n");
    let mut seen = Vec::new();
    for d in root["documents"]
        .as_array()
        .expect("documents must be an array")
    {
        let get = |k: &str| {
            d.get(k)
                .and_then(Value::as_str)
                .unwrap_or_else(|| panic!("documents.json: missing {k}"))
        };
        let flag = |k: &str| {
            d.get(k)
                .and_then(Value::as_bool)
                .unwrap_or_else(|| panic!("documents.json: missing {k}"))
        };
        let id = get("id");
        assert!(
            !seen.contains(&id.to_string()),
            "documents.json: duplicate id {id}"
        );
        seen.push(id.to_string());
        let mut paths = String::new();
        for p in d["paths"].as_array().expect("paths must be an array") {
            let p = p.as_str().expect("path id");
            assert!(PATHS.contains(&p), "documents.json: {id}: unknown path {p}");
            let variant = match p {
                "tekun" => "Tekun",
                "dibao" => "Dibao",
                "dibian" => "Dibian",
                "danrenhu" => "Danrenhu",
                "linshi_jinan" => "LinshiJinan",
                "linshi_zhichu" => "LinshiZhichu",
                "yishiyiyi" => "Yishiyiyi",
                _ => "Students",
            };
            write!(paths, "PathId::{variant}, ").unwrap();
        }
        writeln!(
            out,
            "  DocumentDef {{ id: {id:?}, official_zh: {:?}, plain_zh: {:?}, plain_en: {:?}, paths: &[{paths}], queryable: {}, assumption: {}, queryable_basis: native_only({:?}) }},",
            get("official_zh"),
            get("plain_zh"),
            get("plain_en"),
            flag("queryable"),
            flag("assumption"),
            get("queryable_basis")
        )
        .unwrap();
    }
    out.push_str("];\n");
    out
}
