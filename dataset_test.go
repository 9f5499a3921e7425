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
	"path/filepath"
	"slices"
	"strconv"
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
		if d.Year() < 2000 || d.First().After(time.Now()) {
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
		main := a.Partner.Languages[0]
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
			if acts[act.ID] {
				continue // a shared activity, listed by each of its partners
			}
			if len(act.Sources) == 0 {
				t.Errorf("%s: no source", act.ID)
			}
			if !slices.Contains(act.Partners, a.ID) {
				t.Errorf("%s: listed by %s, which is not among its partners %v", act.ID, a.ID, act.Partners)
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

// repoFS is the repository; internal/embedded's test checks that the agreement files of
// its dataset/ are what the package embeds.
var repoFS = os.DirFS(".")

// storedActivities returns every activity record as stored in the dataset files, each once,
// and the agreements as their files hold them, by a plain scan of the files of dataset/.
func storedActivities(t *testing.T) (map[string]Agreement, []Activity) {
	t.Helper()
	names, err := fs.Glob(repoFS, "dataset/*.json")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]Agreement{}
	var acts []Activity
	for _, name := range names {
		if strings.HasSuffix(name, PackageDescriptor) {
			continue
		}
		data, err := fs.ReadFile(repoFS, name)
		if err != nil {
			t.Fatal(err)
		}
		a, err := DecodeAgreement(data)
		if err != nil {
			t.Fatal(err)
		}
		files[a.ID] = a
		acts = append(acts, a.Activities...)
	}
	return files, acts
}

// TestDatasetIndexes checks the lookups and iterators against a plain scan of the files.
func TestDatasetIndexes(t *testing.T) {
	ds := Default()
	files, stored := storedActivities(t)
	if ds.Len() != len(files) {
		t.Errorf("Len() = %d, files = %d", ds.Len(), len(files))
	}
	for id, file := range files {
		// The agreement lists every activity whose partners include it, wherever stored.
		want := file
		want.Activities = nil
		for _, act := range stored {
			if slices.Contains(act.Partners, id) {
				want.Activities = append(want.Activities, act)
			}
		}
		slices.SortStableFunc(want.Activities, compareActivities)
		for _, key := range []string{id, strings.ToUpper(id)} {
			got, ok := ds.Agreement(key)
			if !ok {
				t.Errorf("Agreement(%q) not found", key)
				continue
			}
			if diff := cmpAgreements(got, want); diff != "" {
				t.Errorf("Agreement(%q) differs from a scan of the files: %s", key, diff)
			}
			p, ok := ds.Partner(key)
			if !ok || !p.Name.Equal(file.Partner.Name) || p.Code != file.Partner.Code || p.Region != file.Partner.Region {
				t.Errorf("Partner(%q) = %v, %v; want the partner of %s.json", key, p, ok, id)
			}
		}
	}
	for _, act := range stored {
		for _, key := range []string{act.ID, strings.ToUpper(act.ID)} {
			got, ok := ds.Activity(key)
			ga, _ := json.Marshal(got)
			wa, _ := json.Marshal(act)
			if !ok || !bytes.Equal(ga, wa) {
				t.Errorf("Activity(%q) differs from its record", key)
			}
		}
	}
	for _, bad := range []string{"", "xx", "pe-", "pe-nothing"} {
		if _, ok := ds.Activity(bad); ok {
			t.Errorf("Activity(%q) found", bad)
		}
		if _, ok := ds.Partner(bad); ok {
			t.Errorf("Partner(%q) found", bad)
		}
	}
	var prev Activity
	count := 0
	seen := map[string]bool{}
	for act := range ds.Activities() {
		if count > 0 && compareActivities(prev, act) > 0 {
			t.Errorf("Activities() out of order: %s (%s) after %s (%s)", act.ID, act.Start, prev.ID, prev.Start)
		}
		if seen[act.ID] {
			t.Errorf("Activities() yields %s twice", act.ID)
		}
		seen[act.ID] = true
		prev = act
		count++
	}
	if count != len(stored) {
		t.Errorf("Activities() yields %d, files hold %d", count, len(stored))
	}
	var prevSigned Date
	for a := range ds.Agreements() {
		if a.Signed().Compare(prevSigned) < 0 {
			t.Errorf("Agreements() out of signing order at %s", a.ID)
		}
		prevSigned = a.Signed()
	}
}

// cmpAgreements compares two agreements by their JSON form and says where they differ.
func cmpAgreements(got, want Agreement) string {
	ga, _ := json.Marshal(got)
	wa, _ := json.Marshal(want)
	if bytes.Equal(ga, wa) {
		return ""
	}
	if len(got.Activities) != len(want.Activities) {
		return fmt.Sprintf("%d activities, want %d", len(got.Activities), len(want.Activities))
	}
	return "JSON differs"
}

// TestDatasetSharedActivities checks that an activity concerning several partners is one
// record: no two records share a title and a start date, and every record lists its partners
// in signing order, stored with the first.
func TestDatasetSharedActivities(t *testing.T) {
	ds := Default()
	_, stored := storedActivities(t)
	rank := map[string]int{}
	for a := range ds.Agreements() {
		rank[a.ID] = len(rank)
	}
	type key struct{ title, start string }
	byKey := map[key]string{}
	shared := 0
	for _, act := range stored {
		k := key{strings.ToLower(act.Title[language.English]), act.Start.String()}
		if other, dup := byKey[k]; dup {
			t.Errorf("%s and %s share title and start: record them once, with both partners", other, act.ID)
		}
		byKey[k] = act.ID
		if len(act.Partners) == 0 {
			t.Errorf("%s: no partners", act.ID)
			continue
		}
		if !strings.HasPrefix(act.ID, act.Partners[0]+"-") {
			t.Errorf("%s: id does not start with its first partner %q", act.ID, act.Partners[0])
		}
		if !slices.IsSortedFunc(act.Partners, func(a, b string) int { return rank[a] - rank[b] }) {
			t.Errorf("%s: partners %v not in signing order", act.ID, act.Partners)
		}
		if len(act.Partners) > 1 {
			shared++
		}
	}
	if shared == 0 {
		t.Error("no shared activity; the dataset has several")
	}
	t.Logf("%d activity records, %d shared by several partners", len(stored), shared)
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
		Name      string       `json:"name"`
		Path      string       `json:"path"`
		Title     string       `json:"title"`
		Format    string       `json:"format"`
		Mediatype string       `json:"mediatype"`
		Encoding  string       `json:"encoding"`
		Bytes     int          `json:"bytes"`
		Hash      string       `json:"hash"`
		Schema    *tableSchema `json:"schema,omitempty"`
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
		SourcesRead string     `json:"sourcesRead"`
		Homepage    string     `json:"homepage"`
		Licenses    []named    `json:"licenses"`
		Sources     []named    `json:"sources"`
		Resources   []resource `json:"resources"`
	}{
		Schema:      "https://datapackage.org/profiles/2.0/datapackage.json",
		Name:        "regiodialogue",
		Title:       "EU regional policy dialogues: DG REGIO's cooperation agreements with 14 partners",
		Description: "One JSON record per agreement: the partner, the signed instruments, the dialogue's activities, notes on conflicting sources, and the sources of every fact (format: README.md and the JSON Schemas in ../schema); and the same data as CSV tables (csv/), generated from the JSON records, with Table Schemas below, and as a typed SQLite database (regiodialogue.sql). version is the data's semantic version (changes: CHANGELOG.md); sourcesRead is the month its sources were last read.",
		Version:     DataVersion,
		SourcesRead: SourcesRead,
		Homepage:    "https://github.com/regiodialogue/regiodialogue",
		Licenses:    []named{{Name: "CC-BY-4.0", Title: "Creative Commons Attribution 4.0", Path: "https://creativecommons.org/licenses/by/4.0/"}},
		Sources:     []named{{Title: "European Commission, Directorate-General for Regional and Urban Policy: international cooperation", Path: "https://ec.europa.eu/regional_policy/policy/cooperation/international_en"}},
	}
	for _, id := range wantIDs {
		a, ok := ds.Agreement(id)
		if !ok {
			t.Fatalf("no agreement %s", id)
		}
		data, err := fs.ReadFile(repoFS, "dataset/"+id+".json")
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
	for _, tb := range datasetTables(ds) {
		data := tb.encode()
		sum := sha256.Sum256(data)
		desc.Resources = append(desc.Resources, resource{
			Name: tb.name, Path: "csv/" + tb.name + ".csv", Title: tb.title,
			Format: "csv", Mediatype: "text/csv", Encoding: "utf-8",
			Bytes: len(data), Hash: "sha256:" + hex.EncodeToString(sum[:]), Schema: &tb.schema,
		})
	}
	sql, err := sqlDump(datasetTables(ds))
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(sql)
	desc.Resources = append(desc.Resources, resource{
		Name: "regiodialogue-sql", Path: "regiodialogue.sql",
		Title:  "The CSV tables as a typed SQLite database: sqlite3 regiodialogue.db < regiodialogue.sql",
		Format: "sql", Mediatype: "application/sql", Encoding: "utf-8",
		Bytes: len(sql), Hash: "sha256:" + hex.EncodeToString(sum[:]),
	})
	var got bytes.Buffer
	enc := json.NewEncoder(&got)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(desc); err != nil {
		t.Fatal(err)
	}
	checkGenerated(t, "dataset/"+PackageDescriptor, got.Bytes())
}

func TestDatasetCoverage(t *testing.T) {
	ds := Default()
	var b bytes.Buffer
	b.WriteString("# Coverage\n\n")
	b.WriteString("Generated from the dataset and `research/` by `go test -run Dataset -update`; do not edit. It shows which\n")
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
		for _, f := range Codes[Framework]() {
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
	for _, k := range Codes[ActivityKind]() {
		fmt.Fprintf(&b, "| %s | %d |\n", k.Label(), kinds[k])
	}
	writePairings(t, &b, ds)
	writeResearch(t, &b)
	checkGenerated(t, "dataset/COVERAGE.md", b.Bytes())
}

// statedPairs are the numbers of pairs the programmes state they formed, from
// dataset/research/pairs-stated.tsv: programme (a framework code), partner (an agreement
// id), level (city, region, or any), the number stated, the programme's words, the source.
type statedPair struct {
	framework   Framework
	partner     string
	level       string
	stated      int
	words, from string
}

func readStatedPairs(t *testing.T) []statedPair {
	t.Helper()
	data, err := os.ReadFile("dataset/research/pairs-stated.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var out []statedPair
	for i, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		if i == 0 || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			t.Fatalf("pairs-stated.tsv line %d: %d fields, want 6", i+1, len(f))
		}
		n, err := strconv.Atoi(f[3])
		if err != nil || !Framework(f[0]).Valid() || (f[2] != "city" && f[2] != "region" && f[2] != "any") ||
			!strings.HasPrefix(f[5], "http") {
			t.Fatalf("pairs-stated.tsv line %d: %q", i+1, line)
		}
		if _, ok := Default().Agreement(f[1]); !ok {
			t.Fatalf("pairs-stated.tsv line %d: no agreement %q", i+1, f[1])
		}
		out = append(out, statedPair{Framework(f[0]), f[1], f[2], n, f[4], f[5]})
	}
	return out
}

// writePairings writes, for each programme and partner, the pairs the programme states it
// formed beside the pairing records of the dataset, and the records of the programmes and
// partners that state no number.
func writePairings(t *testing.T, b *bytes.Buffer, ds *Dataset) {
	recorded := map[[3]string]int{}
	for act := range ds.Activities() {
		if act.Pair == nil {
			continue
		}
		for _, p := range act.Partners {
			for _, level := range []string{string(act.Pair.Level), "any"} {
				recorded[[3]string{string(act.Framework), p, level}]++
			}
		}
	}
	b.WriteString("\n## Pairings: stated by the programmes, and recorded\n\n")
	b.WriteString("A pairing counts for each partner it lists. \"Stated\" is what the programme's own pages say it\n")
	b.WriteString("formed (`research/pairs-stated.tsv`, with the source); \"recorded\" counts the pairing records here.\n\n")
	b.WriteString("| programme | partner | level | stated | recorded | the programme's words | source |\n|---|---|---|---|---|---|---|\n")
	listed := map[[3]string]bool{}
	for _, s := range readStatedPairs(t) {
		listed[[3]string{string(s.framework), s.partner, s.level}] = true
		fmt.Fprintf(b, "| %s | %s | %s | %d | %d | %s | <%s> |\n", s.framework, s.partner, s.level, s.stated,
			recorded[[3]string{string(s.framework), s.partner, s.level}], s.words, s.from)
	}
	var rest []string
	for k, n := range recorded {
		if k[2] == "any" || listed[k] || listed[[3]string{k[0], k[1], "any"}] {
			continue
		}
		rest = append(rest, fmt.Sprintf("%s %s %s %d", k[0], k[1], k[2], n))
	}
	slices.Sort(rest)
	if len(rest) > 0 {
		b.WriteString("\nRecorded where no programme page states a number (programme, partner, level, records): ")
		b.WriteString(strings.Join(rest, "; ") + ".\n")
	}
}

// writeResearch appends the research notes of dataset/research/*.md: what was searched
// for each programme and partner, what was found, and what was not.
func writeResearch(t *testing.T, b *bytes.Buffer) {
	files, err := filepath.Glob("dataset/research/*.md")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		return
	}
	b.WriteString("\n## What was searched\n\nFrom `research/*.md`, written by hand.\n")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString("\n")
		b.Write(bytes.TrimSpace(data))
		b.WriteString("\n")
	}
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
