#!/usr/bin/env node
// Times Ajv (draft 2020-12, allErrors) on the payload sets the Go benchmarks use, and
// prints the result as `go test -bench` lines, so that benchstat and internal/ratios read
// them beside the Go peers' (peer=ajv).
//
// Usage: node ajv.js SCHEMA_DIR PAYLOAD_DIR [COUNT] [BENCHTIME_MS]
// PAYLOAD_DIR holds valid/*.json and invalid/*.json, written by
// BENCH_PAYLOADS=DIR go test -run TestWritePayloads. One op validates every payload of a
// set as a service does with a request body: UTF-8 bytes to a string, JSON.parse, validate.
// Ajv comes from ../tools/difftest (npm ci there).
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv2020 = require(path.join(__dirname, "..", "tools", "difftest", "node_modules", "ajv", "dist", "2020"));

function main(argv) {
  const [schemaDir, payloadDir] = argv;
  const count = Number(argv[2] || 10);
  const benchtime = Number(argv[3] || 500);
  const ajv = new Ajv2020({ allErrors: true });
  let agreementID;
  for (const name of fs.readdirSync(schemaDir).filter((n) => n.endsWith(".schema.json")).sort()) {
    const doc = JSON.parse(fs.readFileSync(path.join(schemaDir, name), "utf8"));
    ajv.addSchema(doc);
    if (name === "agreement.schema.json") agreementID = doc.$id;
  }
  const validate = ajv.getSchema(agreementID);
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  for (const set of ["valid", "invalid"]) {
    const dir = path.join(payloadDir, set);
    const payloads = fs.readdirSync(dir).filter((n) => n.endsWith(".json")).sort().map((n) => fs.readFileSync(path.join(dir, n)));
    const op = () => {
      for (const p of payloads) {
        const ok = validate(JSON.parse(utf8.decode(p)));
        if (ok !== (set === "valid")) throw new Error(`ajv: wrong verdict on a ${set} payload`);
      }
    };
    for (let i = 0; i < 200; i++) op(); // warm up the JIT
    for (let c = 0; c < count; c++) {
      let n = 0;
      const start = process.hrtime.bigint();
      let elapsed = 0n;
      while (elapsed < BigInt(benchtime) * 1000000n) {
        op();
        n++;
        elapsed = process.hrtime.bigint() - start;
      }
      const ns = Number(elapsed) / n;
      process.stdout.write(`BenchmarkValidate/set=${set}/peer=ajv-1\t${n}\t${ns.toFixed(0)} ns/op\n`);
    }
  }
}

main(process.argv.slice(2));
