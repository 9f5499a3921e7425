package regiodialogue

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestCmpWithoutOptions checks that go-cmp compares every exported type of the package with
// no options (Agreement, Activity, Instrument, Party, Signatory, Place, Document, Source,
// Original, Note, Partner, Text, Date, Precision): cmp.Diff would panic on a type with unexported fields and no Equal method.
func TestCmpWithoutOptions(t *testing.T) {
	ds := Default()
	pe, ok := ds.Agreement("pe")
	require.True(t, ok)
	require.NotEmpty(t, pe.Activities)
	require.NotEmpty(t, pe.Notes)
	in := pe.Instruments[0]
	require.NotEmpty(t, in.Parties)
	party := in.Parties[0]
	require.NotNil(t, party.Signatory)
	place := Place{Name: Text{language.English: "Lima"}, Country: "PE"}
	doc := Document{Title: Text{language.English: "A study"}, Languages: []string{"en"}, Published: MustParseDate("2014-03")}

	changed := func(x Text) Text { c := x.Clone(); c[language.English] += " (changed)"; return c }
	pairs := []struct {
		name string
		a, b any
	}{
		{"Agreement", pe, func() Agreement { c := pe.Clone(); c.Activities[0].Start = MustParseDate("1999"); return c }()},
		{"Activity", pe.Activities[0], func() Activity { c := pe.Activities[0].Clone(); c.End = Date{}; return c }()},
		{"Instrument", in, func() Instrument { c := in.Clone(); c.Signed = MustParseDate("2013-05?"); return c }()},
		{"Party", party, func() Party { c := party.Clone(); c.Institution = changed(c.Institution); return c }()},
		{"Signatory", *party.Signatory, Signatory{Name: party.Signatory.Name + " (changed)"}},
		{"Place", place, Place{Name: changed(place.Name), Country: "PE"}},
		{"Document", doc, func() Document { c := doc.Clone(); c.Published = MustParseDate("2014"); return c }()},
		{"Source", pe.Sources[0], Source{URL: pe.Sources[0].URL + "x"}},
		{"Source with an original", Source{URL: "https://example.org/m", Kind: SourceMirror, Accessed: MustParseDate("2026-11"), Original: &Original{Title: "T", Publisher: "P", Published: MustParseDate("2013")}},
			Source{URL: "https://example.org/m", Kind: SourceMirror, Accessed: MustParseDate("2026-11"), Original: &Original{Title: "T", Publisher: "P", Published: MustParseDate("2013-01")}}},
		{"Original", Original{Title: "T", Publisher: "P", Published: MustParseDate("2013")}, Original{Title: "T", Publisher: "P"}},
		{"Note", pe.Notes[0], func() Note { c := pe.Notes[0].Clone(); c.Text = changed(c.Text); return c }()},
		{"Partner", pe.Partner, func() Partner { c := pe.Clone().Partner; c.Name[language.Spanish] = "Peru"; return c }()},
		{"Partner's languages", pe.Partner, func() Partner { c := pe.Partner.Clone(); c.Languages[0] = language.English; return c }()},
		{"Text", pe.Summary, changed(pe.Summary)},
		{"Text with a translation tag", Text{Translation(language.Spanish, language.English): "a"}, Text{Translation(language.Spanish, language.French): "a"}},
		{"Date", MustParseDate("2013"), MustParseDate("2013-01")},
		{"Date and zero Date", MustParseDate("2013"), Date{}},
		{"Precision", Year, Month},
	}
	for _, p := range pairs {
		t.Run(p.name, func(t *testing.T) {
			require.NotPanics(t, func() {
				assert.Empty(t, cmp.Diff(p.a, p.a), "a value differs from itself")
				assert.NotEmpty(t, cmp.Diff(p.a, p.b), "a change went unseen")
			})
		})
	}
	// A real agreement equals its clone, for every agreement in the dataset.
	for a := range ds.Agreements() {
		require.NotPanics(t, func() {
			assert.Empty(t, cmp.Diff(a, a.Clone()), "%s differs from its clone", a.ID)
		})
	}
}
