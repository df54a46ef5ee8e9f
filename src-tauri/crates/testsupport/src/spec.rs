//! Checks request bodies against the vendors' own API specs (extracted by
//! `scripts/extract-specs.py`): OpenAI's OpenAPI schema for Chat Completions and the
//! Smithy model of Bedrock's ConverseStream.
//!
//! Deliberately strict where a real mistake would hide: an object key the schema does
//! not declare is an error (OpenAPI's default would allow it), so a misspelt or invented
//! field fails the test instead of being ignored by the server. Supported: `$ref`,
//! `allOf`, `oneOf`/`anyOf`, `type`, `enum`, `properties`, `required`, `items`,
//! `nullable`; Smithy structures, lists, maps, unions, enums and simple types.

use serde_json::{Map, Value};

pub fn openai_chat_request_schema() -> Value {
    serde_json::from_str(include_str!(
        "../fixtures/specs/openai-chat-request.schema.json"
    ))
    .unwrap_or_default()
}

pub fn bedrock_converse_stream_model() -> Value {
    serde_json::from_str(include_str!(
        "../fixtures/specs/bedrock-converse-stream.smithy.json"
    ))
    .unwrap_or_default()
}

/// Validates `value` against `#/components/schemas/{root}` of an OpenAPI document.
pub fn validate_openapi(doc: &Value, root: &str, value: &Value) -> Result<(), String> {
    let schema = serde_json::json!({ "$ref": format!("#/components/schemas/{root}") });
    check_schema(doc, &schema, value, "$")
}

fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r.rsplit('/').next().unwrap_or(r);
            let target = &doc["components"]["schemas"][name];
            resolve(doc, target)
        }
        None => schema,
    }
}

/// Every property an object schema declares, through `allOf` and `$ref`.
fn declared(doc: &Value, schema: &Value, out: &mut Map<String, Value>, required: &mut Vec<String>) {
    let schema = resolve(doc, schema);
    if let Some(props) = schema.get("properties").and_then(Value::as_object) {
        for (k, v) in props {
            out.insert(k.clone(), v.clone());
        }
    }
    if let Some(req) = schema.get("required").and_then(Value::as_array) {
        required.extend(req.iter().filter_map(|r| r.as_str().map(str::to_owned)));
    }
    if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
        for part in all {
            declared(doc, part, out, required);
        }
    }
}

fn check_schema(doc: &Value, schema: &Value, value: &Value, at: &str) -> Result<(), String> {
    let schema = resolve(doc, schema);
    if value.is_null() && schema.get("nullable") == Some(&Value::Bool(true)) {
        return Ok(());
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(branches) = schema.get(key).and_then(Value::as_array) {
            let errors: Vec<String> = branches
                .iter()
                .filter_map(|b| check_schema(doc, b, value, at).err())
                .collect();
            if errors.len() == branches.len() {
                return Err(format!(
                    "{at}: matches no branch of {key}: {}",
                    errors.join(" | ")
                ));
            }
            return Ok(());
        }
    }
    if let Some(options) = schema.get("enum").and_then(Value::as_array) {
        if !options.contains(value) {
            return Err(format!("{at}: {value} is not one of {options:?}"));
        }
    }
    let ty = schema.get("type").and_then(Value::as_str);
    let is_object =
        ty == Some("object") || schema.get("properties").is_some() || schema.get("allOf").is_some();
    match (ty, value) {
        (Some("string"), Value::String(_))
        | (Some("boolean"), Value::Bool(_))
        | (Some("number"), Value::Number(_)) => Ok(()),
        (Some("integer"), Value::Number(n)) if n.is_i64() || n.is_u64() => Ok(()),
        (Some("array"), Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                if let Some(s) = schema.get("items") {
                    check_schema(doc, s, item, &format!("{at}[{i}]"))?;
                }
            }
            Ok(())
        }
        (_, Value::Object(obj)) if is_object => {
            let mut props = Map::new();
            let mut required = Vec::new();
            declared(doc, schema, &mut props, &mut required);
            for r in &required {
                if !obj.contains_key(r) {
                    return Err(format!("{at}: required `{r}` is missing"));
                }
            }
            for (k, v) in obj {
                let Some(s) = props.get(k) else {
                    return Err(format!("{at}: `{k}` is not declared by the schema"));
                };
                check_schema(doc, s, v, &format!("{at}.{k}"))?;
            }
            Ok(())
        }
        (None, _) if schema.get("enum").is_some() => Ok(()),
        (None, _)
            if schema.as_object().is_some_and(|o| {
                o.keys()
                    .all(|k| k == "description" || k == "nullable" || k == "default")
            }) =>
        {
            Ok(())
        }
        (t, v) => Err(format!("{at}: {v} does not have type {t:?}")),
    }
}

/// Validates a request body against a Smithy structure, skipping members bound to the
/// HTTP path or headers (they are not in the body).
pub fn validate_smithy(model: &Value, root: &str, value: &Value) -> Result<(), String> {
    check_shape(model, root, value, "$")
}

fn check_shape(model: &Value, shape_id: &str, value: &Value, at: &str) -> Result<(), String> {
    let shape = &model["shapes"][shape_id];
    let prelude = shape_id.strip_prefix("smithy.api#");
    let ty = prelude.map_or_else(
        || shape["type"].as_str().unwrap_or(""),
        |p| match p {
            "String" => "string",
            "Integer" | "Long" | "Short" => "integer",
            "Float" | "Double" => "double",
            "Boolean" => "boolean",
            "Document" => "document",
            // The JSON protocols carry blobs as base64 strings.
            "Blob" => "blob",
            "Timestamp" => "timestamp",
            _ => "unknown",
        },
    );
    match (ty, value) {
        ("string", Value::String(s)) => {
            if let Some(values) = shape["traits"]["smithy.api#enum"].as_array() {
                if !values.iter().any(|v| v["value"].as_str() == Some(s)) {
                    return Err(format!("{at}: “{s}” is not a value of {shape_id}"));
                }
            }
            Ok(())
        }
        ("enum", Value::String(s)) => {
            let ok = shape["members"].as_object().is_some_and(|m| {
                m.iter().any(|(name, member)| {
                    member["traits"]["smithy.api#enumValue"]
                        .as_str()
                        .unwrap_or(name)
                        == s
                })
            });
            if ok {
                Ok(())
            } else {
                Err(format!("{at}: “{s}” is not a value of {shape_id}"))
            }
        }
        ("blob", Value::String(b)) => {
            let base64 = b
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'='));
            if base64 && b.len() % 4 == 0 {
                Ok(())
            } else {
                Err(format!("{at}: a blob must be base64"))
            }
        }
        ("integer" | "long" | "short", Value::Number(n)) if n.is_i64() || n.is_u64() => Ok(()),
        ("float" | "double", Value::Number(_)) | ("boolean", Value::Bool(_)) | ("document", _) => {
            Ok(())
        }
        ("list", Value::Array(items)) => {
            let target = shape["member"]["target"].as_str().unwrap_or("");
            for (i, item) in items.iter().enumerate() {
                check_shape(model, target, item, &format!("{at}[{i}]"))?;
            }
            Ok(())
        }
        ("map", Value::Object(obj)) => {
            let target = shape["value"]["target"].as_str().unwrap_or("");
            for (k, v) in obj {
                check_shape(model, target, v, &format!("{at}.{k}"))?;
            }
            Ok(())
        }
        ("structure" | "union", Value::Object(obj)) => {
            let members = shape["members"].as_object().cloned().unwrap_or_default();
            if ty == "union" && obj.len() != 1 {
                return Err(format!(
                    "{at}: a union takes exactly one member, got {}",
                    obj.len()
                ));
            }
            for (name, member) in &members {
                let traits = &member["traits"];
                let in_body = traits.get("smithy.api#httpLabel").is_none()
                    && traits.get("smithy.api#httpHeader").is_none()
                    && traits.get("smithy.api#httpQuery").is_none();
                if in_body && traits.get("smithy.api#required").is_some() && !obj.contains_key(name)
                {
                    return Err(format!("{at}: required `{name}` is missing"));
                }
            }
            for (k, v) in obj {
                let Some(member) = members.get(k) else {
                    return Err(format!("{at}: `{k}` is not a member of {shape_id}"));
                };
                if member["traits"].get("smithy.api#httpLabel").is_some() {
                    return Err(format!("{at}: `{k}` belongs in the path, not the body"));
                }
                let target = member["target"].as_str().unwrap_or("");
                check_shape(model, target, v, &format!("{at}.{k}"))?;
            }
            Ok(())
        }
        (t, v) => Err(format!("{at}: {v} is not a {t} ({shape_id})")),
    }
}
