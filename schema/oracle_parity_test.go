package schema

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// every lists every violation: the oracle does.
var every = Validator{MaxFaults: -1}

// keyed returns the violations of err as "pointer keyword" lines, sorted.
func keyed(err error) []string {
	se, ok := err.(*Error)
	if !ok {
		if err == nil {
			return nil
		}
		return []string{"error " + err.Error()}
	}
	out := make([]string, len(se.Violations))
	for i, v := range se.Violations {
		out[i] = v.Pointer + " " + v.Keyword
	}
	slices.Sort(out)
	return out
}

// oracleDiff compares the violations the validator reads off the decoder with those of
// the oracle (jsonschema/v5 evaluating the schemas, and the rules): the same pointers with
// the same keywords. It returns "" when they agree.
func oracleDiff(data []byte, activity bool) string {
	var got error
	if activity {
		got = every.ValidateActivity(data)
	} else {
		got = every.ValidateAgreement(data)
	}
	want := every.validateFull(data, activity)
	return cmp.Diff(keyed(want), keyed(got))
}

// oracleSeeds are the payloads of the repository: the dataset, testdata's valid and
// broken files.
func oracleSeeds(tb testing.TB) map[string][]byte {
	tb.Helper()
	out := map[string][]byte{}
	for _, glob := range []string{"../testdata/mini/*.json", "../testdata/bad/*.json", "../testdata/shared/*.json", "../dataset/*.json"} {
		files, err := filepath.Glob(glob)
		if err != nil {
			tb.Fatal(err)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "datapackage.json") {
				continue
			}
			data, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			out[f] = data
		}
	}
	return out
}

// TestOracleKeywords holds the violations read off the decoder to the oracle's, pointer
// and keyword, on every payload of the repository and on the string rules' seeds.
func TestOracleKeywords(t *testing.T) {
	seeds := oracleSeeds(t)
	for i, data := range stringSeeds(t) {
		seeds["string seed "+string(rune('a'+i%26))+strings.Repeat("'", i/26)] = data
	}
	for i, edit := range [][2]string{
		{`"en": "Avalonia dialogue on regional policy"`, `"en": "x", "es-t-fr": "a", "es": "b", "es-t-en": "c"`},
		{`"en": "Avalonia dialogue on regional policy"`, `"es-t-en": "", "en": "x", "es": " b"`},
		{`"en": "Avalonia dialogue on regional policy"`, `"es-t-en": "a", "en": "x", "es": 1, "EN": ""`},
		{`"themes": [`, `"themes": [1, 1.0, true, true, null, {"a": 1}, {"a": 1}, `},
		{`"kind": "workshop"`, `"kind": "workshop", "pair": {"eu": [], "partner": [{"name": {"en": "x", "xx-t-en": "y"}}], "level": "town"}, "partOf": "aa-2013-x"`},
		{`"kind": "workshop"`, `"kind": 7, "pair": {"eu": [{"name": {"en": "x"}}], "partner": [{"name": {"en": "y"}}], "level": "city"}`},
	} {
		base := string(seeds["../testdata/mini/aa.json"])
		if !strings.Contains(base, edit[0]) {
			t.Fatalf("edit %d: no %s in aa.json", i, edit[0])
		}
		seeds["edit "+string(rune('a'+i))] = []byte(strings.Replace(base, edit[0], edit[1], 1))
	}
	for name, data := range seeds {
		if d := oracleDiff(data, false); d != "" {
			t.Errorf("%s: violations differ (-oracle +decoder):\n%s", name, d)
		}
	}
}

// FuzzOracleKeywords holds the violations read off the decoder to the oracle's on any
// payload: the same pointers with the same keywords, every violation listed. Payloads with
// an empty key are skipped: jsonschema/v5 reports a fault under an empty key at its
// parent's pointer.
func FuzzOracleKeywords(f *testing.F) {
	for name, data := range oracleSeeds(f) {
		if !strings.Contains(name, "/dataset/") { // the dataset's files are large: slow to mutate
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > DefaultMaxSize || strings.Contains(string(data), `""`) {
			return
		}
		for _, activity := range []bool{false, true} {
			if d := oracleDiff(data, activity); d != "" {
				t.Fatalf("activity %v: violations differ (-oracle +decoder):\n%s\n%s", activity, d, data)
			}
		}
	})
}
