#!/usr/bin/env python3
"""Validate every *.json file in a directory against the agreement schema with python-jsonschema.

Usage: validate.py SCHEMA_DIR VARIANT_DIR

The differential test (go run ./tools/difftest) runs this and compares its verdicts with
Go's and Ajv's. Prints a first line {"validator": NAME}, then one JSON line per file, in name order:
{"file": NAME, "valid": BOOL, "message": FIRST_PROBLEM_OR_EMPTY}. A file is read as a
service would: bytes decoded as UTF-8 (strictly), then json.loads, then the Draft 2020-12
validator with every schema file in SCHEMA_DIR registered under its $id. Works with
jsonschema 4.18+ (referencing) and with older 4.x releases such as Debian's (RefResolver).
"""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator

AGREEMENT = "agreement.schema.json"


def make_validator(schema_dir):
    docs = {}
    for f in sorted(pathlib.Path(schema_dir).glob("*.schema.json")):
        docs[f.name] = json.loads(f.read_text(encoding="utf-8"))
    schema = docs[AGREEMENT]
    Draft202012Validator.check_schema(schema)
    try:
        from referencing import Registry, Resource
    except ImportError:  # jsonschema before 4.18
        from jsonschema import RefResolver

        store = {d["$id"]: d for d in docs.values()}
        return Draft202012Validator(schema, resolver=RefResolver(schema["$id"], schema, store=store))
    registry = Registry().with_resources((d["$id"], Resource.from_contents(d)) for d in docs.values())
    return Draft202012Validator(schema, registry=registry)


def name():
    try:
        from importlib.metadata import version

        v = version("jsonschema")
    except Exception:  # pragma: no cover
        v = "?"
    return f"python-jsonschema {v} (Python {sys.version.split()[0]}, {sys.executable})"


def verdict(validator, path):
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return False, f"not UTF-8: {e}"
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as e:
        return False, f"not JSON: {e}"
    try:
        error = next(validator.iter_errors(doc), None)
    except RecursionError as e:
        return False, f"too deep: {e}"
    if error is None:
        return True, ""
    where = "/" + "/".join(str(p) for p in error.absolute_path)
    return False, f"{where}: {error.message}"[:300]


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    validator = make_validator(argv[1])
    out = sys.stdout
    out.write(json.dumps({"validator": name()}) + "\n")
    for path in sorted(pathlib.Path(argv[2]).glob("*.json")):
        ok, msg = verdict(validator, path)
        out.write(json.dumps({"file": path.name, "valid": ok, "message": msg}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
