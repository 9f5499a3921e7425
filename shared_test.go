package regiodialogue

import (
	"errors"
	"os"
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// testdata/shared is testdata/mini with one activity shared by both agreements: the seminar
// stored in bb.json (bb signed first) lists ["bb", "aa"], and cites a typed source and a
// mirror naming its original.

func loadShared(t testing.TB) *Dataset {
	t.Helper()
	ds, err := Load(os.DirFS("testdata/shared"))
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func TestSharedActivityListedByEachPartner(t *testing.T) {
	ds := loadShared(t)
	ids := func(acts []Activity) []string {
		var out []string
		for _, a := range acts {
			out = append(out, a.ID)
		}
		return out
	}
	aa, ok := ds.Agreement("aa")
	if !ok {
		t.Fatal(`Agreement("aa") not found`)
	}
	want := []string{"aa-2012-11-workshop", "bb-2013-seminar", "aa-2013-study", "aa-2013-12-event"}
	if diff := cmp.Diff(want, ids(aa.Activities)); diff != "" {
		t.Errorf("aa's activities (-want +got):\n%s", diff)
	}
	bb, _ := ds.Agreement("BB")
	if diff := cmp.Diff([]string{"bb-2007-signing", "bb-2013-seminar"}, ids(bb.Activities)); diff != "" {
		t.Errorf("bb's activities (-want +got):\n%s", diff)
	}
	var all []string
	for a := range ds.Activities() {
		all = append(all, a.ID)
	}
	if diff := cmp.Diff([]string{"bb-2007-signing", "aa-2012-11-workshop", "bb-2013-seminar", "aa-2013-study", "aa-2013-12-event"}, all); diff != "" {
		t.Errorf("Activities() yields each record once, in date order (-want +got):\n%s", diff)
	}
	act, ok := ds.Activity("BB-2013-Seminar")
	if !ok {
		t.Fatal("Activity with an upper-case id not found")
	}
	if diff := cmp.Diff([]string{"bb", "aa"}, act.Partners); diff != "" {
		t.Errorf("Partners (-want +got):\n%s", diff)
	}
	for _, p := range act.Partners {
		if _, ok := ds.Partner(p); !ok {
			t.Errorf("Partner(%q) not found", p)
		}
	}
	p, ok := ds.Partner("Bb")
	if !ok || p.Name.In() != "Borealis Union" || p.Region != RegionEasternAsia {
		t.Errorf("Partner(\"Bb\") = %+v, %v", p, ok)
	}
}

func TestSharedActivityCopiesAreIndependent(t *testing.T) {
	ds := loadShared(t)
	a, _ := ds.Activity("bb-2013-seminar")
	a.Partners[0] = "zz"
	a.Sources[1].Original.Title = "changed"
	aa, _ := ds.Agreement("aa")
	i := slices.IndexFunc(aa.Activities, func(x Activity) bool { return x.ID == "bb-2013-seminar" })
	aa.Activities[i].Title[language.English] = "changed"
	b, _ := ds.Activity("bb-2013-seminar")
	if b.Partners[0] != "bb" || b.Sources[1].Original.Title != "Relatório do seminário" || b.Title[language.English] != "Seminar" {
		t.Errorf("a caller's change reached the dataset: %+v", b)
	}
	p, _ := ds.Partner("aa")
	p.Name[language.English] = "changed"
	p.Languages[0] = language.Japanese
	if q, _ := ds.Partner("aa"); q.Name[language.English] != "Avalonia" || q.Languages[0] != language.Spanish {
		t.Errorf("a caller's change to a Partner reached the dataset: %+v", q)
	}
}

func TestSourceCitation(t *testing.T) {
	ds := loadShared(t)
	a, _ := ds.Activity("bb-2013-seminar")
	want := []Source{
		{URL: "https://example.org/bb/seminar", Title: "Seminar programme", Kind: SourceProgramme, Publisher: "IUC",
			Published: MustParseDate("2013-02"), Accessed: MustParseDate("2026-11"), Language: "en"},
		{URL: "https://mirror.example.net/doc/123", Kind: SourceMirror, Publisher: "mirror.example.net (document mirror)",
			Accessed: MustParseDate("2026-11"), Language: "pt", Supports: "the seminar's year",
			Original: &Original{Title: "Relatório do seminário", Publisher: "União Boreal", Published: MustParseDate("2013"), Reference: "RB-2013/7"}},
	}
	if diff := cmp.Diff(want, a.Sources, cmp.Comparer(func(x, y Date) bool { return x == y })); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
}

// sharedFS returns testdata/shared with file's text edited (see editedFS).
func sharedFS(t *testing.T, file string, edits ...string) fstest.MapFS {
	t.Helper()
	return editedFS(t, "testdata/shared", file, edits...)
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

func TestSharedActivityFaults(t *testing.T) {
	const partners = `"partners": ["bb", "aa"]`
	const mirror = `"original": {"title": "Relatório do seminário", "publisher": "União Boreal", "published": "2013", "reference": "RB-2013/7"}`
	tests := []struct {
		name, file string
		edits      []string
		sentinel   error
		pointer    string
	}{
		{"unknown partner", "bb.json", []string{partners, `"partners": ["bb", "zz"]`}, ErrReference, "/activities/1/partners/1"},
		{"partners out of signing order", "aa.json", []string{`"partners": ["aa"]`, `"partners": ["aa", "bb"]`}, ErrInvalidValue, "/activities/0/partners/1"},
		{"not stored with the first partner", "bb.json", []string{partners, `"partners": ["aa", "bb"]`, "bb-2013-seminar", "aa-2013-seminar"}, ErrInvalidValue, "/activities/1/partners/0"},
		{"id not prefixed by the first partner", "bb.json", []string{partners, `"partners": ["aa", "bb"]`}, ErrInvalidValue, "/activities/1/id"},
		{"listed by a non-partner", "aa.json", []string{`"partners": ["aa"]`, `"partners": ["bb"]`}, ErrInvalidValue, "/activities/0/partners"},
		{"duplicate partner", "bb.json", []string{partners, `"partners": ["bb", "bb"]`}, ErrInvalidValue, "/activities/1/partners/1"},
		{"no partners", "bb.json", []string{partners, `"partners": []`}, ErrInvalidValue, "/activities/1/partners"},
		{"mirror without original", "bb.json", []string{", " + mirror, ""}, ErrMissingField, "/activities/1/sources/1/original"},
		{"original on a primary source", "bb.json", []string{`"kind": "mirror"`, `"kind": "other"`}, ErrInvalidValue, "/activities/1/sources/1"},
		{"accessed not a month", "bb.json", []string{`"published": "2013-02", "accessed": "2026-11"`, `"published": "2013-02", "accessed": "2026"`}, ErrInvalidValue, "/activities/1/sources/0/accessed"},
		{"unknown source kind", "bb.json", []string{`"kind": "programme"`, `"kind": "blog"`}, ErrInvalidValue, "/activities/1/sources/0/kind"},
		{"unknown region", "bb.json", []string{`"region": "eastern-asia"`, `"region": "asia"`}, ErrInvalidValue, "/partner/region"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(sharedFS(t, tt.file, tt.edits...))
			if err == nil {
				t.Fatal("Load accepted it")
			}
			var found bool
			for _, e := range flatten(err) {
				var le *Error
				if errors.As(e, &le) && le.File == tt.file && le.Pointer == tt.pointer && errors.Is(le, tt.sentinel) {
					found = true
				}
			}
			if !found {
				t.Errorf("want %v at %s %s; got:\n%v", tt.sentinel, tt.file, tt.pointer, err)
			}
		})
	}
}

// flatten returns the errors joined in err.
func flatten(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, flatten(e)...)
		}
		return out
	}
	return []error{err}
}

// TestJoinAllocatesLittle holds the join of every activity to its partners' names through
// Activity.Partners and Dataset.Partner to at most 3 KiB of allocation per activity over
// the whole embedded dataset (BenchmarkJoinPartnerNames reports it beside the old way).
func TestJoinAllocatesLittle(t *testing.T) {
	ds := Default()
	joinAfter(ds) // warm the matcher caches
	var ms0, ms1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms0)
	joinAfter(ds)
	runtime.ReadMemStats(&ms1)
	// Each activity handed out is the caller's own copy, so the cost grows with the data:
	// the budget is 3 KiB per activity (its Texts are maps of a few hundred bytes each).
	acts := 0
	for range ds.activities {
		acts++
	}
	budget := uint64(3 << 10 * acts)
	if n := ms1.TotalAlloc - ms0.TotalAlloc; n > budget {
		t.Errorf("the join of %d activities allocated %d bytes (%d per activity); the budget is %d", acts, n, n/uint64(acts), budget)
	} else {
		t.Logf("the join of %d activities allocated %d bytes (%d per activity)", acts, n, n/uint64(acts))
	}
}
