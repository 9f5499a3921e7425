package schema

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

// readParamsTable reads the table of parameters of schema/README.md: for each keyword, the
// names written in backquotes in its row's second column.
func readParamsTable(t *testing.T) map[string]map[string]bool {
	t.Helper()
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	i := strings.Index(text, "### Parameters")
	if i < 0 {
		t.Fatal("README.md has no Parameters section")
	}
	quoted := regexp.MustCompile("`([^`]*)`")
	table := map[string]map[string]bool{}
	for _, line := range strings.Split(text[i:], "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 4 || !strings.HasPrefix(strings.TrimSpace(cells[1]), "`") {
			continue
		}
		names := map[string]bool{}
		for _, m := range quoted.FindAllStringSubmatch(cells[2], -1) {
			names[m[1]] = true
		}
		for _, m := range quoted.FindAllStringSubmatch(cells[1], -1) {
			table[m[1]] = names
		}
	}
	return table
}

// TestParamsDocumented checks that every keyword the validators emit has a row in the
// table of parameters of schema/README.md, and that every parameter they give is named in
// it, over the repository's payloads, the string rules' seeds, fault floods and payloads
// made for the input checks.
func TestParamsDocumented(t *testing.T) {
	table := readParamsTable(t)
	var payloads [][]byte
	for _, data := range oracleSeeds(t) {
		payloads = append(payloads, data)
	}
	payloads = append(payloads, stringSeeds(t)...)
	payloads = append(payloads, flood("1", 4096), flood("{}", 4096),
		[]byte(`{"id": "aa", "id": "bb"}`), []byte(strings.Repeat("[", 100)), []byte("{\"id\": \"a\x00\"}"),
		[]byte("{\"id\": \"a\xff\"}"), []byte(`{"id": "aa"} x`), []byte(`{"id": "aa",`), []byte(`{"ID": "aa", "themes": ["innovation", "innovation"]}`),
		[]byte(`{"id": "aa", "summary": {"en": "x", "es": "y", "es-t-en": "z", "iw": "w", "EN": "v"}, "activities": [{"id": "aa-1", "kind": "seminar", "pair": {}, "partOf": "aa-1", "start": "2014", "end": "2013"}, {"id": "aa-1", "partners": ["bb"]}]}`))
	seen := map[string]bool{}
	check := func(vs []Violation) {
		for _, v := range vs {
			names, ok := table[v.Keyword]
			if !ok {
				t.Errorf("keyword %s (%s) has no row in README.md's table of parameters", v.Keyword, v)
				continue
			}
			seen[v.Keyword] = true
			for k := range v.Params {
				if !names[k] {
					t.Errorf("keyword %s: parameter %q is not in README.md's table (%s)", v.Keyword, k, v)
				}
			}
		}
	}
	for _, data := range payloads {
		if se, ok := every.ValidateAgreement(data).(*Error); ok {
			check(se.Violations)
		}
		if se, ok := ValidateAgreement(data).(*Error); ok {
			check(se.Violations)
		}
	}
	small := Validator{MaxSize: 10}
	if se, ok := small.ValidateAgreement([]byte(`{"id": "aa", "x": 1}`)).(*Error); ok {
		check(se.Violations)
	}
	aa, err := os.ReadFile("../testdata/mini/aa.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range unjoinAll(small.ValidateDataset(fstest.MapFS{"aa.json": {Data: aa}})) {
		se, ok := e.(*Error)
		if !ok || len(se.Violations) != 1 || se.Violations[0].Params["size"] != len(aa) || se.Violations[0].Params["limit"] != 10 {
			t.Errorf("a file over the size limit: %v, want maxSize with its size and the limit", e)
			continue
		}
		check(se.Violations)
	}
	for _, e := range unjoinAll(ValidateDataset(fstest.MapFS{"ab.json": {Data: aa}})) {
		if se, ok := e.(*Error); ok {
			check(se.Violations)
		}
	}
	for _, kw := range []string{KeywordType, KeywordRequired, KeywordAdditionalProperties, KeywordEnum, KeywordPattern, KeywordNot,
		KeywordMinLength, KeywordMinItems, KeywordUniqueItems, KeywordLanguageTag, KeywordSyntax, KeywordDuplicateKey,
		KeywordMaxDepth, KeywordMaxSize, KeywordMaxFaults, KeywordDateOrder, KeywordIDPrefix, KeywordUniqueID, KeywordPartnerOf,
		KeywordFileName, KeywordPartOfCycle} {
		if !seen[kw] {
			t.Errorf("no payload of the test gave a %s violation", kw)
		}
	}
}
