package rules

import (
	"slices"
	"strings"
	"testing"

	"github.com/regiodialogue/regiodialogue/internal/date"
)

func TestTagSyntax(t *testing.T) {
	for s, want := range map[string]bool{
		"en": true, "es": true, "zh-Hans": true, "es-419": true, "pt-BR": true, "es-t-en": true,
		"zh-Hans-t-en": true, "es-PE-t-en": true, "ja-t-en-latn-us": true, "fil": true,
		"": false, "e": false, "english": false, "EN": false, "zh-hans": false, "pt-br": false,
		"es-t": false, "es-t-": false, "es-x-ours": false, "es--PE": false, "es-PE-": false, "en-US-t-EN": false,
	} {
		if got := TagSyntax(s); got != want {
			t.Errorf("TagSyntax(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestTag(t *testing.T) {
	if info := Tag("es-t-en"); info.Msg != "" || info.Plain != "es" {
		t.Errorf("Tag(es-t-en) = %+v", info)
	}
	for _, bad := range []string{"iw", "qq", "EN", "zh-hans"} {
		if info := Tag(bad); info.Msg == "" {
			t.Errorf("Tag(%q) accepted", bad)
		}
	}
	if k, msg := TextKeys([]string{"en", "es", "es-t-en"}); k != "es-t-en" || msg == "" {
		t.Errorf("TextKeys with es and es-t-en = %q, %q", k, msg)
	}
	if k, msg := TextKeys([]string{"en", "zh-Hans", "zh-Hant"}); msg != "" {
		t.Errorf("TextKeys with two scripts = %q, %q", k, msg)
	}
}

func TestStringRules(t *testing.T) {
	checks := []struct {
		name string
		fn   func(string) string
		good []string
		bad  []string
	}{
		{"AgreementID", AgreementID, []string{"pe", "sica"}, []string{"p", "PE", "sicaa", "p1"}},
		{"ActivityID", ActivityID, []string{"pe-2013", "a", "pe-2012-11-cusco"}, []string{"", "-a", "a-", "a--b", "A-b", "a_b"}},
		{"PartnerCode", PartnerCode, []string{"PE", "SICA"}, []string{"pe", "PER", "Sica"}},
		{"URL", URL, []string{"https://ec.europa.eu/x?y#z", "http://a"}, []string{"ftp://a", "https://", "https:///a", "https://a b", "/a"}},
		{"MediaType", MediaType, []string{"application/pdf", "application/vnd.ms-excel"}, []string{"PDF", "application/", "/pdf", "application/PDF"}},
	}
	for _, c := range checks {
		for _, s := range c.good {
			if msg := c.fn(s); msg != "" {
				t.Errorf("%s(%q) = %q, want ok", c.name, s, msg)
			}
		}
		for _, s := range c.bad {
			if c.fn(s) == "" {
				t.Errorf("%s(%q) accepted", c.name, s)
			}
		}
	}
}

func TestCheckAgreement(t *testing.T) {
	d := func(s string) date.D { v, _ := date.Parse(s); return v }
	vs := CheckAgreement("pe", []Activity{
		{ID: "pe-a", Start: d("2013-05-02"), End: d("2013-05-01")},
		{Index: 1, ID: "pe-a", Start: d("2013")},
		{Index: 2, ID: "cl-b", Start: d("2013"), End: d("2013-12")},
	})
	want := []Violation{
		{Pointer: "/activities/0/end", Rule: DateOrder},
		{Pointer: "/activities/1/id", Rule: DuplicateID},
		{Pointer: "/activities/2/id", Rule: IDPrefix},
	}
	if len(vs) != len(want) {
		t.Fatalf("got %d violations: %v", len(vs), vs)
	}
	for i := range want {
		if vs[i].Pointer != want[i].Pointer || vs[i].Rule != want[i].Rule || vs[i].Message == "" {
			t.Errorf("violation %d = %+v, want %+v", i, vs[i], want[i])
		}
	}
}

func TestCheckAgreementSkipsFaultyID(t *testing.T) {
	acts := []Activity{{ID: "bb-2013-x", Partners: []string{"bb"}}}
	for _, id := range []string{"", "aa\n", "AA", "a"} {
		for _, v := range CheckAgreement(id, acts) {
			if v.Rule == PartnerOf {
				t.Errorf("CheckAgreement(%q): %v; a faulty id skips the rules that need it", id, v)
			}
		}
	}
	if vs := CheckAgreement("aa", acts); len(vs) != 1 || vs[0].Rule != PartnerOf {
		t.Errorf("CheckAgreement(\"aa\") = %v, want one partnerOf", vs)
	}
}

// TestTextLanguages checks the two rules on a Text's keys, in every order of the keys: the
// faulty keys must not depend on it.
func TestTextLanguages(t *testing.T) {
	for _, c := range []struct {
		keys []string
		bad  []string // the keys at fault, sorted
	}{
		{[]string{"en", "es"}, nil},
		{[]string{"en", "es-t-en"}, nil},
		{[]string{"en", "es-ES", "es-MX", "es-419"}, nil},            // originals in several regions
		{[]string{"en", "zh-Hans", "zh-Hant-t-en"}, nil},             // another script, another language
		{[]string{"en", "pt-BR", "es-t-en"}, nil},                    // another language
		{[]string{"en", "es-ES", "es-t-en"}, []string{"es-t-en"}},    // a regional original beside a translation
		{[]string{"en", "es-419", "es-t-en"}, []string{"es-t-en"}},   // a numeric region
		{[]string{"en", "es", "es-ES-t-en"}, []string{"es-ES-t-en"}}, // a regional translation beside the original
		{[]string{"en", "zh-Hans-CN", "zh-Hans-t-en"}, []string{"zh-Hans-t-en"}},
		{[]string{"en", "es-ES", "es-t-en", "es-MX-t-en"}, []string{"es-MX-t-en", "es-t-en"}},                 // each once
		{[]string{"en", "es-ES", "es-MX", "es-t-en"}, []string{"es-t-en"}},                                    // once, not per original
		{[]string{"en", "de-t-en", "fr-t-en", "it-t-en", "pt-t-en", "es-t-en", "es-ES"}, []string{"es-t-en"}}, // past the in-place pairs
	} {
		for _, keys := range permutations(c.keys) {
			var l TextLanguages
			var bad []string
			for _, k := range keys {
				info := Tag(k)
				if info.Msg != "" {
					t.Fatalf("%s: %s", k, info.Msg)
				}
				for _, f := range l.Add(k, info) {
					if !strings.Contains(f.Msg, "beside an original") {
						t.Errorf("%v: %s: message %q", keys, f.Key, f.Msg)
					}
					bad = append(bad, f.Key)
				}
			}
			slices.Sort(bad)
			if !slices.Equal(bad, c.bad) {
				t.Errorf("%v: faults at %v, want %v", keys, bad, c.bad)
			}
		}
	}
	// The first rule still holds, and TextKeys reports either.
	if k, msg := TextKeys([]string{"en", "es-ES", "es-t-en"}); k != "es-t-en" || msg == "" {
		t.Errorf("TextKeys with es-ES and es-t-en = %q, %q", k, msg)
	}
	if k, msg := TextKeys([]string{"en", "es-ES", "es-MX"}); msg != "" {
		t.Errorf("TextKeys with two regional originals = %q, %q", k, msg)
	}
}

func permutations(s []string) [][]string {
	if len(s) <= 1 {
		return [][]string{slices.Clone(s)}
	}
	var out [][]string
	for i := range s {
		rest := append(slices.Clone(s[:i]), s[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]string{s[i]}, p...))
		}
	}
	return out
}
