package locale

import (
	"fmt"
	"strings"

	"github.com/regiodialogue/regiodialogue"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Code is a value of one of the dataset's code types (regiodialogue.InstrumentKind, Group,
// PartnerKind, Side, NoteKind, Theme, ActivityKind, Framework, Region, SourceKind,
// PairLevel): each
// has a Valid method.
type Code interface {
	Valid() bool
}

// Label returns code's label in l's UI language: l.Label(regiodialogue.Innovation) is
// "Innovación" for es, "Инновации" for ru. A Region is named from the CLDR tables by its
// UN M.49 code (RegionSouthAmerica is "América del Sur" for es, "Южная Америка" for ru).
// A code outside its list, or of a type the package does not know, is returned as it is
// written in the dataset.
func (l Locale) Label(code Code) string {
	kind, s := codeKind(code)
	return l.CodeLabel(kind, s)
}

// codeKind returns the label namespace of code and its text.
func codeKind(code Code) (kind, s string) {
	switch c := code.(type) {
	case regiodialogue.InstrumentKind:
		return "instrument", string(c)
	case regiodialogue.Group:
		return "group", string(c)
	case regiodialogue.PartnerKind:
		return "partnerkind", string(c)
	case regiodialogue.Side:
		return "side", string(c)
	case regiodialogue.NoteKind:
		return "note", string(c)
	case regiodialogue.Theme:
		return "theme", string(c)
	case regiodialogue.ActivityKind:
		return "activity", string(c)
	case regiodialogue.Framework:
		return "framework", string(c)
	case regiodialogue.Region:
		return "region", string(c)
	case regiodialogue.SourceKind:
		return "source", string(c)
	case regiodialogue.PairLevel:
		return "pairlevel", string(c)
	}
	return "", fmt.Sprint(code)
}

// CodeLabel returns the label of a code given as text, by code type: kind is one of
// "instrument", "group", "partnerkind", "side", "note", "theme", "activity", "framework",
// "region" (a partner's world region: "latin-america", "south-america", "central-america",
// "eastern-asia", "southern-asia", "eastern-europe", "western-asia", named from the CLDR
// tables by their UN M.49 codes), "source" (a source's kind: "official",
// "partner-government", "programme", "news", "academic", "mirror", "other") and
// "pairlevel" (a pairing's level: "city", "region"). An unknown
// kind or code is returned as is.
func (l Locale) CodeLabel(kind, code string) string {
	if kind == "region" {
		if r := regiodialogue.Region(code); r.Valid() {
			if n := display.Regions(l.UI()); n != nil {
				if s := n.Name(language.MustParseRegion(r.M49())); s != "" {
					return s
				}
			}
		}
		return code
	}
	key := kind + "/" + code
	if !hasKey(key) {
		return code
	}
	return l.Message(key)
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
