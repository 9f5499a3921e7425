// Package render holds what the example programs share: opening a dataset, parsing a
// -lang flag, choosing a message catalogue, localizing partner and language names with
// golang.org/x/text/language/display, and writing dates at their precision.
//
// It is internal to the module: the example programs are its only users, and the display
// tables stay out of the root package.
package render

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/regiodialogue/regiodialogue"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// UILanguages are the languages of the programs' own messages, in catalogue field order.
var UILanguages = []language.Tag{language.English, language.Spanish, language.Portuguese, language.French}

var uiMatcher = language.NewMatcher(UILanguages)

// Open returns the embedded dataset when dir is empty, else the dataset in directory dir.
func Open(dir string) (*regiodialogue.Dataset, error) {
	if dir == "" {
		return regiodialogue.Default(), nil
	}
	st, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("%s is not a directory", dir)
	}
	return regiodialogue.Load(os.DirFS(dir))
}

// ParseLang parses a BCP 47 tag given on the command line.
func ParseLang(s string) (language.Tag, error) {
	if strings.TrimSpace(s) == "" {
		return language.Und, errors.New("empty language tag")
	}
	tag, err := language.Parse(s)
	if err != nil {
		return language.Und, fmt.Errorf("malformed language tag %q: %v", s, err)
	}
	return tag, nil
}

// Locale is a user's language preference resolved for the programs: the tag asked for,
// which dataset texts are matched against, and the best of UILanguages for it, which the
// programs' messages, code labels and display names are written in.
type Locale struct {
	Want language.Tag // as given by the user
	UI   language.Tag // one of UILanguages
	ui   int          // index of UI in UILanguages
}

// NewLocale resolves want; a tag that matches none of UILanguages well gets English.
func NewLocale(want language.Tag) Locale {
	_, i, conf := uiMatcher.Match(want)
	if conf < language.High {
		i = 0
	}
	return Locale{Want: want, UI: UILanguages[i], ui: i}
}

// Catalog maps message keys to their text in each of UILanguages, in that order.
type Catalog map[string][4]string

// Msg returns the message for key in l's UI language; an unknown key is returned as is, so
// that a missing message shows up in the output rather than as a panic.
func (l Locale) Msg(c Catalog, key string) string {
	m, ok := c[key]
	if !ok {
		return key
	}
	if s := m[l.ui]; s != "" {
		return s
	}
	return m[0]
}

// Text returns t's entry that best matches the user's preference, and its tag.
func (l Locale) Text(t regiodialogue.Text) (string, language.Tag) {
	return t.Match(l.Want, l.UI)
}

// SameLanguage reports whether a and b are written in the same language (their base
// languages are equal), ignoring regions, scripts and extensions.
func SameLanguage(a, b language.Tag) bool {
	ba, _ := a.Base()
	bb, _ := b.Base()
	return ba == bb
}

// PartnerName returns the partner's name for l and the tag of the language it is in. A
// name the dataset gives in the language asked for or in l's UI language wins; otherwise a
// country gets its name from the CLDR tables (display.Regions); otherwise the dataset's
// best match (English).
func (l Locale) PartnerName(p regiodialogue.Partner) (string, language.Tag) {
	s, tag := l.Text(p.Name)
	if SameLanguage(tag, l.Want) || SameLanguage(tag, l.UI) || p.Kind != regiodialogue.Country {
		return s, tag
	}
	if n := l.CountryName(p.Code); n != "" {
		return n, l.UI
	}
	return s, tag
}

// CountryName returns the name of the country with ISO 3166-1 code in l's UI language, or ""
// when the code names no country.
func (l Locale) CountryName(code string) string {
	r, err := language.ParseRegion(code)
	if err != nil || !r.IsCountry() {
		return ""
	}
	namer := display.Regions(l.UI)
	if namer == nil {
		return ""
	}
	return namer.Name(r)
}

// LanguageName returns the name of the language tagged code in l's UI language
// (display.Tags), or code itself when it is malformed or has no name.
func (l Locale) LanguageName(code string) string {
	tag, err := language.Parse(code)
	if err != nil {
		return code
	}
	namer := display.Tags(l.UI)
	if namer == nil {
		return code
	}
	if n := namer.Name(tag); n != "" {
		return n
	}
	return code
}

var dateWords = Catalog{
	"year":     {"year", "año", "ano", "année"},
	"month":    {"month", "mes", "mês", "mois"},
	"inferred": {"inferred", "inferida", "inferida", "déduite"},
}

// Date writes d without its '?' mark, followed in parentheses by its precision when that is
// coarser than a day (if withPrecision) and by "inferred" when it is uncertain, in l's UI
// language: "2013-05 (month)", "2010-07-15 (inferred)", "2021 (year, inferred)". The zero
// Date gives "".
func (l Locale) Date(d regiodialogue.Date, withPrecision bool) string {
	if d.IsZero() {
		return ""
	}
	s := strings.TrimSuffix(d.String(), "?")
	var words []string
	if withPrecision && d.Precision() < regiodialogue.Day {
		words = append(words, l.Msg(dateWords, d.Precision().String()))
	}
	if d.Uncertain() {
		words = append(words, l.Msg(dateWords, "inferred"))
	}
	if len(words) > 0 {
		s += " (" + strings.Join(words, ", ") + ")"
	}
	return s
}

// Range writes an activity's dates: its start, and " – " and its end when it has one.
func (l Locale) Range(start, end regiodialogue.Date) string {
	s := l.Date(start, false)
	if !end.IsZero() {
		s += " – " + l.Date(end, false)
	}
	return s
}
