package render

import (
	"testing"

	"github.com/regiodialogue/regiodialogue"
	"golang.org/x/text/language"
)

func loc(tag string) Locale { return NewLocale(language.MustParse(tag)) }

func TestNewLocale(t *testing.T) {
	for in, want := range map[string]language.Tag{
		"en": language.English, "es-PE": language.Spanish, "pt-BR": language.Portuguese,
		"fr-CA": language.French, "de": language.English, "zh-Hant": language.English,
	} {
		if got := loc(in).UI; got != want {
			t.Errorf("NewLocale(%s).UI = %v, want %v", in, got, want)
		}
	}
}

func TestParseLang(t *testing.T) {
	for _, bad := range []string{"", " ", "x-", "not a tag", "en_US!"} {
		if _, err := ParseLang(bad); err == nil {
			t.Errorf("ParseLang(%q): no error", bad)
		}
	}
	if tag, err := ParseLang("es-419"); err != nil || tag.String() != "es-419" {
		t.Errorf("ParseLang(es-419) = %v, %v", tag, err)
	}
}

func TestDate(t *testing.T) {
	for _, tc := range []struct {
		lang, date string
		prec       bool
		want       string
	}{
		{"en", "2013-05", true, "2013-05 (month)"},
		{"en", "2013-05", false, "2013-05"},
		{"en", "2010-07-15?", true, "2010-07-15 (inferred)"},
		{"en", "2021?", true, "2021 (year, inferred)"},
		{"es", "2021?", true, "2021 (año, inferida)"},
		{"fr", "2013-05", true, "2013-05 (mois)"},
		{"pt", "2013", true, "2013 (ano)"},
		{"en", "2013-05-15", true, "2013-05-15"},
	} {
		if got := loc(tc.lang).Date(regiodialogue.MustParseDate(tc.date), tc.prec); got != tc.want {
			t.Errorf("%s Date(%s, %v) = %q, want %q", tc.lang, tc.date, tc.prec, got, tc.want)
		}
	}
	if got := loc("en").Date(regiodialogue.Date{}, true); got != "" {
		t.Errorf("zero Date = %q", got)
	}
	if got := loc("en").Range(regiodialogue.MustParseDate("2013"), regiodialogue.MustParseDate("2014-01-28?")); got != "2013 – 2014-01-28 (inferred)" {
		t.Errorf("Range = %q", got)
	}
}

func TestPartnerName(t *testing.T) {
	peru := regiodialogue.Partner{Code: "PE", Kind: regiodialogue.Country,
		Name: regiodialogue.Text{language.English: "Peru", language.Spanish: "Perú"}}
	sica := regiodialogue.Partner{Code: "SICA", Kind: regiodialogue.Organisation,
		Name: regiodialogue.Text{language.English: "Central American Integration System"}}
	fake := regiodialogue.Partner{Code: "AA", Kind: regiodialogue.Country,
		Name: regiodialogue.Text{language.English: "Avalonia"}}
	for _, tc := range []struct {
		p          regiodialogue.Partner
		lang, want string
	}{
		{peru, "en", "Peru"},
		{peru, "es-PE", "Perú"}, // from the dataset
		{peru, "fr", "Pérou"},   // from CLDR
		{peru, "pt", "Peru"},
		{sica, "fr", "Central American Integration System"}, // an organisation: no CLDR name
		{fake, "fr", "Avalonia"},                            // a private-use code
	} {
		if got, _ := loc(tc.lang).PartnerName(tc.p); got != tc.want {
			t.Errorf("%s PartnerName(%s) = %q, want %q", tc.lang, tc.p.Code, got, tc.want)
		}
	}
}

func TestLanguageName(t *testing.T) {
	for _, tc := range []struct{ lang, code, want string }{
		{"en", "es", "Spanish"},
		{"es", "en", "inglés"},
		{"fr", "pt", "portugais"},
		{"pt", "zh-Hans", "chinês simplificado"},
		{"en", "not-a-tag!", "not-a-tag!"},
	} {
		if got := loc(tc.lang).LanguageName(tc.code); got != tc.want {
			t.Errorf("%s LanguageName(%s) = %q, want %q", tc.lang, tc.code, got, tc.want)
		}
	}
}

func TestMsg(t *testing.T) {
	c := Catalog{"k": {"en", "es", "", "fr"}}
	for lang, want := range map[string]string{"en": "en", "es": "es", "pt": "en", "fr": "fr"} {
		if got := loc(lang).Msg(c, "k"); got != want {
			t.Errorf("%s Msg = %q, want %q", lang, got, want)
		}
	}
	if got := loc("en").Msg(c, "missing"); got != "missing" {
		t.Errorf("missing key = %q", got)
	}
}

func TestOpen(t *testing.T) {
	if _, err := Open("../../testdata/mini"); err != nil {
		t.Fatal(err)
	}
	if _, err := Open("render.go"); err == nil {
		t.Error("Open(a file): no error")
	}
	if _, err := Open("no/such/dir"); err == nil {
		t.Error("Open(missing): no error")
	}
}
