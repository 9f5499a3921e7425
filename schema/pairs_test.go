package schema

import (
	"errors"
	"os"
	"testing"

	"github.com/regiodialogue/regiodialogue"
)

// TestPairRules checks that ValidateDataset finds the faults of pairs and partOf that Load
// finds (the root package's pairs_test.go), at the same pointers, with these keywords.
func TestPairRules(t *testing.T) {
	partner := "\"partner\": [\n          {\n            \"name\": {\n              \"en\": \"Alpha City\"\n            },\n            \"country\": \"AA\"\n          }\n        ]"
	const partOf = `"partOf": "aa-2014-pair-gamma-alpha"`
	tests := []struct {
		name, file string
		edits      []string
		keyword    string
		pointer    string
	}{
		{"pair on another kind", "aa.json", []string{`"kind": "pairing"`, `"kind": "workshop"`}, KeywordNot, "/activities/3"},
		{"unknown level", "aa.json", []string{`"level": "city"`, `"level": "town"`}, KeywordEnum, "/activities/3/pair/level"},
		{"no level", "aa.json", []string{",\n        \"level\": \"city\"", ""}, KeywordRequired, "/activities/3/pair/level"},
		{"empty side", "aa.json", []string{partner, `"partner": []`}, KeywordMinItems, "/activities/3/pair/partner"},
		{"unknown field in pair", "aa.json", []string{`"level": "city"`, `"level": "city", "date": "2014"`}, KeywordAdditionalProperties, "/activities/3/pair/date"},
		{"partOf nothing", "bb.json", []string{partOf, `"partOf": "aa-2014-pair-gamma-omega"`}, KeywordPartOfRef, "/activities/2/partOf"},
		{"partOf itself", "aa.json", []string{partOf, `"partOf": "aa-2015-03-visit-gamma"`}, KeywordPartOfCycle, "/activities/4/partOf"},
		{"partOf malformed", "bb.json", []string{partOf, `"partOf": "Gamma pair"`}, KeywordPattern, "/activities/2/partOf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateDataset(editedFS(t, "../testdata/pairs", tt.file, tt.edits...))
			if err == nil {
				t.Fatal("ValidateDataset accepted it")
			}
			var found bool
			for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
				var se *Error
				if !errors.As(e, &se) || se.File != tt.file {
					continue
				}
				for _, v := range se.Violations {
					if v.Pointer == tt.pointer && v.Keyword == tt.keyword {
						found = true
						if !errors.Is(v.Err(), Sentinel(tt.keyword)) {
							t.Errorf("%s: Err() = %v, want %v", tt.keyword, v.Err(), Sentinel(tt.keyword))
						}
					}
				}
			}
			if !found {
				t.Errorf("want %s at %s %s; got:\n%v", tt.keyword, tt.file, tt.pointer, err)
			}
		})
	}
	if err := ValidateDataset(os.DirFS("../testdata/pairs")); err != nil {
		t.Errorf("testdata/pairs: %v", err)
	}
	if !errors.Is(Sentinel(KeywordPartOfRef), regiodialogue.ErrReference) || !errors.Is(Sentinel(KeywordPartOfCycle), regiodialogue.ErrReference) {
		t.Error("partOf rules do not map to ErrReference")
	}
}
