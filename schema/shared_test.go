package schema

import (
	"errors"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

// TestSharedActivityRules checks that ValidateDataset finds the faults of shared activities
// and typed sources that Load finds (see the root package's shared_test.go), at the same
// pointers.
func TestSharedActivityRules(t *testing.T) {
	const partners = `"partners": ["bb", "aa"]`
	const mirror = `"original": {"title": "Relatório do seminário", "publisher": "União Boreal", "published": "2013", "reference": "RB-2013/7"}`
	tests := []struct {
		name, file string
		edits      []string
		keyword    string
		pointer    string
	}{
		{"unknown partner", "bb.json", []string{partners, `"partners": ["bb", "zz"]`}, "partnerRef", "/activities/1/partners/1"},
		{"partners out of signing order", "aa.json", []string{`"partners": ["aa"]`, `"partners": ["aa", "bb"]`}, "partnerOrder", "/activities/0/partners/1"},
		{"not stored with the first partner", "bb.json", []string{partners, `"partners": ["aa", "bb"]`, "bb-2013-seminar", "aa-2013-seminar"}, "firstPartner", "/activities/1/partners/0"},
		{"id not prefixed by the first partner", "bb.json", []string{partners, `"partners": ["aa", "bb"]`}, "idPrefix", "/activities/1/id"},
		{"listed by a non-partner", "aa.json", []string{`"partners": ["aa"]`, `"partners": ["bb"]`}, "partnerOf", "/activities/0/partners"},
		{"duplicate partner", "bb.json", []string{partners, `"partners": ["bb", "bb"]`}, "uniqueItems", "/activities/1/partners/1"},
		{"no partners", "bb.json", []string{partners, `"partners": []`}, "minItems", "/activities/1/partners"},
		{"mirror without original", "bb.json", []string{", " + mirror, ""}, "required", "/activities/1/sources/1/original"},
		{"original on a primary source", "bb.json", []string{`"kind": "mirror"`, `"kind": "other"`}, "not", "/activities/1/sources/1"},
		{"accessed not a month", "bb.json", []string{`"published": "2013-02", "accessed": "2026-11"`, `"published": "2013-02", "accessed": "2026"`}, "pattern", "/activities/1/sources/0/accessed"},
		{"unknown source kind", "bb.json", []string{`"kind": "programme"`, `"kind": "blog"`}, "enum", "/activities/1/sources/0/kind"},
		{"unknown region", "bb.json", []string{`"region": "eastern-asia"`, `"region": "asia"`}, "enum", "/partner/region"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateDataset(editedFS(t, "../testdata/shared", tt.file, tt.edits...))
			if err == nil {
				t.Fatal("ValidateDataset accepted it")
			}
			found := false
			for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
				var se *Error
				if !errors.As(e, &se) || se.File != tt.file {
					continue
				}
				for _, v := range se.Violations {
					if v.Pointer == tt.pointer && v.Keyword == tt.keyword {
						found = true
					}
				}
			}
			if !found {
				t.Errorf("want %s at %s %s; got:\n%v", tt.keyword, tt.file, tt.pointer, err)
			}
		})
	}
}

// editedFS returns the dataset in dir (aa.json and bb.json) with file's text edited: each
// old string in edits (old, new, old, new ...) replaced once by the new one after it.
func editedFS(t *testing.T, dir, file string, edits ...string) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, name := range []string{"aa.json", "bb.json"} {
		data, err := os.ReadFile(dir + "/" + name)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; name == file && i+1 < len(edits); i += 2 {
			if !strings.Contains(string(data), edits[i]) {
				t.Fatalf("%s does not contain %q", name, edits[i])
			}
			data = []byte(strings.Replace(string(data), edits[i], edits[i+1], 1))
		}
		fsys[name] = &fstest.MapFile{Data: data}
	}
	return fsys
}

func TestSharedDatasetValid(t *testing.T) {
	if err := ValidateDataset(os.DirFS("../testdata/shared")); err != nil {
		t.Fatal(err)
	}
}
