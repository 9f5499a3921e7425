package schema

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/regiodialogue/regiodialogue"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fault is one fault as both packages can state it: file, pointer, sentinel.
type fileFault struct{ File, Pointer, Err string }

func loadFaults(t *testing.T, err error) []fileFault {
	t.Helper()
	var out []fileFault
	for _, e := range unjoinAll(err) {
		var re *regiodialogue.Error
		require.ErrorAs(t, e, &re, "Load's error %v is not an *Error", e)
		out = append(out, fileFault{re.File, re.Pointer, re.Err.Error()})
	}
	sortFaults(out)
	return out
}

func schemaFaults(t *testing.T, err error) []fileFault {
	t.Helper()
	var out []fileFault
	for _, e := range unjoinAll(err) {
		var se *Error
		require.ErrorAs(t, e, &se, "ValidateDataset's error %v is not an *Error", e)
		for _, v := range se.Violations {
			out = append(out, fileFault{se.File, v.Pointer, v.Err().Error()})
		}
	}
	sortFaults(out)
	return out
}

func sortFaults(fs []fileFault) {
	slices.SortFunc(fs, func(a, b fileFault) int {
		return strings.Compare(a.File+"\x00"+a.Pointer+"\x00"+a.Err, b.File+"\x00"+b.Pointer+"\x00"+b.Err)
	})
}

func unjoinAll(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		if _, isSchema := err.(*Error); !isSchema {
			var out []error
			for _, e := range j.Unwrap() {
				out = append(out, unjoinAll(e)...)
			}
			return out
		}
	}
	return []error{err}
}

// checkParity checks that Load and ValidateDataset report the same faults of fsys.
func checkParity(t *testing.T, fsys fstest.MapFS) []fileFault {
	t.Helper()
	_, lerr := regiodialogue.Load(fsys)
	verr := ValidateDataset(fsys)
	require.Error(t, lerr, "Load accepted it")
	require.Error(t, verr, "ValidateDataset accepted it")
	lf, vf := loadFaults(t, lerr), schemaFaults(t, verr)
	assert.Equal(t, vf, lf, "Load's faults (+) differ from ValidateDataset's (-)\nLoad: %v\nValidateDataset: %v", lerr, verr)
	return lf
}

// TestLoadParityBadFiles checks, for every broken file of testdata/bad, that Load reports
// the faults ValidateDataset reports: the same pointers, wrapping the same sentinels.
func TestLoadParityBadFiles(t *testing.T) {
	files, err := filepath.Glob("../testdata/bad/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	all := fstest.MapFS{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		name := filepath.Base(f)
		all[name] = &fstest.MapFile{Data: data}
		t.Run(name, func(t *testing.T) {
			checkParity(t, fstest.MapFS{name: {Data: data}})
		})
	}
	// All of them at once: every fault of every file.
	checkParity(t, all)
}

// TestLoadParityManyFaults checks files with several faults each, spread over the record.
func TestLoadParityManyFaults(t *testing.T) {
	aa, err := os.ReadFile("../testdata/mini/aa.json")
	require.NoError(t, err)
	bb, err := os.ReadFile("../testdata/mini/bb.json")
	require.NoError(t, err)
	edit := func(data []byte, pairs ...string) []byte {
		s := string(data)
		for i := 0; i < len(pairs); i += 2 {
			r := strings.Replace(s, pairs[i], pairs[i+1], 1)
			require.NotEqual(t, s, r, "replacement %q did not apply", pairs[i])
			s = r
		}
		return []byte(s)
	}
	tests := []struct {
		name  string
		fsys  fstest.MapFS
		count int // the faults expected, at least
	}{
		{"three faults in one file", fstest.MapFS{
			"aa.json": {Data: edit(aa,
				`"group": "latin-america"`, `"group": "nowhere"`,
				`"end": "2013-12-13?"`, `"end": "2013-12-01"`,
				`"kind": "workshop"`, `"kind": "party"`)},
			"bb.json": {Data: bb},
		}, 3},
		{"unknown fields, wrong types, missing fields", fstest.MapFS{
			"aa.json": {Data: edit(aa,
				`"group": "latin-america",`, `"colour": "blue",`,
				`"binding": false`, `"binding": "no"`,
				`"signed": "2013-05",`, ``,
				`"country": "BE"`, `"country": "be"`)},
			"bb.json": {Data: edit(bb, `"summary": {`, `"summary": {"EN": "x", `)},
		}, 6},
		{"text faults", fstest.MapFS{
			"aa.json": {Data: edit(aa, `"en": "A synthetic agreement`, `"es": "x", "en": "  A synthetic agreement`)},
			"bb.json": {Data: bb},
		}, 1},
		{"a syntax error stops its file only", fstest.MapFS{
			"aa.json": {Data: edit(aa, `"group": "latin-america"`, `"group": "nowhere"`)},
			"bb.json": {Data: []byte(`{"id": "bb",`)},
		}, 2},
		{"misnamed file with faults", fstest.MapFS{
			"ab.json": {Data: edit(aa, `"group": "latin-america"`, `"group": 7`)},
			"bb.json": {Data: bb},
		}, 2},
		{"a whole activity of the wrong type, an empty list", fstest.MapFS{
			"aa.json": {Data: edit(aa, `"themes": [`, `"themes": [], "x": [`)},
			"bb.json": {Data: edit(bb, `"sources": [`, `"sources": "none", "y": [`)},
		}, 3},
	}
	shared := map[string][]byte{}
	for _, name := range []string{"aa.json", "bb.json"} {
		data, err := os.ReadFile("../testdata/shared/" + name)
		require.NoError(t, err)
		shared[name] = data
	}
	withShared := func(name string, data []byte) fstest.MapFS {
		fsys := fstest.MapFS{}
		for n, d := range shared {
			fsys[n] = &fstest.MapFile{Data: d}
		}
		fsys[name] = &fstest.MapFile{Data: data}
		return fsys
	}
	tests = append(tests, []struct {
		name  string
		fsys  fstest.MapFS
		count int
	}{
		{"an original on a source without a kind, a key escaped in jsonschema's locations", withShared("bb.json", edit(shared["bb.json"],
			`"kind": "mirror", `, ``,
			`"title": {"en": "`, `"title": {"e|n": "x", "en": "`)), 3},
	}...)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkParity(t, tt.fsys)
			assert.GreaterOrEqual(t, len(got), tt.count, "%v", got)
		})
	}
}

func TestDecodeAgreementReportsAll(t *testing.T) {
	aa, err := os.ReadFile("../testdata/mini/aa.json")
	require.NoError(t, err)
	bad := strings.Replace(string(aa), `"group": "latin-america"`, `"group": "nowhere"`, 1)
	bad = strings.Replace(bad, `"end": "2013-12-13?"`, `"end": "2013-12-01"`, 1)
	bad = strings.Replace(bad, `"kind": "workshop"`, `"kind": "party"`, 1)
	_, err = regiodialogue.DecodeAgreement([]byte(bad))
	var ptrs []string
	for _, e := range unjoinAll(err) {
		var re *regiodialogue.Error
		require.True(t, errors.As(e, &re))
		ptrs = append(ptrs, re.Pointer)
	}
	assert.Equal(t, []string{"/activities/0/kind", "/activities/2/end", "/group"}, ptrs)
}

// FuzzLoadParity checks that Load and ValidateDataset report the same faults of any file:
// the same pointers, wrapping the same sentinels. Inputs with an empty key are skipped:
// jsonschema/v5 reports a fault under an empty key at its parent's pointer.
func FuzzLoadParity(f *testing.F) {
	for _, glob := range []string{"../testdata/mini/*.json", "../testdata/bad/*.json", "../testdata/shared/*.json"} {
		files, _ := filepath.Glob(glob)
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil {
				f.Add(data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > DefaultMaxSize || strings.Contains(string(data), `""`) {
			return
		}
		fsys := fstest.MapFS{"aa.json": {Data: data}}
		_, lerr := regiodialogue.Load(fsys)
		verr := ValidateDataset(fsys)
		if (lerr == nil) != (verr == nil) {
			t.Fatalf("Load: %v; ValidateDataset: %v", lerr, verr)
		}
		if lerr == nil {
			return
		}
		if d := cmp.Diff(schemaFaults(t, verr), loadFaults(t, lerr)); d != "" {
			t.Fatalf("faults differ (-ValidateDataset +Load):\n%s\nLoad: %v\nValidateDataset: %v", d, lerr, verr)
		}
	})
}
