package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/regiodialogue/regiodialogue/internal/jsonx"
)

func mustBases(t *testing.T) []base {
	t.Helper()
	bases, err := loadBases("../..")
	if err != nil {
		t.Fatal(err)
	}
	return bases
}

// TestTreeRoundTrip checks that a file written back from the ordered tree, in each style,
// decodes to the same value.
func TestTreeRoundTrip(t *testing.T) {
	for _, b := range mustBases(t) {
		if b.tree == nil {
			continue
		}
		want, err := jsonx.Decode(b.data, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, st := range []style{{}, {indent: true}, {escapeAll: true}} {
			got, err := jsonx.Decode(encode(clone(b.tree), st), 0)
			if err != nil {
				t.Fatalf("%s %+v: %v", b.name, st, err)
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Fatalf("%s %+v: round trip differs:\n%s", b.name, st, d)
			}
		}
	}
	// A repeated key and raw bytes are written as they are.
	o := &object{members: []member{{key: "a", val: "x"}, {key: "a", val: rawString("y", []byte(`\ud800`), "")}}}
	if got := string(encode(o, style{})); got != `{"a":"x","a":"y\ud800"}` {
		t.Errorf("encode = %s", got)
	}
	if got := string(encode("é\U0001F600\n\"", style{escapeAll: true})); got != `"\u00e9\ud83d\ude00\n\""` {
		t.Errorf("escaped = %s", got)
	}
}

func TestGenerate(t *testing.T) {
	bases := mustBases(t)
	a := generate(bases, 600, 1)
	if len(a) != len(bases)+600 {
		t.Fatalf("%d variants, want %d", len(a), len(bases)+600)
	}
	b := generate(bases, 100, 1)
	for i := range b {
		if a[i].name != b[i].name || a[i].mutation != b[i].mutation || !bytes.Equal(a[i].data, b[i].data) {
			t.Fatalf("seed 1 made two different variants %d: %s / %s", i, a[i].detail, b[i].detail)
		}
	}
	c := generate(bases, 100, 2)
	same := 0
	for i := range c {
		if bytes.Equal(a[i].data, c[i].data) {
			same++
		}
	}
	if same > len(bases)+10 {
		t.Errorf("seeds 1 and 2 made %d equal variants of %d", same, len(c))
	}
	seen := map[string]int{}
	for _, v := range a {
		for _, m := range strings.Split(v.mutation, "+") {
			seen[m]++
		}
		if v.mutation != "none" && v.detail == "" {
			t.Errorf("%s (%s) has no detail", v.name, v.mutation)
		}
	}
	for _, m := range mutations {
		if seen[m.name] == 0 {
			t.Errorf("no variant made by %s in 600", m.name)
		}
	}
	if seen["none"] != len(bases) {
		t.Errorf("%d base files as they are, want %d", seen["none"], len(bases))
	}
}

func TestClassify(t *testing.T) {
	aa, err := os.ReadFile("../../testdata/mini/aa.json")
	if err != nil {
		t.Fatal(err)
	}
	sub := func(old, new string) []byte {
		if !bytes.Contains(aa, []byte(old)) {
			t.Fatalf("aa.json has no %s", old)
		}
		return bytes.Replace(aa, []byte(old), []byte(new), 1)
	}
	for _, c := range []struct {
		name string
		data []byte
		want []string
	}{
		{"valid", aa, nil},
		{"schema fault only", sub(`"group": "latin-america"`, `"group": "x"`), nil},
		{"trailing data", append(slices.Clip(aa), 'x'), nil},
		{"not UTF-8", sub(`"Avalonia"`, "\"Aval\xffonia\""), []string{ruleUTF8}},
		{"lone surrogate", sub(`"Avalonia"`, `"Aval\ud800"`), []string{ruleSurrogate}},
		{"surrogate pair", sub(`"Avalonia"`, `"Aval\ud83d\ude00"`), nil},
		{"escaped backslash", sub(`"Avalonia"`, `"Aval\\ud800"`), nil},
		{"duplicate key", sub(`"group": "latin-america"`, `"group": "latin-america", "group": "latin-america"`), []string{ruleDuplicateKey}},
		{"too deep", sub(`"binding": false`, `"binding": `+strings.Repeat("[", 70)+strings.Repeat("]", 70)), []string{ruleMaxDepth}},
		{"too large", append(slices.Clip(aa), bytes.Repeat([]byte(" "), 1<<20)...), []string{ruleMaxSize}},
		{"unregistered tag", sub(`"languages": ["es"]`, `"languages": ["qq"]`), []string{ruleLanguageTag}},
		{"unregistered Text key", sub(`"es-t-en": "Un acuerdo`, `"qq": "Un acuerdo`), []string{ruleLanguageTag}},
		{"two entries, one language", sub(`"es-t-en": "Un acuerdo`, `"es": "x", "es-t-en": "Un acuerdo`), []string{ruleTextLanguages}},
		{"end before start", sub(`"end": "2014-01-28"`, `"end": "2012"`), []string{ruleDateOrder}},
		{"id prefix", sub(`"id": "aa-2013-study"`, `"id": "bb-2013-study"`), []string{ruleIDPrefix}},
		{"id twice", sub(`"id": "aa-2013-study"`, `"id": "aa-2012-11-workshop"`), []string{ruleUniqueID}},
	} {
		if got := classify(c.data); !slices.Equal(got, c.want) {
			t.Errorf("%s: classify = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestHasLoneSurrogate(t *testing.T) {
	for in, want := range map[string]bool{
		`"a"`: false, `"\ud83d\ude00"`: false, `"\ud800"`: true, `"\udfff"`: true, `"\ude00\ud83d"`: true,
		`"\ud800\u0041"`: true, `"\ud800x"`: true, `"\\ud800"`: false, `"\\\ud800"`: true, `["\ud83d","\ude00"]`: true,
		`{"\udbff\udfff": 1}`: false, `"\uD800\uDC00"`: false, `"\n\ud800\n"`: true,
	} {
		if got := hasLoneSurrogate([]byte(in)); got != want {
			t.Errorf("hasLoneSurrogate(%s) = %v, want %v", in, got, want)
		}
	}
}

// fake returns validators with fixed verdicts on one variant named v.json.
func fake(full, sizeFree bool, name string, valid bool) *validator {
	return &validator{name: name, full: full, sizeFree: sizeFree, verdicts: map[string]verdict{"v.json": {Valid: valid}}}
}

func TestCompare(t *testing.T) {
	for _, c := range []struct {
		name                       string
		goOnly                     []string
		validate, decode, raw, py  bool
		wantProblems, wantAccepted int
	}{
		{"all valid", nil, true, true, true, true, 0, 0},
		{"all invalid", nil, false, false, false, false, 0, 0},
		{"schema validators differ", nil, false, false, false, true, 1, 0},
		{"Go differs from the schemas", nil, false, false, true, true, 1, 0},
		{"Go-only record rule", []string{ruleDateOrder}, false, false, true, true, 0, 1},
		{"Go accepts a Go-only fault", []string{ruleDateOrder}, true, false, true, true, 1, 1},
		{"record rule, schema validators differ", []string{ruleLanguageTag}, false, false, false, true, 1, 1},
		{"input rule, schema validators differ", []string{ruleUTF8}, false, false, false, true, 0, 1},
		{"input rule, Go accepts", []string{ruleDuplicateKey}, false, true, true, true, 1, 1},
		{"too large: the decoder has no limit", []string{ruleMaxSize}, false, true, true, true, 0, 1},
		{"too large: the decoder differs from the schemas", []string{ruleMaxSize}, false, false, true, true, 1, 1},
	} {
		vals := []*validator{
			fake(true, false, "validate", c.validate), fake(true, true, "decode", c.decode),
			fake(false, false, "raw", c.raw), fake(false, false, "py", c.py),
		}
		rep := compare([]variant{{name: "v.json", mutation: "m", goOnly: c.goOnly}}, vals)
		if len(rep.problems) != c.wantProblems {
			t.Errorf("%s: %d problems, want %d: %v", c.name, len(rep.problems), c.wantProblems, rep.problems)
		}
		accepted := 0
		for _, rc := range rep.rules {
			accepted += rc.accepted
		}
		if accepted != c.wantAccepted {
			t.Errorf("%s: %d expected differences, want %d", c.name, accepted, c.wantAccepted)
		}
	}
}

// TestCompareDataset checks that a file of dataset/ as it is must be accepted by every
// validator, even when all of them agree that it is invalid.
func TestCompareDataset(t *testing.T) {
	for _, c := range []struct {
		name         string
		base         string
		mutation     string
		valid        bool
		wantProblems int
	}{
		{"dataset file, all accept", "dataset/pe.json", "none", true, 0},
		{"dataset file, all reject", "dataset/pe.json", "none", false, 1},
		{"testdata file, all reject", "testdata/bad/x.json", "none", false, 0},
		{"mutated dataset file, all reject", "dataset/pe.json", "type", false, 0},
	} {
		vals := []*validator{
			fake(true, false, "validate", c.valid), fake(true, true, "decode", c.valid),
			fake(false, false, "raw", c.valid), fake(false, false, "py", c.valid),
		}
		rep := compare([]variant{{name: "v.json", base: c.base, mutation: c.mutation}}, vals)
		if len(rep.problems) != c.wantProblems {
			t.Errorf("%s: %d problems, want %d: %v", c.name, len(rep.problems), c.wantProblems, rep.problems)
		}
	}
}

// TestRun runs the test with the Go validators alone on a few hundred variants.
func TestRun(t *testing.T) {
	n := "150"
	if testing.Short() {
		n = "30"
	}
	dir := t.TempDir()
	var out bytes.Buffer
	if err := run([]string{"-root", "../..", "-n", n, "-dir", dir}, &out); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	for _, want := range []string{"variants kept in ", "go schema.ValidateAgreement", "go jsonschema/v5 alone", "disagreements outside the Go-only rules: 0"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "MANIFEST.tsv")); err != nil {
		t.Error(err)
	}
}
