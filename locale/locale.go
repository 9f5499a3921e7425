// Package locale presents the regiodialogue dataset in a reader's language: the words of
// its fields and codes, dates at their precision, counts with the language's plural rules,
// partner, country and language names, and whether a text shown is an official wording or
// the compilers' own translation.
//
// A Locale is built from a BCP 47 tag (New) or an HTTP Accept-Language header
// (FromAcceptLanguage). It keeps two languages apart:
//
//   - the language asked for, in which dataset texts are chosen (regiodialogue.Text.Match)
//     and country and language names are taken from the CLDR tables of
//     golang.org/x/text/language/display, for any tag those tables cover;
//   - the UI language, the best of UILanguages for it, in which the package's own messages
//     (field names, code labels, dates, counts) are written. A language the catalog lacks
//     gets English: like regiodialogue.Text.Match, only a match of High or Exact
//     confidence is taken, so zh-Hant does not get simplified Chinese.
//
// The code labels are the root package's (regiodialogue.Theme.Label and the like), declared
// once in the module's code-list table, codes.json: l.Label(code) is code.Label(l.UI()) for
// every code and UI language, and the catalog's "theme/innovation" messages are the same
// words.
//
// The messages live in one golang.org/x/text/message catalog, built in code with
// catalog.Builder on first use; counts use plural.Selectf, so Russian and Ukrainian get
// their three forms. Importing the package costs, at program start, the initialisation of
// the display tables (about 200 KB in 3,000 allocations, under a millisecond; see
// docs/LANGUAGES.md); the catalog waits for the first New. The root package regiodialogue
// imports neither this package nor the display tables.
package locale

import (
	"slices"
	"sync"

	"github.com/regiodialogue/regiodialogue"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// uiTags are the catalog's languages. English is first: it is the fallback.
var uiTags = []language.Tag{
	language.English,
	language.Spanish,
	language.Portuguese,
	language.French,
	language.German,
	language.SimplifiedChinese,
	language.Japanese,
	language.Russian,
	language.Ukrainian,
	language.Romanian,
	language.MustParse("ka"),
	language.Hindi,
}

var (
	uiOnce    sync.Once
	uiMatcher language.Matcher
)

func matcher() language.Matcher {
	uiOnce.Do(func() { uiMatcher = language.NewMatcher(uiTags) })
	return uiMatcher
}

// UILanguages returns the languages the catalog has messages in: English, Spanish,
// Portuguese, French, German, and the partners' languages Chinese (zh-Hans), Japanese,
// Russian, Ukrainian, Romanian, Georgian and Hindi.
func UILanguages() []language.Tag { return slices.Clone(uiTags) }

// Locale is a reader's language preference resolved for presenting the dataset. The zero
// Locale is not usable; build one with New or FromAcceptLanguage. A Locale is safe for
// concurrent use.
type Locale struct {
	prefs []language.Tag // as asked, most preferred first; never empty
	ui    int            // index in uiTags
	p     *message.Printer
}

// New returns the Locale for tag: dataset texts and CLDR names in tag's language, messages
// in the best of UILanguages for it, English when none matches with High confidence.
func New(tag language.Tag) Locale { return newLocale([]language.Tag{tag}) }

// FromAcceptLanguage returns the Locale for the languages of an HTTP Accept-Language header
// ("ru-RU, ru;q=0.9, en;q=0.5"), in order of preference. A header that is empty or does not
// parse gives the English Locale: a reader's bad header is no reason to fail a request.
func FromAcceptLanguage(header string) Locale {
	tags, _, err := language.ParseAcceptLanguage(header)
	if err != nil || len(tags) == 0 {
		return New(language.English)
	}
	return newLocale(tags)
}

func newLocale(prefs []language.Tag) Locale {
	_, i, conf := matcher().Match(prefs...)
	if conf < language.High {
		i = 0
	}
	return Locale{prefs: prefs, ui: i, p: message.NewPrinter(uiTags[i], message.Catalog(builder()))}
}

// Tag returns the language asked for: the tag given to New, or the most preferred language
// of the Accept-Language header.
func (l Locale) Tag() language.Tag { return l.prefs[0] }

// UI returns the language of l's messages: one of UILanguages.
func (l Locale) UI() language.Tag { return uiTags[l.ui] }

// Message returns the catalog's message for key in l's UI language, formatted with args
// as fmt.Sprintf would. The keys are those Keys lists; an unknown key is returned as is,
// so that a missing message shows in the output rather than as a panic.
func (l Locale) Message(key string, args ...any) string {
	return l.p.Sprintf(key, args...)
}

// Keys returns the keys of every message in the catalog, sorted: field names ("field.…"),
// code labels ("theme/innovation"), date words, counts ("count.…"), the translation mark's
// words and the example programs' headings ("report.…", "timeline.…").
func Keys() []string {
	en := tables()[0]
	keys := make([]string, 0, len(en.msgs)+len(en.plurals))
	for k := range en.msgs {
		keys = append(keys, k)
	}
	for k := range en.plurals {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Value is a string chosen for a Locale and the BCP 47 tag of the language it is in. For a
// dataset text, Tag is the tag of the entry chosen, so that a compilers' translation keeps
// its transformed-content extension ("es-t-en"); for a CLDR name, it is the language asked
// for.
type Value struct {
	S   string
	Tag language.Tag
}

// String returns v.S.
func (v Value) String() string { return v.S }

// IsTranslation reports whether v is one of the dataset compilers' own translations rather
// than an official wording (see regiodialogue.IsTranslation).
func (v Value) IsTranslation() bool { return regiodialogue.IsTranslation(v.Tag) }

// Foreign reports whether v must carry its own language tag on a page in l's UI language:
// it is written in another language, or it is a compilers' translation. An empty Value
// is never foreign.
func (l Locale) Foreign(v Value) bool {
	if v.S == "" {
		return false
	}
	return v.IsTranslation() || !sameLanguage(v.Tag, l.UI())
}

// sameLanguage reports whether a and b are written in the same language and script,
// ignoring regions and extensions: es and es-PE are, zh-Hans and zh-Hant are not.
func sameLanguage(a, b language.Tag) bool {
	ba, _ := a.Base()
	bb, _ := b.Base()
	sa, _ := a.Script()
	sb, _ := b.Script()
	return ba == bb && sa == sb
}

// Text returns t's entry that best matches l's preferences, then l's UI language, and its
// tag; English when none matches well (see regiodialogue.Text.Match).
func (l Locale) Text(t regiodialogue.Text) Value {
	s, tag := t.Match(append(slices.Clip(l.prefs), l.UI())...)
	return Value{S: s, Tag: tag}
}
