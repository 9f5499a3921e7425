package regiodialogue

// Data tests: the real dataset's invariants, and the generated files that describe it
// (dataset/COVERAGE.md, dataset/datapackage.json, the table in README.md). Logic tests use
// the synthetic data in testdata/ instead, so a data correction never breaks them.
// Run "go test -run Dataset -update" to regenerate the generated files after a change.

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite generated files (COVERAGE.md, datapackage.json, the README table, golden files)")

var wantIDs = []string{"ar", "br", "cl", "cn", "co", "ge", "in", "jp", "md", "mx", "pe", "ru", "sica", "ua"}

func TestDatasetIDs(t *testing.T) {
	ds := Default()
	var ids []string
	for a := range ds.Agreements() {
		ids = append(ids, a.ID)
	}
	slices.Sort(ids)
	if !slices.Equal(ids, wantIDs) {
		t.Errorf("agreement ids = %v, want %v", ids, wantIDs)
	}
}

func TestDatasetInvariants(t *testing.T) {
	ds := Default()
	checkDate := func(where string, d Date) {
		t.Helper()
		if d.IsZero() {
			return
		}
		if d.Year() < 2000 || d.Start().After(time.Now()) {
			t.Errorf("%s: date %s outside 2000..today", where, d)
		}
	}
	checkText := func(where string, tx Text) {
		t.Helper()
		if tx != nil && tx[language.English] == "" {
			t.Errorf("%s: text has no English", where)
		}
	}
	acts := map[string]bool{}
	for a := range ds.Agreements() {
		if len(a.Sources) == 0 {
			t.Errorf("%s: no source", a.ID)
		}
		checkText(a.ID+" summary", a.Summary)
		checkText(a.ID+" dialogue", a.Dialogue)
		// The summary is given in the partner's main language too.
		main := language.MustParse(a.Partner.Languages[0])
		if _, tag := a.Summary.Match(main); tag == language.English && main != language.English {
			t.Errorf("%s: summary has no %s version", a.ID, main)
		}
		for i, in := range a.Instruments {
			where := fmt.Sprintf("%s instrument %d", a.ID, i)
			if len(in.Sources) == 0 {
				t.Errorf("%s: no source", where)
			}
			checkDate(where, in.Signed)
			checkText(where+" title", in.Title)
		}
		for _, act := range a.Activities {
			if len(act.Sources) == 0 {
				t.Errorf("%s: no source", act.ID)
			}
			if acts[act.ID] {
				t.Errorf("%s: duplicate activity id", act.ID)
			}
			acts[act.ID] = true
			checkDate(act.ID+" start", act.Start)
			checkDate(act.ID+" end", act.End)
			checkText(act.ID+" title", act.Title)
			for _, o := range act.Outputs {
				checkDate(act.ID+" output", o.Published)
			}
		}
	}
	if n := len(acts); n < 100 {
		t.Errorf("only %d activities", n)
	}
}

// TestDatasetIndexes checks the lookups and iterators against a plain scan of the files.
func TestDatasetIndexes(t *testing.T) {
	ds := Default()
	names, _ := fs.Glob(embedded, "dataset/*.json")
	n, nActs := 0, 0
	for _, name := range names {
		if strings.HasSuffix(name, PackageDescriptor) {
			continue
		}
		data, _ := fs.ReadFile(embedded, name)
		a, err := DecodeAgreement(data)
		if err != nil {
			t.Fatal(err)
		}
		n++
		nActs += len(a.Activities)
		got, ok := ds.Agreement(a.ID)
		if !ok {
			t.Errorf("Agreement(%q) not found", a.ID)
			continue
		}
		ga, _ := json.Marshal(got)
		wa, _ := json.Marshal(a)
		if !bytes.Equal(ga, wa) {
			t.Errorf("Agreement(%q) differs from its file", a.ID)
		}
	}
	if ds.Len() != n {
		t.Errorf("Len() = %d, files = %d", ds.Len(), n)
	}
	var prev Activity
	count := 0
	for act := range ds.Activities() {
		if count > 0 && act.Start.Compare(prev.Start) < 0 {
			t.Errorf("Activities() out of order: %s (%s) after %s (%s)", act.ID, act.Start, prev.ID, prev.Start)
		}
		prev = act
		count++
	}
	if count != nActs {
		t.Errorf("Activities() yields %d, files hold %d", count, nActs)
	}
	var prevSigned Date
	for a := range ds.Agreements() {
		if a.Signed().Compare(prevSigned) < 0 {
			t.Errorf("Agreements() out of signing order at %s", a.ID)
		}
		prevSigned = a.Signed()
	}
}

// checkGenerated compares a generated file with its checked-in copy, or rewrites it.
func checkGenerated(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run Dataset -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is out of date with the dataset; run go test -run Dataset -update and review the diff", path)
	}
}

func TestDatasetPackageDescriptor(t *testing.T) {
	ds := Default()
	type resource struct {
		Name      string `json:"name"`
		Path      string `json:"path"`
		Title     string `json:"title"`
		Format    string `json:"format"`
		Mediatype string `json:"mediatype"`
		Encoding  string `json:"encoding"`
		Bytes     int    `json:"bytes"`
		Hash      string `json:"hash"`
	}
	type named struct {
		Name  string `json:"name,omitempty"`
		Title string `json:"title"`
		Path  string `json:"path"`
	}
	desc := struct {
		Schema      string     `json:"$schema"`
		Name        string     `json:"name"`
		Title       string     `json:"title"`
		Description string     `json:"description"`
		Version     string     `json:"version"`
		Homepage    string     `json:"homepage"`
		Licenses    []named    `json:"licenses"`
		Sources     []named    `json:"sources"`
		Resources   []resource `json:"resources"`
	}{
		Schema:      "https://datapackage.org/profiles/2.0/datapackage.json",
		Name:        "regiodialogue",
		Title:       "EU regional policy dialogues: DG REGIO's cooperation agreements with 14 partners",
		Description: "One JSON record per agreement: the partner, the signed instruments, the dialogue's activities, notes on conflicting sources, and the sources of every fact. Format: see README.md and the JSON Schemas in ../schema.",
		Version:     strings.Fields(DataVersion)[0],
		Homepage:    "https://github.com/regiodialogue/regiodialogue",
		Licenses:    []named{{Name: "CC-BY-4.0", Title: "Creative Commons Attribution 4.0", Path: "https://creativecommons.org/licenses/by/4.0/"}},
		Sources:     []named{{Title: "European Commission, Directorate-General for Regional and Urban Policy: international cooperation", Path: "https://ec.europa.eu/regional_policy/policy/cooperation/international_en"}},
	}
	for _, id := range wantIDs {
		a, ok := ds.Agreement(id)
		if !ok {
			t.Fatalf("no agreement %s", id)
		}
		data, err := fs.ReadFile(embedded, "dataset/"+id+".json")
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(data)
		desc.Resources = append(desc.Resources, resource{
			Name: id, Path: id + ".json", Title: a.Partner.Name.In(),
			Format: "json", Mediatype: "application/json", Encoding: "utf-8",
			Bytes: len(data), Hash: "sha256:" + hex.EncodeToString(sum[:]),
		})
	}
	got, err := json.MarshalIndent(desc, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	checkGenerated(t, "dataset/"+PackageDescriptor, append(got, '\n'))
}

func TestDatasetCoverage(t *testing.T) {
	ds := Default()
	var b bytes.Buffer
	b.WriteString("# Coverage\n\n")
	b.WriteString("Generated from the dataset by `go test -run Dataset -update`; do not edit. It shows which\n")
	b.WriteString("facts are known for each agreement, so the gaps are visible at a glance.\n")
	b.WriteString("✓ known, ? known but inferred (uncertain), · not known.\n\n")
	b.WriteString("## Instruments\n\n")
	b.WriteString("| id | partner | instrument | signed | precision | place | parties | signatories | title | framework | binding | document languages |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|---|---|---|---|\n")
	mark := func(known, uncertain bool) string {
		switch {
		case known && uncertain:
			return "?"
		case known:
			return "✓"
		}
		return "·"
	}
	for a := range ds.Agreements() {
		for _, in := range a.Instruments {
			sigs, sigUncertain, partiesUncertain := 0, false, false
			for _, p := range in.Parties {
				partiesUncertain = partiesUncertain || p.Uncertain
				if p.Signatory != nil {
					sigs++
					sigUncertain = sigUncertain || p.Signatory.Uncertain
				}
			}
			var langs []string
			for _, d := range in.Documents {
				langs = append(langs, d.Languages...)
			}
			place := mark(in.Place != nil, in.Place != nil && in.Place.Uncertain)
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n",
				a.ID, a.Partner.Name.In(), in.Kind.Label(), in.Signed, in.Signed.Precision(), place,
				mark(len(in.Parties) > 0, partiesUncertain), mark(sigs > 0, sigUncertain),
				mark(in.Title != nil, false), mark(in.Framework != nil, false), mark(in.Binding != nil, false),
				orDot(strings.Join(langs, ", ")))
		}
	}
	b.WriteString("\n## Activities, notes and sources per agreement\n\n")
	b.WriteString("| id | activities | under the dialogue | other frameworks | uncertain dates | with outputs | conflicts | inferences | gaps | sources cited |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|---|---|\n")
	total := 0
	for a := range ds.Agreements() {
		under, uncertain, outputs := 0, 0, 0
		others := map[Framework]int{}
		for _, act := range a.Activities {
			if act.Framework == UnderDialogue {
				under++
			} else {
				others[act.Framework]++
			}
			if act.Start.Uncertain() || act.End.Uncertain() {
				uncertain++
			}
			if len(act.Outputs) > 0 {
				outputs++
			}
		}
		var other []string
		for _, f := range Frameworks() {
			if others[f] > 0 {
				other = append(other, fmt.Sprintf("%s %d", f, others[f]))
			}
		}
		notes := map[NoteKind]int{}
		for _, n := range a.Notes {
			notes[n.Kind]++
		}
		total += len(a.Activities)
		fmt.Fprintf(&b, "| %s | %d | %d | %s | %d | %d | %d | %d | %d | %d |\n", a.ID, len(a.Activities), under,
			orDot(strings.Join(other, ", ")), uncertain, outputs, notes[NoteConflict], notes[NoteInference], notes[NoteGap], countSources(a))
	}
	fmt.Fprintf(&b, "\n%d agreements, %d activities.\n", ds.Len(), total)
	b.WriteString("\n## Activities by kind\n\n| kind | count |\n|---|---|\n")
	kinds := map[ActivityKind]int{}
	for act := range ds.Activities() {
		kinds[act.Kind]++
	}
	for _, k := range ActivityKinds() {
		fmt.Fprintf(&b, "| %s | %d |\n", k.Label(), kinds[k])
	}
	checkGenerated(t, "dataset/COVERAGE.md", b.Bytes())
}

func orDot(s string) string {
	if s == "" {
		return "·"
	}
	return s
}

func countSources(a Agreement) int {
	urls := map[string]bool{}
	add := func(ss []Source) {
		for _, s := range ss {
			urls[s.URL] = true
		}
	}
	add(a.Sources)
	for _, in := range a.Instruments {
		add(in.Sources)
	}
	for _, act := range a.Activities {
		add(act.Sources)
	}
	for _, n := range a.Notes {
		add(n.Sources)
	}
	return len(urls)
}

const (
	tableStart = "<!-- agreements table: generated by go test -run Dataset -update -->\n"
	tableEnd   = "<!-- end of agreements table -->\n"
)

func TestDatasetReadmeTable(t *testing.T) {
	ds := Default()
	var b strings.Builder
	b.WriteString(tableStart)
	b.WriteString("| partner | group | instrument | signed | document languages | activities |\n")
	b.WriteString("|---|---|---|---|---|---|\n")
	for a := range ds.Agreements() {
		var kinds, dates, langs []string
		for _, in := range a.Instruments {
			kinds = append(kinds, in.Kind.Label())
			dates = append(dates, in.Signed.String())
			var l []string
			for _, d := range in.Documents {
				l = append(l, d.Languages...)
			}
			if len(l) > 0 {
				langs = append(langs, strings.Join(l, ", "))
			}
		}
		fmt.Fprintf(&b, "| %s (`%s`) | %s | %s | %s | %s | %d |\n", a.Partner.Name.In(), a.ID, a.Group.Label(),
			strings.Join(kinds, "; "), strings.Join(dates, "; "), orDot(strings.Join(langs, "; ")), len(a.Activities))
	}
	b.WriteString(tableEnd)
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(readme)
	i, j := strings.Index(s, tableStart), strings.Index(s, tableEnd)
	if i < 0 || j < i {
		t.Fatal("README.md has no agreements table markers")
	}
	got := s[:i] + b.String() + s[j+len(tableEnd):]
	checkGenerated(t, "README.md", []byte(got))
}
