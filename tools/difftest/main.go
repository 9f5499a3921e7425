// Command difftest is the differential test of the JSON Schemas: it makes variants of the
// dataset's files and of testdata/, runs each through every validator at hand, and fails
// when two validators give different verdicts on a payload outside the rules that only the
// Go package checks (schema/README.md lists them).
//
// Usage, from the repository root:
//
//	go run ./tools/difftest [-seed 1] [-n 2400] [-python python3]... [-node node] [-dir DIR]
//
// It also holds the violations schema.ValidateAgreement lists (read off the strict decoder)
// to those of the oracle, jsonschema/v5 evaluating the schemas with the rules no schema can
// state (internal/oracle): on every variant, the same JSON pointers with the same keywords.
//
// The validators are schema.ValidateAgreement and regiodialogue.DecodeAgreement; the
// schemas compiled by jsonschema/v5 alone, over encoding/json; python-jsonschema, once per
// -python interpreter (tools/difftest/validate.py); and, with -node, Ajv (draft 2020-12)
// with and without the "u" flag on patterns (tools/difftest/validate.js, which needs
// `npm ci` in tools/difftest first).
//
// The variants come from a fixed seed: every base file as it is, then -n files with one to
// three mutations each (a special character in a string, a string of the wrong form, a
// value of another type, unknown, case-changed, dropped and repeated keys, emptied and
// repeated array items, dates, ids, bytes that are not UTF-8, lone surrogate escapes,
// unescaped controls, deep nesting, trailing and leading data, escapes, number literals,
// oversized payloads). Each variant is classified by the Go-only rules it breaks, from its
// bytes and values: on such a variant the Go validators must reject, and for the input
// rules (UTF-8, lone surrogates, duplicate keys, nesting depth) the other validators may
// say anything, as their JSON parsers decide. Everywhere else every validator must give
// the same verdict. The variants are written to a temporary directory, removed afterwards
// unless -dir is given or the test fails.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"text/tabwriter"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "difftest:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fl := flag.NewFlagSet("difftest", flag.ContinueOnError)
	root := fl.String("root", ".", "the repository root")
	seed := fl.Uint64("seed", 1, "the random seed")
	n := fl.Int("n", 2400, "how many mutated variants to make")
	node := fl.String("node", "", "run Ajv with this node binary (needs npm ci in tools/difftest)")
	dir := fl.String("dir", "", "write the variants to this directory and keep them (default: a temporary directory)")
	show := fl.Int("show", 20, "how many disagreements to print in full")
	var pythons []string
	fl.Func("python", "run python-jsonschema with this interpreter (repeatable)", func(s string) error {
		pythons = append(pythons, s)
		return nil
	})
	if err := fl.Parse(args); err != nil {
		return err
	}

	bases, err := loadBases(*root)
	if err != nil {
		return err
	}
	variants := generate(bases, *n, *seed)

	out := *dir
	if out == "" {
		if out, err = os.MkdirTemp("", "difftest-"); err != nil {
			return err
		}
	} else if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := writeVariants(out, variants); err != nil {
		return err
	}

	vals, err := goValidators()
	if err != nil {
		return err
	}
	schemaDir := filepath.Join(*root, "schema")
	script := func(name string) string { return filepath.Join(*root, "tools", "difftest", name) }
	for _, py := range pythons {
		vals = append(vals, external("python-jsonschema ("+py+")", py, script("validate.py"), schemaDir))
	}
	if *node != "" {
		vals = append(vals,
			external("ajv", *node, script("validate.js"), schemaDir),
			external("ajv without u", *node, script("validate.js"), "--no-unicode-regexp", schemaDir))
	}
	if err := runValidators(vals, variants, out); err != nil {
		return err
	}

	rep := compare(variants, vals)
	rep.print(stdout, variants, vals, *show)
	kw, compared, err := keywordCheck(variants)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "\nviolations (pointer and keyword) of schema.ValidateAgreement against the oracle (jsonschema/v5 with the rules): %d variants compared, %d differ\n", compared, len(kw))
	for i, p := range kw {
		if i == *show {
			fmt.Fprintf(stdout, "... and %d more\n", len(kw)-*show)
			break
		}
		fmt.Fprintf(stdout, "%s: %s\n", p.variant, p.why)
	}
	rep.problems = append(rep.problems, kw...)
	if len(rep.problems) > 0 || *dir != "" {
		fmt.Fprintf(stdout, "variants kept in %s (MANIFEST.tsv says how each was made)\n", out)
	}
	if len(rep.problems) > 0 {
		return fmt.Errorf("%d disagreements outside the Go-only rules", len(rep.problems))
	}
	if *dir == "" {
		return os.RemoveAll(out)
	}
	return nil
}

func writeVariants(dir string, variants []variant) error {
	var manifest strings.Builder
	for _, v := range variants {
		if err := os.WriteFile(filepath.Join(dir, v.name), v.data, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(&manifest, "%s\t%s\t%s\t%s\t%s\n", v.name, v.base, v.mutation, strings.Join(v.goOnly, ","), v.detail)
	}
	return os.WriteFile(filepath.Join(dir, "MANIFEST.tsv"), []byte(manifest.String()), 0o644)
}

// runValidators fills each validator's verdicts: the external ones run in parallel with
// the in-process ones.
func runValidators(vals []*validator, variants []variant, dir string) error {
	var wg sync.WaitGroup
	errs := make([]error, len(vals))
	for i, v := range vals {
		if v.run == nil {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			name, verdicts, err := v.run(dir)
			if err == nil && len(verdicts) != len(variants) {
				err = fmt.Errorf("%s gave %d verdicts for %d variants", name, len(verdicts), len(variants))
			}
			v.name, v.verdicts, errs[i] = name, verdicts, err
		}()
	}
	for _, v := range vals {
		if v.check == nil {
			continue
		}
		v.verdicts = make(map[string]verdict, len(variants))
		for _, x := range variants {
			v.verdicts[x.name] = v.check(x.data)
		}
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// problem is a verdict that breaks the test's expectations.
type problem struct {
	variant string
	why     string
}

type ruleCount struct {
	variants int // variants breaking the rule
	accepted int // of those, accepted by some schema-only validator: the expected differences
}

type report struct {
	problems []problem
	rules    map[string]*ruleCount
	agree    map[string]int // per validator: verdicts equal to the first validator's
	accepts  map[string]int
	byMut    map[string]int // problems by mutation
}

// relaxes reports whether a variant breaks an input rule that the other validators' JSON
// parsers decide each their own way.
func relaxes(tags []string) bool {
	return slices.ContainsFunc(tags, func(t string) bool { return isInputRule(t) && t != ruleMaxSize })
}

// compare checks the verdicts against the expectations:
//   - a Go validator rejects every variant breaking a Go-only rule it applies (maxSize is
//     schema.Validator's only);
//   - every validator accepts each file of dataset/ as it is;
//   - unless the variant breaks an input rule (UTF-8, surrogates, duplicate keys, depth),
//     the schema-only validators all agree, and a Go validator with no Go-only rule to apply
//     agrees with them.
func compare(variants []variant, vals []*validator) *report {
	rep := &report{rules: map[string]*ruleCount{}, agree: map[string]int{}, accepts: map[string]int{}, byMut: map[string]int{}}
	for _, x := range variants {
		var why []string
		applies := func(v *validator) []string {
			if !v.full {
				return nil
			}
			return slices.DeleteFunc(slices.Clone(x.goOnly), func(t string) bool { return t == ruleMaxSize && v.sizeFree })
		}
		// The schema verdict: the schema-only validators' common answer.
		var schemaVals []*validator
		for _, v := range vals {
			if !v.full {
				schemaVals = append(schemaVals, v)
			}
		}
		relax := relaxes(x.goOnly)
		if !relax {
			for _, v := range schemaVals[1:] {
				if v.verdicts[x.name].Valid != schemaVals[0].verdicts[x.name].Valid {
					why = append(why, fmt.Sprintf("%s says %s, %s says %s", schemaVals[0].name, show(schemaVals[0].verdicts[x.name]), v.name, show(v.verdicts[x.name])))
				}
			}
		}
		for _, v := range vals {
			if !v.full {
				continue
			}
			got := v.verdicts[x.name]
			switch rs := applies(v); {
			case len(rs) > 0 && got.Valid:
				why = append(why, fmt.Sprintf("%s accepts a payload breaking the Go-only rule %s", v.name, strings.Join(rs, ", ")))
			case len(rs) == 0 && !relax && got.Valid != schemaVals[0].verdicts[x.name].Valid:
				why = append(why, fmt.Sprintf("%s says %s, %s says %s", v.name, show(got), schemaVals[0].name, show(schemaVals[0].verdicts[x.name])))
			}
		}
		for _, t := range x.goOnly {
			rc := rep.rules[t]
			if rc == nil {
				rc = &ruleCount{}
				rep.rules[t] = rc
			}
			rc.variants++
			if slices.ContainsFunc(schemaVals, func(v *validator) bool { return v.verdicts[x.name].Valid }) {
				rc.accepted++
			}
		}
		if x.mutation == "none" && strings.HasPrefix(x.base, "dataset/") {
			// The dataset's own files: every validator must accept each of them.
			for _, v := range vals {
				if got := v.verdicts[x.name]; !got.Valid {
					why = append(why, fmt.Sprintf("%s rejects the dataset file %s: %s", v.name, x.base, got.Message))
				}
			}
		}
		ref := vals[0].verdicts[x.name].Valid
		for _, v := range vals {
			if v.verdicts[x.name].Valid == ref {
				rep.agree[v.name]++
			}
			if v.verdicts[x.name].Valid {
				rep.accepts[v.name]++
			}
		}
		if len(why) > 0 {
			rep.problems = append(rep.problems, problem{x.name, strings.Join(why, "; ")})
			rep.byMut[x.mutation]++
		}
	}
	return rep
}

func show(v verdict) string {
	if v.Valid {
		return "valid"
	}
	return "invalid (" + v.Message + ")"
}

func (r *report) print(w io.Writer, variants []variant, vals []*validator, max int) {
	mutated, muts := 0, map[string]int{}
	for _, x := range variants {
		if x.mutation != "none" {
			mutated++
		}
		for _, m := range strings.Split(x.mutation, "+") {
			muts[m]++
		}
	}
	fmt.Fprintf(w, "%d variants: %d files as they are, %d mutated\n", len(variants), len(variants)-mutated, mutated)
	fmt.Fprintf(w, "mutations: %s\n\n", counts(muts))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "validator\taccepts\trejects\tsame verdict as %s\n", vals[0].name)
	for _, v := range vals {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\n", v.name, r.accepts[v.name], len(variants)-r.accepts[v.name], r.agree[v.name])
	}
	tw.Flush()
	fmt.Fprintln(w, "\nGo-only rules (the Go validators reject; the schema-only validators may accept):")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "rule\tvariants\taccepted by a schema-only validator\n")
	names := make([]string, 0, len(r.rules))
	for k := range r.rules {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Fprintf(tw, "%s\t%d\t%d\n", k, r.rules[k].variants, r.rules[k].accepted)
	}
	tw.Flush()
	fmt.Fprintf(w, "\ndisagreements outside the Go-only rules: %d\n", len(r.problems))
	if len(r.problems) > 0 {
		fmt.Fprintf(w, "by mutation: %s\n", counts(r.byMut))
		byName := map[string]variant{}
		for _, x := range variants {
			byName[x.name] = x
		}
		for i, p := range r.problems {
			if i == max {
				fmt.Fprintf(w, "... and %d more\n", len(r.problems)-max)
				break
			}
			x := byName[p.variant]
			fmt.Fprintf(w, "%s (%s, %s: %s): %s\n", p.variant, x.base, x.mutation, x.detail, p.why)
		}
	}
}

func counts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}
