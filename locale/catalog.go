package locale

import (
	"sync"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"
)

// The catalog is written in code, one file per language (catalog_en.go, catalog_ru.go …),
// each a table of the same keys, with the code labels added from the root package; TestCatalogComplete holds every table to English's keys
// and every plural message to the plural forms its language uses.

// table is one language's messages.
type table struct {
	tag     language.Tag
	msgs    map[string]string
	plurals map[string]forms
}

// forms are the plural forms of a count message, each a format with one %d verb; a
// language fills the forms its CLDR plural rules use (English one and other; Russian one,
// few, many and other).
type forms struct {
	zero, one, two, few, many, other string
}

// tables returns the languages' tables, in the order of uiTags. They are built by
// functions, on first use, so that importing the package allocates nothing. The code labels
// ("theme/innovation") are not typed in them: each table gets them from the root package,
// whose labels are generated from the module's code-list table (codes.json).
func tables() []*table {
	tablesOnce.Do(func() {
		allTables = []*table{enTable(), esTable(), ptTable(), frTable(), deTable(), zhTable(),
			jaTable(), ruTable(), ukTable(), roTable(), kaTable(), hiTable()}
		for _, c := range codeLists {
			for _, code := range c.codes() {
				key := c.kind + "/" + code
				for _, t := range allTables {
					t.msgs[key] = c.label(code, t.tag)
				}
			}
		}
		violations := violationMessages()
		for _, t := range allTables {
			t.withProblems(violations)
		}
	})
	return allTables
}

var (
	tablesOnce sync.Once
	allTables  []*table
	catOnce    sync.Once
	cat        *catalog.Builder
)

// builder builds the message catalog on first use.
func builder() *catalog.Builder {
	catOnce.Do(func() { cat = build(tables()) })
	return cat
}

func build(ts []*table) *catalog.Builder {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	for _, t := range ts {
		for k, m := range t.msgs {
			// Set only fails for a malformed message; TestCatalogBuilds holds that none is.
			_ = b.SetString(t.tag, k, m)
		}
		for k, f := range t.plurals {
			_ = b.Set(t.tag, k, f.selectf())
		}
	}
	return b
}

// selectf returns the forms as a plural.Selectf message over the first argument.
func (f forms) selectf() catalog.Message {
	var cases []any
	for _, c := range []struct {
		sel, msg string
	}{{"zero", f.zero}, {"one", f.one}, {"two", f.two}, {"few", f.few}, {"many", f.many}, {"other", f.other}} {
		if c.msg != "" {
			cases = append(cases, c.sel, c.msg)
		}
	}
	return plural.Selectf(1, "%d", cases...)
}

// form returns the form for the plural category c, or "" when f has none.
func (f forms) form(c plural.Form) string {
	switch c {
	case plural.Zero:
		return f.zero
	case plural.One:
		return f.one
	case plural.Two:
		return f.two
	case plural.Few:
		return f.few
	case plural.Many:
		return f.many
	}
	return f.other
}

// months adds the month names to t: standalone (as in "May 2013") and in a date ("15 May
// 2013"), which differ in languages with cases (Russian май, мая).
func (t *table) months(standalone, inDate [12]string) *table {
	for i := range 12 {
		t.msgs[monthKey(i+1)] = standalone[i]
		t.msgs[monthInDateKey(i+1)] = inDate[i]
	}
	return t
}

var monthKeys = [...]string{"month.01", "month.02", "month.03", "month.04", "month.05", "month.06",
	"month.07", "month.08", "month.09", "month.10", "month.11", "month.12"}

var monthInDateKeys = [...]string{"month.01.date", "month.02.date", "month.03.date", "month.04.date",
	"month.05.date", "month.06.date", "month.07.date", "month.08.date", "month.09.date",
	"month.10.date", "month.11.date", "month.12.date"}

func monthKey(m int) string       { return monthKeys[m-1] }
func monthInDateKey(m int) string { return monthInDateKeys[m-1] }
