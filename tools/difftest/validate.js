#!/usr/bin/env node
// Validate every *.json file in a directory against the agreement schema with Ajv (draft
// 2020-12).
//
// Usage: node validate.js [--no-unicode-regexp] SCHEMA_DIR VARIANT_DIR
//
// The differential test (go run ./tools/difftest) runs this and compares its verdicts with
// Go's and Python's. Prints a first line {"validator": NAME}, then one JSON line per file, in
// name order:
// {"file": NAME, "valid": BOOL, "message": FIRST_PROBLEM_OR_EMPTY}. A file is read as a
// service would: bytes decoded as UTF-8 (strictly, keeping a byte order mark), JSON.parse,
// then Ajv with the three schema files added. By default Ajv compiles patterns with the
// "u" flag; --no-unicode-regexp compiles them without it.
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv2020 = require("ajv/dist/2020");

function main(argv) {
  let unicodeRegExp = true;
  if (argv[0] === "--no-unicode-regexp") {
    unicodeRegExp = false;
    argv = argv.slice(1);
  }
  if (argv.length !== 2) {
    process.stderr.write("usage: node validate.js [--no-unicode-regexp] SCHEMA_DIR VARIANT_DIR\n");
    return 2;
  }
  const [schemaDir, variantDir] = argv;
  const ajv = new Ajv2020({ allErrors: false, unicodeRegExp });
  let agreementID;
  for (const name of fs.readdirSync(schemaDir).filter((n) => n.endsWith(".schema.json")).sort()) {
    const doc = JSON.parse(fs.readFileSync(path.join(schemaDir, name), "utf8"));
    ajv.addSchema(doc);
    if (name === "agreement.schema.json") agreementID = doc.$id;
  }
  const validate = ajv.getSchema(agreementID);
  const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  const flag = unicodeRegExp ? "patterns with the u flag" : "patterns without the u flag";
  const out = [JSON.stringify({ validator: `ajv ${require("ajv/package.json").version} (node ${process.version}, ${flag})` })];
  for (const name of fs.readdirSync(variantDir).filter((n) => n.endsWith(".json")).sort()) {
    out.push(JSON.stringify({ file: name, ...verdict(validate, utf8, path.join(variantDir, name)) }));
  }
  fs.writeFileSync(1, out.join("\n") + (out.length ? "\n" : ""));
  return 0;
}

function verdict(validate, utf8, file) {
  let text;
  try {
    text = utf8.decode(fs.readFileSync(file));
  } catch (e) {
    return { valid: false, message: "not UTF-8: " + e.message };
  }
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { valid: false, message: "not JSON: " + e.message };
  }
  if (validate(doc)) return { valid: true, message: "" };
  const e = validate.errors[0];
  return { valid: false, message: (e.instancePath + ": " + e.message).slice(0, 300) };
}

process.exitCode = main(process.argv.slice(2));
