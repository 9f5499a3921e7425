package locale

import (
	"github.com/regiodialogue/regiodialogue"
	"github.com/regiodialogue/regiodialogue/internal/rules"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// PartnerName returns the partner's name for l. The dataset's own name wins when it has
// one in a language l asks for that is not a compilers' translation (China's 中国 for zh);
// otherwise a country gets its CLDR name in the language asked (Peru is Perú for es,
// Peru for sw as Swahili writes it); otherwise the dataset's best entry for l: its UI
// language or English.
func (l Locale) PartnerName(p regiodialogue.Partner) Value {
	v := l.Text(p.Name)
	if !v.IsTranslation() && l.asked(v.Tag) {
		return v
	}
	if p.Kind == regiodialogue.Country {
		if c := l.CountryName(p.Code); c.S != "" {
			return c
		}
	}
	return v
}

// asked reports whether tag is in the language of one of l's preferences.
func (l Locale) asked(tag language.Tag) bool {
	for _, p := range l.prefs {
		if sameLanguage(tag, p) {
			return true
		}
	}
	return false
}

// CountryName returns the CLDR name of the country with the ISO 3166-1 alpha-2 code given,
// in the first of l's preferred languages the CLDR tables cover, else in l's UI language.
// It returns the zero Value when code names no country.
func (l Locale) CountryName(code string) Value {
	r, err := language.ParseRegion(code)
	if err != nil || !r.IsCountry() {
		return Value{}
	}
	return l.regionName(r)
}

func (l Locale) regionName(r language.Region) Value {
	for _, tag := range l.namerTags() {
		if n := display.Regions(tag); n != nil {
			if s := n.Name(r); s != "" {
				return Value{S: s, Tag: tag}
			}
		}
	}
	return Value{}
}

// LanguageName returns the CLDR name of the language tagged code ("en", "zh-Hans") in the
// first of l's preferred languages the CLDR tables cover, else in l's UI language; a
// malformed or unnamed code is returned as is, tagged und.
func (l Locale) LanguageName(code string) Value {
	t, err := language.Parse(code)
	if err == nil {
		for _, tag := range l.namerTags() {
			if n := display.Tags(tag); n != nil {
				if s := n.Name(t); s != "" {
					return Value{S: s, Tag: tag}
				}
			}
		}
	}
	return Value{S: code, Tag: language.Und}
}

// namerTags returns the languages to look CLDR names up in: l's preferences without
// extensions, then its UI language.
func (l Locale) namerTags() []language.Tag {
	tags := make([]language.Tag, 0, len(l.prefs)+1)
	for _, p := range l.prefs {
		tags = append(tags, rules.PlainTag(p))
	}
	return append(tags, l.UI())
}
