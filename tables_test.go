package regiodialogue

// The CSV tables for analysts (dataset/csv/*.csv), generated from the JSON records, and their
// Table Schemas in dataset/datapackage.json. "go test -run Dataset -update" rewrites both;
// the test fails when they are stale.

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"github.com/regiodialogue/regiodialogue/internal/rules"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// tableField is a column of a CSV table: its Table Schema name, type and description.
type tableField struct {
	Name        string       `json:"name"`
	Type        string       `json:"type"`
	Description string       `json:"description"`
	Constraints *constraints `json:"constraints,omitempty"`
}

// constraints are a field's Table Schema constraints: for a code column, the codes of its
// list, taken from the generated Go lists; for a column of codes separated by spaces, a
// pattern built from them.
type constraints struct {
	Enum    []string `json:"enum,omitempty"`
	Pattern string   `json:"pattern,omitempty"`
}

// codeListColumns are the columns that hold codes separated by spaces.
var codeListColumns = map[string]func() []string{
	"activities.themes": strs[Theme],
}

// listPattern returns the pattern of one or more of codes separated by single spaces.
func listPattern(codes []string) string {
	one := "(" + strings.Join(codes, "|") + ")"
	return one + "( " + one + ")*"
}

// codeColumns are the columns that hold one code each, by table and field name.
var codeColumns = map[string]func() []string{
	"agreements.partner_kind": strs[PartnerKind],
	"agreements.region":       strs[Region],
	"agreements.group":        strs[Group],
	"instruments.kind":        strs[InstrumentKind],
	"parties.side":            strs[Side],
	"pair_places.side":        strs[Side],
	"activities.kind":         strs[ActivityKind],
	"activities.framework":    strs[Framework],
	"activities.pair_level":   strs[PairLevel],
	"notes.kind":              strs[NoteKind],
	"sources.kind":            strs[SourceKind],
}

type foreignKey struct {
	Fields    []string `json:"fields"`
	Reference struct {
		Resource string   `json:"resource"`
		Fields   []string `json:"fields"`
	} `json:"reference"`
}

type tableSchema struct {
	Fields      []tableField `json:"fields"`
	PrimaryKey  []string     `json:"primaryKey"`
	ForeignKeys []foreignKey `json:"foreignKeys,omitempty"`
}

// table is one CSV table: its name, title, schema and rows.
type table struct {
	name, title string
	schema      tableSchema
	rows        [][]string
}

func fk(fields []string, resource string, ref ...string) foreignKey {
	k := foreignKey{Fields: fields}
	k.Reference.Resource = resource
	k.Reference.Fields = ref
	return k
}

func fields(spec ...string) []tableField {
	var out []tableField
	for _, s := range spec {
		name, rest, _ := strings.Cut(s, ":")
		typ, desc, _ := strings.Cut(rest, ":")
		out = append(out, tableField{Name: name, Type: typ, Description: desc})
	}
	return out
}

// csvBool writes a boolean as Table Schema's default true/false; unknown is empty.
func csvBool(b bool) string { return strconv.FormatBool(b) }

func csvDate(d Date) string {
	if d.IsZero() {
		return ""
	}
	return strings.TrimSuffix(d.String(), "?")
}

func csvUncertain(d Date) string {
	if d.IsZero() {
		return ""
	}
	return csvBool(d.Uncertain())
}

const dateDesc = "ISO 8601 at the precision the sources give: YYYY, YYYY-MM or YYYY-MM-DD"

// datasetTables builds the tables from the dataset.
func datasetTables(ds *Dataset) []*table {
	agreements := &table{name: "agreements", title: "Agreements, one per partner", schema: tableSchema{
		Fields: fields(
			"id:string:the agreement's id, the lower-case partner code",
			"partner_code:string:ISO 3166-1 alpha-2, or SICA",
			"partner_kind:string:whether the partner is a country or a regional organisation (code list)",
			"partner_name_en:string:the partner's name in English",
			"partner_languages:string:the partner's official languages, BCP 47 tags separated by spaces",
			"region:string:geographic region (code list; latin-america contains south-america and central-america)",
			"group:string:political group (code list)",
			"dialogue_en:string:the dialogue's name in English",
			"first_signed:string:"+dateDesc+"; the signing of the first instrument",
			"first_signed_uncertain:boolean:true when the date was inferred",
			"summary_en:string:summary in the compilers' words, in English"),
		PrimaryKey: []string{"id"}}}
	instruments := &table{name: "instruments", title: "Signed instruments", schema: tableSchema{
		Fields: fields(
			"agreement_id:string:the agreement",
			"position:integer:the instrument's place in the agreement, from 1, in signing order",
			"kind:string:legal form (code list)",
			"signed:string:"+dateDesc,
			"signed_uncertain:boolean:true when the date was inferred",
			"title_en:string:the title in English, when a source gives it",
			"place_en:string:where it was signed, in English",
			"place_country:string:ISO 3166-1 alpha-2 of the place",
			"place_uncertain:boolean:true when the place was inferred",
			"binding:boolean:whether a source says it is legally binding; empty when no source says",
			"framework_en:string:the wider agreement it sits in"),
		PrimaryKey:  []string{"agreement_id", "position"},
		ForeignKeys: []foreignKey{fk([]string{"agreement_id"}, "agreements", "id")}}}
	parties := &table{name: "parties", title: "Parties and signatories of the instruments", schema: tableSchema{
		Fields: fields(
			"agreement_id:string:the agreement",
			"instrument_position:integer:the instrument",
			"position:integer:the party's place in the instrument, from 1",
			"side:string:the side the party signed for (code list)",
			"institution_en:string:the signing institution, in English",
			"uncertain:boolean:true when the party was inferred",
			"signatory_name:string:who signed, when known",
			"signatory_role_en:string:the signatory's office, in English",
			"signatory_on_behalf_of:string:for whom the signatory signed, if for someone else",
			"signatory_uncertain:boolean:true when the signatory was inferred"),
		PrimaryKey:  []string{"agreement_id", "instrument_position", "position"},
		ForeignKeys: []foreignKey{fk([]string{"agreement_id", "instrument_position"}, "instruments", "agreement_id", "position")}}}
	activities := &table{name: "activities", title: "Activities, each once", schema: tableSchema{
		Fields: fields(
			"id:string:the activity's id",
			"stored_in:string:the agreement whose file holds the record: its first partner",
			"kind:string:what sort of activity (code list)",
			"title_en:string:the title in English",
			"start:string:"+dateDesc,
			"start_uncertain:boolean:true when the date was inferred",
			"end:string:"+dateDesc+"; empty when it is the start",
			"end_uncertain:boolean:true when the date was inferred",
			"framework:string:what it was carried out under (code list)",
			"themes:string:themes (code list), separated by spaces",
			"summary_en:string:summary in the compilers' words, in English",
			"pair_level:string:for a pairing: what it joined (code list; its places are in pair_places)",
			"part_of:string:the activity this one took place within, when it did"),
		PrimaryKey: []string{"id"},
		ForeignKeys: []foreignKey{fk([]string{"stored_in"}, "agreements", "id"),
			fk([]string{"part_of"}, "activities", "id")}}}
	pairPlaces := &table{name: "pair_places", title: "The two sides of each pairing", schema: tableSchema{
		Fields: fields(
			"activity_id:string:the pairing",
			"side:string:the side of the pair (code list)",
			"position:integer:place in the side's list, from 1 (several for a cluster)",
			"name_en:string:the place's name in English",
			"country:string:ISO 3166-1 alpha-2, when known",
			"uncertain:boolean:true when the place was inferred"),
		PrimaryKey:  []string{"activity_id", "side", "position"},
		ForeignKeys: []foreignKey{fk([]string{"activity_id"}, "activities", "id")}}}
	actPartners := &table{name: "activity_partners", title: "The partners each activity concerns", schema: tableSchema{
		Fields: fields(
			"activity_id:string:the activity",
			"agreement_id:string:an agreement it concerns",
			"position:integer:place in the activity's partner list, from 1, in signing order"),
		PrimaryKey: []string{"activity_id", "agreement_id"},
		ForeignKeys: []foreignKey{fk([]string{"activity_id"}, "activities", "id"),
			fk([]string{"agreement_id"}, "agreements", "id")}}}
	actPlaces := &table{name: "activity_places", title: "Where each activity happened", schema: tableSchema{
		Fields: fields(
			"activity_id:string:the activity",
			"position:integer:place in the activity's list, from 1",
			"name_en:string:the place's name in English",
			"country:string:ISO 3166-1 alpha-2, when known",
			"uncertain:boolean:true when the place was inferred"),
		PrimaryKey:  []string{"activity_id", "position"},
		ForeignKeys: []foreignKey{fk([]string{"activity_id"}, "activities", "id")}}}
	notes := &table{name: "notes", title: "Editorial notes: conflicts between sources, inferences, gaps", schema: tableSchema{
		Fields: fields(
			"agreement_id:string:the agreement",
			"position:integer:the note's place in the agreement, from 1",
			"kind:string:what the note records (code list)",
			"text_en:string:the note, in English"),
		PrimaryKey:  []string{"agreement_id", "position"},
		ForeignKeys: []foreignKey{fk([]string{"agreement_id"}, "agreements", "id")}}}
	sources := &table{name: "sources", title: "Sources, each once", schema: tableSchema{
		Fields: fields(
			"url:string:the source's address",
			"title:string:its own title",
			"kind:string:who published it (code list)",
			"publisher:string:who published it (for a mirror, the mirror site)",
			"published:string:"+dateDesc,
			"accessed:string:the month the compilers read it, YYYY-MM",
			"language:string:BCP 47 tag of its language",
			"original_title:string:for a mirror: the title of the document it copies",
			"original_publisher:string:for a mirror: who published the original",
			"original_published:string:for a mirror: when the original was published",
			"original_reference:string:for a mirror: the original's reference (press release or contract number)"),
		PrimaryKey: []string{"url"}}}
	citation := func(name, title string, keyFields []string, keyDesc []string, fkeys []foreignKey) *table {
		spec := slices.Clone(keyDesc)
		spec = append(spec,
			"position:integer:the source's place in the record's list, from 1",
			"source_url:string:the source",
			"supports:string:which facts it supports, when said")
		return &table{name: name, title: title, schema: tableSchema{
			Fields:      fields(spec...),
			PrimaryKey:  append(slices.Clone(keyFields), "position"),
			ForeignKeys: append(fkeys, fk([]string{"source_url"}, "sources", "url"))}}
	}
	agrSources := citation("agreement_sources", "Sources cited by each agreement", []string{"agreement_id"},
		[]string{"agreement_id:string:the agreement"}, []foreignKey{fk([]string{"agreement_id"}, "agreements", "id")})
	insSources := citation("instrument_sources", "Sources cited by each instrument", []string{"agreement_id", "instrument_position"},
		[]string{"agreement_id:string:the agreement", "instrument_position:integer:the instrument"},
		[]foreignKey{fk([]string{"agreement_id", "instrument_position"}, "instruments", "agreement_id", "position")})
	actSources := citation("activity_sources", "Sources cited by each activity", []string{"activity_id"},
		[]string{"activity_id:string:the activity"}, []foreignKey{fk([]string{"activity_id"}, "activities", "id")})
	noteSources := citation("note_sources", "Sources discussed by each note", []string{"agreement_id", "note_position"},
		[]string{"agreement_id:string:the agreement", "note_position:integer:the note"},
		[]foreignKey{fk([]string{"agreement_id", "note_position"}, "notes", "agreement_id", "position")})
	texts := &table{name: "texts", title: "Every text in every language, marking the compilers' translations", schema: tableSchema{
		Fields: fields(
			"resource:string:the table of the record: agreements, instruments, parties, activities, activity_places, pair_places or notes",
			"record:string:the record's primary key, its fields joined by '/' (pe, pe/1, pe/1/2, pe-2013-05-signing, jp-2017-iuc-pair-frankfurt-yokohama/eu/1)",
			"field:string:which text: partner_name, dialogue, summary, title, framework, institution, signatory_role, name or text",
			"language:string:BCP 47 tag of the language written in, without the translation mark",
			"translation:boolean:true when the compilers translated the text (its tag in the JSON carries -t-)",
			"tag:string:the tag as the JSON records it (es, es-t-en)",
			"text:string:the text"),
		PrimaryKey: []string{"resource", "record", "field", "language"}}}

	addText := func(resource, record, field string, t Text) {
		for _, tag := range t.Tags() {
			lang := rules.PlainTag(tag).String()
			texts.rows = append(texts.rows, []string{resource, record, field, lang, csvBool(IsTranslation(tag)), tag.String(), t[tag]})
		}
	}
	srcRow := map[string][]string{}
	var srcOrder []string
	cite := func(t *table, key []string, srcs []Source) {
		for i, s := range srcs {
			row := append(slices.Clone(key), strconv.Itoa(i+1), s.URL, s.Supports)
			t.rows = append(t.rows, row)
			if _, ok := srcRow[s.URL]; ok {
				continue
			}
			r := []string{s.URL, s.Title, string(s.Kind), s.Publisher, csvDate(s.Published), csvDate(s.Accessed), s.Language, "", "", "", ""}
			if o := s.Original; o != nil {
				r[7], r[8], r[9], r[10] = o.Title, o.Publisher, csvDate(o.Published), o.Reference
			}
			srcRow[s.URL] = r
			srcOrder = append(srcOrder, s.URL)
		}
	}
	en := func(t Text) string { return t[language.English] }
	for a := range ds.Agreements() {
		var langs []string
		for _, l := range a.Partner.Languages {
			langs = append(langs, l.String())
		}
		agreements.rows = append(agreements.rows, []string{a.ID, a.Partner.Code, string(a.Partner.Kind), en(a.Partner.Name),
			strings.Join(langs, " "), string(a.Partner.Region), string(a.Group), en(a.Dialogue), csvDate(a.Signed()), csvUncertain(a.Signed()), en(a.Summary)})
		addText("agreements", a.ID, "partner_name", a.Partner.Name)
		addText("agreements", a.ID, "dialogue", a.Dialogue)
		addText("agreements", a.ID, "summary", a.Summary)
		cite(agrSources, []string{a.ID}, a.Sources)
		for i, in := range a.Instruments {
			pos := strconv.Itoa(i + 1)
			row := []string{a.ID, pos, string(in.Kind), csvDate(in.Signed), csvUncertain(in.Signed), en(in.Title), "", "", "", "", en(in.Framework)}
			if in.Place != nil {
				row[6], row[7], row[8] = en(in.Place.Name), in.Place.Country, csvBool(in.Place.Uncertain)
			}
			if in.Binding != nil {
				row[9] = csvBool(*in.Binding)
			}
			instruments.rows = append(instruments.rows, row)
			addText("instruments", a.ID+"/"+pos, "title", in.Title)
			addText("instruments", a.ID+"/"+pos, "framework", in.Framework)
			for j, p := range in.Parties {
				ppos := strconv.Itoa(j + 1)
				row := []string{a.ID, pos, ppos, string(p.Side), en(p.Institution), csvBool(p.Uncertain), "", "", "", ""}
				if s := p.Signatory; s != nil {
					row[6], row[7], row[8], row[9] = s.Name, en(s.Role), s.OnBehalfOf, csvBool(s.Uncertain)
					addText("parties", a.ID+"/"+pos+"/"+ppos, "signatory_role", s.Role)
				}
				parties.rows = append(parties.rows, row)
				addText("parties", a.ID+"/"+pos+"/"+ppos, "institution", p.Institution)
			}
			cite(insSources, []string{a.ID, pos}, in.Sources)
		}
		for i, n := range a.Notes {
			pos := strconv.Itoa(i + 1)
			notes.rows = append(notes.rows, []string{a.ID, pos, string(n.Kind), en(n.Text)})
			addText("notes", a.ID+"/"+pos, "text", n.Text)
			cite(noteSources, []string{a.ID, pos}, n.Sources)
		}
	}
	for act := range ds.Activities() {
		var themes []string
		for _, th := range act.Themes {
			themes = append(themes, string(th))
		}
		level := ""
		if act.Pair != nil {
			level = string(act.Pair.Level)
			for _, side := range []struct {
				name   string
				places []Place
			}{{"eu", act.Pair.EU}, {"partner", act.Pair.Partner}} {
				for i, p := range side.places {
					pos := strconv.Itoa(i + 1)
					pairPlaces.rows = append(pairPlaces.rows, []string{act.ID, side.name, pos, en(p.Name), p.Country, csvBool(p.Uncertain)})
					addText("pair_places", act.ID+"/"+side.name+"/"+pos, "name", p.Name)
				}
			}
		}
		activities.rows = append(activities.rows, []string{act.ID, act.Partners[0], string(act.Kind), en(act.Title),
			csvDate(act.Start), csvUncertain(act.Start), csvDate(act.End), csvUncertain(act.End), string(act.Framework),
			strings.Join(themes, " "), en(act.Summary), level, act.PartOf})
		addText("activities", act.ID, "title", act.Title)
		addText("activities", act.ID, "summary", act.Summary)
		for i, p := range act.Partners {
			actPartners.rows = append(actPartners.rows, []string{act.ID, p, strconv.Itoa(i + 1)})
		}
		for i, p := range act.Places {
			pos := strconv.Itoa(i + 1)
			actPlaces.rows = append(actPlaces.rows, []string{act.ID, pos, en(p.Name), p.Country, csvBool(p.Uncertain)})
			addText("activity_places", act.ID+"/"+pos, "name", p.Name)
		}
		cite(actSources, []string{act.ID}, act.Sources)
	}
	for _, u := range srcOrder {
		sources.rows = append(sources.rows, srcRow[u])
	}
	tables := []*table{agreements, instruments, parties, activities, actPartners, actPlaces, pairPlaces, notes, sources,
		agrSources, insSources, actSources, noteSources, texts}
	for _, t := range tables {
		for i, f := range t.schema.Fields {
			if codes, ok := codeColumns[t.name+"."+f.Name]; ok {
				t.schema.Fields[i].Constraints = &constraints{Enum: codes()}
			}
			if codes, ok := codeListColumns[t.name+"."+f.Name]; ok {
				t.schema.Fields[i].Constraints = &constraints{Pattern: listPattern(codes())}
			}
		}
	}
	return tables
}

// encode writes t as RFC 4180 CSV: a header row, CRLF line ends.
func (t *table) encode() []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	var header []string
	for _, f := range t.schema.Fields {
		header = append(header, f.Name)
	}
	_ = w.Write(header)
	_ = w.WriteAll(t.rows) // WriteAll flushes; a bytes.Buffer does not fail
	return b.Bytes()
}

func TestDatasetTables(t *testing.T) {
	for _, tb := range datasetTables(Default()) {
		for i, r := range tb.rows {
			if len(r) != len(tb.schema.Fields) {
				t.Fatalf("%s row %d has %d cells for %d fields", tb.name, i, len(r), len(tb.schema.Fields))
			}
		}
		// Code columns hold only codes of their list, or nothing (a missing value).
		for j, f := range tb.schema.Fields {
			if f.Constraints == nil {
				continue
			}
			re := regexp.MustCompile("^(?:" + f.Constraints.Pattern + ")$")
			for i, r := range tb.rows {
				switch {
				case r[j] == "":
				case f.Constraints.Enum != nil && !slices.Contains(f.Constraints.Enum, r[j]):
					t.Errorf("%s row %d: %s %q is not in its enum", tb.name, i, f.Name, r[j])
				case f.Constraints.Pattern != "" && !re.MatchString(r[j]):
					t.Errorf("%s row %d: %s %q does not match its pattern", tb.name, i, f.Name, r[j])
				}
			}
		}
		// Primary keys unique, here as well as in CI's SQLite check.
		seen := map[string]int{}
		for i, r := range tb.rows {
			var key []string
			for _, k := range tb.schema.PrimaryKey {
				key = append(key, r[slices.IndexFunc(tb.schema.Fields, func(f tableField) bool { return f.Name == k })])
			}
			if j, dup := seen[strings.Join(key, "\x00")]; dup {
				t.Errorf("%s: rows %d and %d share the primary key %v", tb.name, j, i, key)
			}
			seen[strings.Join(key, "\x00")] = i
		}
		checkGenerated(t, fmt.Sprintf("dataset/csv/%s.csv", tb.name), tb.encode())
	}
}
