package regiodialogue

import (
	"errors"
	"os"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// testdata/pairs is testdata/shared with a pairing (aa-2014-pair-gamma-alpha: Gamma and
// Delta, a cluster, with Alpha City) and two activities within it, one in each file.

func TestPairing(t *testing.T) {
	ds, err := Load(os.DirFS("testdata/pairs"))
	require.NoError(t, err)
	p, ok := ds.Activity("AA-2014-PAIR-GAMMA-ALPHA")
	require.True(t, ok)
	require.NotNil(t, p.Pair)
	assert.Equal(t, Pairing, p.Kind)
	assert.Equal(t, PairCities, p.Pair.Level)
	var eu, partner []string
	for _, pl := range p.Pair.EU {
		eu = append(eu, pl.Name.In()+" "+pl.Country)
	}
	for _, pl := range p.Pair.Partner {
		partner = append(partner, pl.Name.In()+" "+pl.Country)
	}
	assert.Equal(t, []string{"Gamma DE", "Delta AT"}, eu)
	assert.Equal(t, []string{"Alpha City AA"}, partner)
	assert.Empty(t, p.PartOf)

	var parts []string
	for a := range ds.Parts("aa-2014-pair-gamma-alpha") {
		assert.Equal(t, "aa-2014-pair-gamma-alpha", a.PartOf)
		parts = append(parts, a.ID)
	}
	assert.Equal(t, []string{"aa-2015-03-visit-gamma", "bb-2015-04-workshop-gamma"}, parts, "the parts in date order, from both files")
	assert.Empty(t, slices.Collect(ds.Parts("aa-2015-03-visit-gamma")), "an activity without parts")
	assert.Empty(t, slices.Collect(ds.Parts("zz-nothing")), "an unknown id")
	for a := range ds.Parts("aa-2014-pair-gamma-alpha") {
		_ = a
		break // stopping early is allowed
	}
}

func TestPairCopiesAreIndependent(t *testing.T) {
	ds, err := Load(os.DirFS("testdata/pairs"))
	require.NoError(t, err)
	a, _ := ds.Activity("aa-2014-pair-gamma-alpha")
	want := a.Clone()
	a.Pair.EU[0].Name[language.English] = "changed"
	a.Pair.Partner = nil
	a.Pair.Level = PairRegions
	b, _ := ds.Activity("aa-2014-pair-gamma-alpha")
	if diff := cmp.Diff(want, b); diff != "" {
		t.Errorf("a change to a copy reached the dataset (-want +got):\n%s", diff)
	}
	agr, _ := ds.Agreement("aa")
	for _, act := range agr.Activities {
		if act.Pair != nil {
			act.Pair.EU[0].Country = "FR"
		}
	}
	b, _ = ds.Activity("aa-2014-pair-gamma-alpha")
	assert.Equal(t, "DE", b.Pair.EU[0].Country)
}

// pairsFS returns testdata/pairs with file's text edited (see editedFS).
func pairsFS(t *testing.T, file string, edits ...string) fstest.MapFS {
	t.Helper()
	return editedFS(t, "testdata/pairs", file, edits...)
}

// pairFaults are the faults of pairs and partOf, for Load here and ValidateDataset in
// package schema (schema/pairs_test.go holds the same cases with their keywords).
var pairFaults = []struct {
	name, file string
	edits      []string
	sentinel   error
	pointer    string
}{
	{"pair on another kind", "aa.json", []string{`"kind": "pairing"`, `"kind": "workshop"`}, ErrInvalidValue, "/activities/3"},
	{"unknown level", "aa.json", []string{`"level": "city"`, `"level": "town"`}, ErrInvalidValue, "/activities/3/pair/level"},
	{"no level", "aa.json", []string{",\n        \"level\": \"city\"", ""}, ErrMissingField, "/activities/3/pair/level"},
	{"empty side", "aa.json", []string{"\"partner\": [\n          {\n            \"name\": {\n              \"en\": \"Alpha City\"\n            },\n            \"country\": \"AA\"\n          }\n        ]", `"partner": []`}, ErrInvalidValue, "/activities/3/pair/partner"},
	{"unknown field in pair", "aa.json", []string{`"level": "city"`, `"level": "city", "date": "2014"`}, ErrUnknownField, "/activities/3/pair/date"},
	{"place without name", "aa.json", []string{"\"name\": {\n              \"en\": \"Delta\"\n            },\n", ""}, ErrMissingField, "/activities/3/pair/eu/1/name"},
	{"partOf nothing", "bb.json", []string{`"partOf": "aa-2014-pair-gamma-alpha"`, `"partOf": "aa-2014-pair-gamma-omega"`}, ErrReference, "/activities/2/partOf"},
	{"partOf itself", "aa.json", []string{`"partOf": "aa-2014-pair-gamma-alpha"`, `"partOf": "aa-2015-03-visit-gamma"`}, ErrReference, "/activities/4/partOf"},
	{"partOf malformed", "bb.json", []string{`"partOf": "aa-2014-pair-gamma-alpha"`, `"partOf": "Gamma pair"`}, ErrInvalidValue, "/activities/2/partOf"},
}

func TestPairFaults(t *testing.T) {
	for _, tt := range pairFaults {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(pairsFS(t, tt.file, tt.edits...))
			require.Error(t, err)
			var found bool
			for _, e := range flatten(err) {
				var le *Error
				if errors.As(e, &le) && le.File == tt.file && le.Pointer == tt.pointer && errors.Is(le, tt.sentinel) {
					found = true
				}
			}
			assert.True(t, found, "want %v at %s %s; got:\n%v", tt.sentinel, tt.file, tt.pointer, err)
		})
	}
}

// TestPartOfCycle checks a loop of two activities in two files: each is reported.
func TestPartOfCycle(t *testing.T) {
	fsys := pairsFS(t, "aa.json", "\"framework\": \"iuc\",\n      \"partners\": [\n        \"aa\"\n      ],\n      \"sources\"",
		"\"framework\": \"iuc\",\n      \"partners\": [\n        \"aa\"\n      ],\n      \"partOf\": \"bb-2015-04-workshop-gamma\",\n      \"sources\"")
	_, err := Load(fsys)
	require.Error(t, err)
	var got []string
	for _, e := range flatten(err) {
		var le *Error
		require.ErrorAs(t, e, &le)
		assert.ErrorIs(t, le, ErrReference)
		got = append(got, le.File+" "+le.Pointer)
	}
	// The pairing is part of the workshop, which is part of the pairing; the visit only
	// leads into the loop and is not on it. Files come in signing order (bb signed first).
	assert.Equal(t, []string{"bb.json /activities/2/partOf", "aa.json /activities/3/partOf"}, got)
}

func TestDecodeActivityPartOfItself(t *testing.T) {
	_, err := DecodeActivity([]byte(`{"id": "aa-1", "kind": "workshop", "title": {"en": "W"}, "start": "2015",
		"framework": "dialogue", "partners": ["aa"], "partOf": "aa-1",
		"sources": [{"url": "https://example.org/", "kind": "other", "publisher": "P", "accessed": "2026-12", "language": "en"}]}`))
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "/partOf", e.Pointer)
	assert.ErrorIs(t, err, ErrReference)
}
