package schema

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/regiodialogue/regiodialogue"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCompile(t *testing.T) {
	if _, err := compile(); err != nil {
		t.Fatal(err)
	}
	// Each file declares itself properly.
	for _, name := range []string{"agreement.schema.json", "activity.schema.json", "defs.schema.json"} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatal(name, err)
		}
		if doc["$schema"] != "https://json-schema.org/draft/2020-12/schema" || doc["$id"] != BaseID+name ||
			doc["title"] == nil || doc["description"] == nil {
			t.Errorf("%s: $schema, $id, title or description missing or wrong", name)
		}
	}
}

// TestRefsStayInside checks that a $ref leaving the embedded files fails to compile
// instead of being fetched.
func TestRefsStayInside(t *testing.T) {
	fsys := fstest.MapFS{
		"agreement.schema.json": {Data: []byte(`{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"` + AgreementID + `","$ref":"https://example.org/x.json"}`)},
		"activity.schema.json":  {Data: []byte(`{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"` + ActivityID + `"}`)},
	}
	_, err := compileFS(fsys)
	if err == nil || !strings.Contains(err.Error(), "leaves the embedded schemas") {
		t.Fatalf("compileFS with an outside $ref: %v", err)
	}
}

// TestFullPathAccepts checks that the full evaluation, not only the accept path, passes
// every valid file.
func TestFullPathAccepts(t *testing.T) {
	for _, dir := range []string{"../testdata/mini", "../dataset"} {
		files, _ := filepath.Glob(filepath.Join(dir, "[a-z]*.json"))
		for _, f := range files {
			if filepath.Base(f) == regiodialogue.PackageDescriptor {
				continue
			}
			data, _ := os.ReadFile(f)
			if err := std.validateFull(data, false); err != nil {
				t.Errorf("%s: %v", f, err)
			}
		}
	}
}

func TestValidAgreements(t *testing.T) {
	for _, dir := range []string{"../testdata/mini", "../dataset"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
		for _, f := range files {
			if filepath.Base(f) == regiodialogue.PackageDescriptor {
				continue
			}
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := ValidateAgreement(data); err != nil {
				t.Errorf("%s: %v", f, err)
			}
		}
	}
	if err := ValidateDataset(os.DirFS("../dataset")); err != nil {
		t.Errorf("ValidateDataset(dataset): %v", err)
	}
	if err := ValidateDataset(os.DirFS("../testdata/mini")); err != nil {
		t.Errorf("ValidateDataset(testdata/mini): %v", err)
	}
}

// TestEncodedValidates checks that what the Go types encode the schemas accept.
func TestEncodedValidates(t *testing.T) {
	for _, ds := range []*regiodialogue.Dataset{mustLoad(t, "../testdata/mini"), regiodialogue.Default()} {
		for a := range ds.Agreements() {
			data, err := json.Marshal(a)
			if err != nil {
				t.Fatal(err)
			}
			if err := ValidateAgreement(data); err != nil {
				t.Errorf("%s encoded: %v", a.ID, err)
			}
			for _, act := range a.Activities {
				data, _ := json.Marshal(act)
				if err := ValidateActivity(data); err != nil {
					t.Errorf("%s encoded: %v", act.ID, err)
				}
			}
		}
	}
}

func mustLoad(t *testing.T, dir string) *regiodialogue.Dataset {
	t.Helper()
	ds, err := regiodialogue.Load(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// TestBadFiles checks that every broken file is rejected by ValidateAgreement, at the
// place testdata/bad/FAULTS names, and by Load.
func TestBadFiles(t *testing.T) {
	f, err := os.Open("../testdata/bad/FAULTS")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		parts := strings.Split(line, "\t")
		name, pointer := parts[0], parts[2]
		n++
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("../testdata/bad", name))
			require.NoError(t, err)
			err = ValidateAgreement(data)
			var se *Error
			require.ErrorAs(t, err, &se)
			if pointer == "/" {
				pointer = ""
			}
			if pointer != "-" {
				assert.Contains(t, pointers(se.Violations), pointer, "no violation at %q:\n%v", pointer, se)
			}
			_, err = regiodialogue.DecodeAgreement(data)
			assert.Error(t, err, "DecodeAgreement accepted it")
		})
	}
	assert.GreaterOrEqual(t, n, 40, "bad files")
}

func TestEnumsEqualCodeLists(t *testing.T) {
	data, err := os.ReadFile("defs.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var defs struct {
		Defs map[string]struct {
			Enum []string `json:"enum"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(data, &defs); err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"instrumentKind": strs(regiodialogue.Codes[regiodialogue.InstrumentKind]()),
		"group":          strs(regiodialogue.Codes[regiodialogue.Group]()),
		"partnerKind":    strs(regiodialogue.Codes[regiodialogue.PartnerKind]()),
		"side":           strs(regiodialogue.Codes[regiodialogue.Side]()),
		"noteKind":       strs(regiodialogue.Codes[regiodialogue.NoteKind]()),
		"theme":          strs(regiodialogue.Codes[regiodialogue.Theme]()),
		"activityKind":   strs(regiodialogue.Codes[regiodialogue.ActivityKind]()),
		"framework":      strs(regiodialogue.Codes[regiodialogue.Framework]()),
		"region":         strs(regiodialogue.Codes[regiodialogue.Region]()),
		"sourceKind":     strs(regiodialogue.Codes[regiodialogue.SourceKind]()),
		"pairLevel":      strs(regiodialogue.Codes[regiodialogue.PairLevel]()),
	}
	for name, codes := range want {
		if got := defs.Defs[name].Enum; !slices.Equal(got, codes) {
			t.Errorf("$defs/%s enum = %v, want the Go list %v", name, got, codes)
		}
	}
}

func strs[T ~string](list []T) []string {
	out := make([]string, len(list))
	for i, v := range list {
		out[i] = string(v)
	}
	return out
}

func TestInputSafety(t *testing.T) {
	deep := bytes.Repeat([]byte("["), 200000)
	start := time.Now()
	err := ValidateAgreement(deep)
	if !hasKeyword(err, "maxDepth") {
		t.Errorf("200,000 nested '[': %v", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("200,000 nested '[' took %v", d)
	}
	for in, kw := range map[string]string{
		``:                         "syntax",
		`{"id": "pe"} x`:           "syntax",
		`{"id": "pe", "id": "pe"}`: "duplicateKey",
		"{\"id\": \"p\xffe\"}":     "syntax",
		`{"id": "pe"`:              "syntax",
	} {
		if err := ValidateAgreement([]byte(in)); !hasKeyword(err, kw) {
			t.Errorf("ValidateAgreement(%q) = %v, want keyword %s", in, err, kw)
		}
	}
	v := Validator{MaxSize: 10}
	if err := v.ValidateAgreement([]byte(`{"id": "pe", "x": 1}`)); !hasKeyword(err, "maxSize") {
		t.Errorf("over MaxSize: %v", err)
	}
	v = Validator{MaxDepth: 2}
	if err := v.ValidateAgreement([]byte(`{"a": {"b": {"c": 1}}}`)); !hasKeyword(err, "maxDepth") {
		t.Errorf("over MaxDepth: %v", err)
	}
}

func hasKeyword(err error, kw string) bool {
	var se *Error
	return errors.As(err, &se) && slices.ContainsFunc(se.Violations, func(v Violation) bool { return v.Keyword == kw })
}

// TestViolationsListed checks that several faults are all reported, in a stable order.
func TestViolationsListed(t *testing.T) {
	data, err := os.ReadFile("../testdata/mini/aa.json")
	require.NoError(t, err)
	bad := strings.Replace(string(data), `"group": "latin-america"`, `"group": "nowhere"`, 1)
	bad = strings.Replace(bad, `"end": "2013-12-13?"`, `"end": "2013-12-01"`, 1)
	bad = strings.Replace(bad, `"kind": "workshop"`, `"kind": "party"`, 1)
	err = ValidateAgreement([]byte(bad))
	var se *Error
	require.ErrorAs(t, err, &se)
	var got []string
	for _, v := range se.Violations {
		got = append(got, v.Pointer+" "+v.Keyword)
	}
	assert.Equal(t, []string{"/activities/0/kind enum", "/activities/2/end dateOrder", "/group enum"}, got)
	assert.Equal(t, err.Error(), ValidateAgreement([]byte(bad)).Error(), "two runs listed the violations differently")
}

func TestValidateDatasetCrossFile(t *testing.T) {
	aa, _ := os.ReadFile("../testdata/mini/aa.json")
	err := ValidateDataset(fstest.MapFS{"ab.json": {Data: aa}})
	var se *Error
	require.ErrorAs(t, err, &se)
	assert.Equal(t, "ab.json", se.File)
	assert.True(t, hasKeyword(err, KeywordFileName), "misnamed file: %v", err)
}

// FuzzParity feeds the same bytes to the full schema evaluation (validateFull: jsonschema
// and the rules) and to regiodialogue.DecodeAgreement, and fails when one accepts what the
// other rejects. ValidateAgreement's accept path relies on this equivalence.
func FuzzParity(f *testing.F) {
	for _, glob := range []string{"../testdata/mini/*.json", "../testdata/bad/*.json", "../dataset/[a-z][a-z].json", "../dataset/sica.json"} {
		files, _ := filepath.Glob(glob)
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil {
				f.Add(data)
			}
		}
	}
	for _, data := range stringSeeds(f) {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > DefaultMaxSize {
			return
		}
		verr := std.validateFull(data, false)
		_, derr := regiodialogue.DecodeAgreement(data)
		if (verr == nil) != (derr == nil) {
			t.Fatalf("disagreement: ValidateAgreement: %v; DecodeAgreement: %v\n%s", verr, derr, data)
		}
	})
}
