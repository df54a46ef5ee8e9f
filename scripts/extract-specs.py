#!/usr/bin/env python3
"""Extracts the request schemas the provider tests validate against from the shared API
specs (../shared/fixtures/specs), keeping only what the requests reach:

- OpenAI: every schema reachable from CreateChatCompletionRequest in openai-openapi.yaml,
  written as JSON with the same `#/components/schemas/...` references.
- Bedrock: every Smithy shape reachable from ConverseStreamRequest in
  aws-bedrock-runtime.smithy.json.

Run from the repository root: python3 scripts/extract-specs.py [SHARED_SPECS_DIR]
The output is committed; see src-tauri/crates/testsupport/fixtures/PROVENANCE.md.
"""
import json
import sys

import yaml

src = sys.argv[1] if len(sys.argv) > 1 else "../shared/fixtures/specs"
out = "src-tauri/crates/testsupport/fixtures/specs"


def refs(node, found):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "$ref" and isinstance(v, str):
                found.add(v.rsplit("/", 1)[-1])
            else:
                refs(v, found)
    elif isinstance(node, list):
        for v in node:
            refs(v, found)


with open(f"{src}/openai-openapi.yaml") as f:
    spec = yaml.safe_load(f)
schemas = spec["components"]["schemas"]
keep, todo = {}, ["CreateChatCompletionRequest"]
while todo:
    name = todo.pop()
    if name in keep:
        continue
    keep[name] = schemas[name]
    found = set()
    refs(schemas[name], found)
    todo.extend(found - keep.keys())
with open(f"{out}/openai-chat-request.schema.json", "w") as f:
    json.dump({"components": {"schemas": dict(sorted(keep.items()))}}, f, indent=1, sort_keys=True)

with open(f"{src}/aws-bedrock-runtime.smithy.json") as f:
    smithy = json.load(f)
shapes = smithy["shapes"]
keep, todo = {}, ["com.amazonaws.bedrockruntime#ConverseStreamRequest"]
while todo:
    name = todo.pop()
    if name in keep or name not in shapes:
        continue
    shape = shapes[name]
    keep[name] = shape
    for member in list(shape.get("members", {}).values()) + [shape.get("member", {}), shape.get("key", {}), shape.get("value", {})]:
        if isinstance(member, dict) and "target" in member:
            todo.append(member["target"])
with open(f"{out}/bedrock-converse-stream.smithy.json", "w") as f:
    json.dump({"shapes": dict(sorted(keep.items()))}, f, indent=1, sort_keys=True)
print("wrote", out)
