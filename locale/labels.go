package locale

import (
	"strings"

	"golang.org/x/text/language"
)

// Code is a value of one of the dataset's code types (regiodialogue.InstrumentKind, Group,
// PartnerKind, Side, NoteKind, Theme, ActivityKind, Framework, Region, SourceKind,
// PairLevel).
type Code interface {
	Valid() bool
	Label(prefs ...language.Tag) string
}

// Label returns code's label in l's UI language: l.Label(regiodialogue.Innovation) is
// "Innovación" for es, "Инновации" for ru. It is code.Label(l.UI()): the labels are those
// of the root package, declared once in the module's code-list table, and a Region's are the
// CLDR names of its UN M.49 code (RegionSouthAmerica is "Sudamérica" for es, "Южная
// Америка" for ru). A code outside its list is returned as it is written in the dataset.
func (l Locale) Label(code Code) string {
	return code.Label(l.UI())
}

// CodeLabel returns the label of a code given as text, by code type: kind is one of
// "instrument", "group", "partnerkind", "side", "note", "theme", "activity", "framework",
// "region" (a partner's world region: "latin-america", "south-america", "central-america",
// "eastern-asia", "southern-asia", "eastern-europe", "western-asia", named from the CLDR
// tables by their UN M.49 codes), "source" (a source's kind: "official",
// "partner-government", "programme", "news", "academic", "mirror", "other") and
// "pairlevel" (a pairing's level: "city", "region"). An unknown kind or code is returned as
// is.
func (l Locale) CodeLabel(kind, code string) string {
	for _, c := range codeLists {
		if c.kind == kind {
			return c.label(code, l.UI())
		}
	}
	return code
}

// hasKey reports whether the catalog has a message for key.
func hasKey(key string) bool {
	en := tables()[0]
	_, ok := en.msgs[key]
	return ok
}

// Field returns the name of a field of the data model in l's UI language, for headings
// and labels: "partner", "group", "region", "instruments", "signed", "doclangs" (document
// languages), "activities", "dialogue", "themes", "summary", "notes", "sources", "place",
// "places", "parties", "framework", "binding", "documents", "date", "kind", "title". An
// unknown name is returned as is.
func (l Locale) Field(name string) string {
	if !hasKey("field." + name) {
		return name
	}
	return l.Message("field." + name)
}

// Noun is a thing the dataset counts.
type Noun int

// Nouns Count knows.
const (
	Agreements Noun = iota
	Activities
	Instruments
	Sources
	Violations // the faults a validation found
)

var nounKeys = [...]string{"count.agreements", "count.activities", "count.instruments", "count.sources", "count.violations"}

// Count writes n of what with the plural rules of l's UI language: "1 agreement",
// "14 agreements"; in Russian "1 соглашение", "2 соглашения", "14 соглашений",
// "21 соглашение".
func (l Locale) Count(n int, what Noun) string {
	if what < 0 || int(what) >= len(nounKeys) {
		return ""
	}
	return l.Message(nounKeys[what], n)
}

// List joins items with l's list separator (", "; "、" in Chinese and Japanese).
func (l Locale) List(items []string) string {
	return strings.Join(items, l.Message("punct.listsep"))
}

// Colon returns the punctuation that ends a label before its value: ":", " :" with a
// no-break space in French, "：" in Chinese and Japanese.
func (l Locale) Colon() string { return l.Message("punct.colon") }

// ColonSpace returns Colon followed by the space that separates it from the value, none
// after the full-width colon of Chinese and Japanese: ": ", "：".
func (l Locale) ColonSpace() string {
	c := l.Colon()
	if strings.HasSuffix(c, "：") {
		return c
	}
	return c + " "
}

// TranslationMark is the mark placed after a text the dataset's compilers translated.
const TranslationMark = "‡"

// TranslationTitle explains the mark on v, naming the language v was translated from:
// "Translated by the dataset's compilers (original language: English); not an official
// wording". It returns "" when v is not a translation.
func (l Locale) TranslationTitle(v Value) string {
	if !v.IsTranslation() {
		return ""
	}
	ext, _ := v.Tag.Extension('t')
	from := strings.TrimPrefix(ext.String(), "t-")
	return l.Message("translation.title", l.LanguageName(from).S)
}

// TranslationLegend returns the sentence that explains TranslationMark, for a legend.
func (l Locale) TranslationLegend() string {
	return l.Message("translation.legend", TranslationMark)
}
