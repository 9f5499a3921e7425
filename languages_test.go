package regiodialogue

import (
	"encoding/json"
	"net/url"

	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// partnerText is one text a partner's reader sees, with the sources of the record it
// belongs to.
type partnerText struct {
	where   string
	text    Text
	sources []Source
}

// partnerTexts lists the texts of agreement a that must exist in the partner's languages:
// the partner's name, the dialogue, the summary; each instrument's title, place, parties'
// institutions and signatories' roles; each activity's title, summary and places.
func partnerTexts(a Agreement) []partnerText {
	var out []partnerText
	all := append([]Source(nil), a.Sources...)
	for _, in := range a.Instruments {
		all = append(all, in.Sources...)
	}
	add := func(where string, t Text, srcs []Source) {
		if t != nil {
			out = append(out, partnerText{where, t, srcs})
		}
	}
	add(a.ID+" partner name", a.Partner.Name, all)
	add(a.ID+" dialogue", a.Dialogue, all)
	add(a.ID+" summary", a.Summary, all)
	for i, in := range a.Instruments {
		srcs := append(append([]Source(nil), in.Sources...), a.Sources...)
		w := fmt.Sprintf("%s instrument %d", a.ID, i)
		add(w+" title", in.Title, srcs)
		if in.Place != nil {
			add(w+" place", in.Place.Name, srcs)
		}
		for j, p := range in.Parties {
			add(fmt.Sprintf("%s party %d institution", w, j), p.Institution, srcs)
			if p.Signatory != nil {
				add(fmt.Sprintf("%s party %d role", w, j), p.Signatory.Role, srcs)
			}
		}
	}
	for _, act := range a.Activities {
		add(act.ID+" title", act.Title, act.Sources)
		add(act.ID+" summary", act.Summary, act.Sources)
		for j, p := range act.Places {
			add(fmt.Sprintf("%s place %d", act.ID, j), p.Name, act.Sources)
		}
	}
	return out
}

// TestDatasetPartnerLanguages checks that each partner's reader finds the texts in the
// partner's official languages: at least 95% of them per language, and every entry in a
// language other than English is either marked as the compilers' translation (-t-) or backed
// by a source of its record written in that language.
func TestDatasetPartnerLanguages(t *testing.T) {
	ds := Default()
	for a := range ds.Agreements() {
		texts := partnerTexts(a)
		for _, l := range a.Partner.Languages {
			want := l
			if want == language.English {
				continue
			}
			wantBase, _ := want.Base()
			orig, trans := 0, 0
			for _, pt := range texts {
				for tag := range pt.text {
					if b, _ := tag.Base(); b != wantBase {
						continue
					}
					if IsTranslation(tag) {
						trans++
					} else {
						orig++
					}
				}
			}
			cover := float64(orig+trans) / float64(len(texts))
			t.Logf("%-4s %-7s %3d texts: %3d original, %3d translated (%.0f%%)", a.ID, l, len(texts), orig, trans, 100*cover)
			if cover < 0.95 {
				t.Errorf("%s: %.0f%% of %d texts in %s; want at least 95%%", a.ID, 100*cover, len(texts), l)
			}
		}
		for _, pt := range texts {
			for tag := range pt.text {
				if tag == language.English || IsTranslation(tag) {
					continue
				}
				base, _ := tag.Base()
				backed := false
				for _, s := range pt.sources {
					if sb, _ := language.Make(s.Language).Base(); s.Language != "" && sb == base {
						backed = true
					}
				}
				if !backed {
					t.Errorf("%s: the %s entry %q is neither marked as a translation nor backed by a source in %s",
						pt.where, tag, truncate(pt.text[tag], 40), tag)
				}
			}
		}
	}
}

func truncate(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return strings.TrimSpace(s)
}

// contentFarms are hosts that copy news or documents without naming them, or imitate an
// institution's name: never a source (CONTRIBUTING.md).
var contentFarms = []string{"siukjm.asia", "yogviha.cn", "reviewlocator.com", "floridas.news",
	"lincolntrumpet.com", "pscnotes.com", "thersablog.com", "eeas.eu.com"}

// TestDatasetCitations checks the citations: no content farm, no host ending in a dot, a
// source cited once per list and in one form across the dataset (only supports may differ),
// a mirror naming its original.
func TestDatasetCitations(t *testing.T) {
	ds := Default()
	forms := map[string]Source{}
	kinds := map[SourceKind]int{}
	check := func(where string, srcs []Source) {
		seen := map[string]bool{}
		for _, s := range srcs {
			u, err := url.Parse(s.URL)
			if err != nil {
				t.Errorf("%s: %v", where, err)
				continue
			}
			host := u.Hostname()
			if strings.HasSuffix(host, ".") {
				t.Errorf("%s: host %q ends in a dot", where, host)
			}
			for _, farm := range contentFarms {
				if host == farm || strings.HasSuffix(host, "."+farm) {
					t.Errorf("%s: cites the content farm %s", where, host)
				}
			}
			if seen[s.URL] {
				t.Errorf("%s: cites %s twice", where, s.URL)
			}
			seen[s.URL] = true
			if (s.Kind == SourceMirror) != (s.Original != nil) {
				t.Errorf("%s: %s is a %s with original %v", where, s.URL, s.Kind, s.Original)
			}
			c := s
			c.Supports = ""
			if f, ok := forms[s.URL]; ok {
				fj, _ := json.Marshal(f)
				cj, _ := json.Marshal(c)
				if string(fj) != string(cj) {
					t.Errorf("%s: %s is cited in two forms:\n%s\n%s", where, s.URL, fj, cj)
				}
			} else {
				forms[s.URL] = c
				kinds[s.Kind]++
			}
		}
	}
	for a := range ds.Agreements() {
		check(a.ID, a.Sources)
		for i, in := range a.Instruments {
			check(fmt.Sprintf("%s instrument %d", a.ID, i), in.Sources)
		}
		for i, n := range a.Notes {
			check(fmt.Sprintf("%s note %d", a.ID, i), n.Sources)
		}
	}
	for act := range ds.Activities() {
		check(act.ID, act.Sources)
	}
	t.Logf("%d sources by kind: %v", len(forms), kinds)
}

// cldrURL is where the locale data of the Unicode CLDR release that
// golang.org/x/text/language/display is built from lies, for a CLDR locale.
func cldrURL(locale string) string {
	return "https://github.com/unicode-org/cldr/blob/release-" + display.CLDRVersion + "/common/main/" + locale + ".xml"
}

// TestDatasetPartnerNamesCLDR checks the names of the country partners in their
// languages: each is the name CLDR gives (as golang.org/x/text/language/display has it),
// written as an original, not a translation, and the agreement cites that CLDR release's
// locale data in that language as a reference source.
func TestDatasetPartnerNamesCLDR(t *testing.T) {
	n := 0
	for a := range Default().Agreements() {
		if a.Partner.Kind != Country {
			continue
		}
		region := language.MustParseRegion(a.Partner.Code)
		for _, tag := range a.Partner.Languages {
			l := tag.String()
			if tag == language.English {
				continue
			}
			want := display.Regions(tag).Name(region)
			got, ok := a.Partner.Name[tag]
			if !ok || got != want {
				t.Errorf("%s: the %s name is %q (plain tag: %v); CLDR %s says %q", a.ID, l, got, ok, display.CLDRVersion, want)
			}
			base, _ := tag.Base()
			loc := base.String()
			cited := false
			for _, s := range a.Sources {
				cited = cited || (s.URL == cldrURL(loc) && s.Kind == SourceReference && language.Make(s.Language) == tag)
			}
			if !cited {
				t.Errorf("%s: no reference source %s in %s for the name %q", a.ID, cldrURL(loc), l, want)
			}
			n++
		}
	}
	if n < 13 {
		t.Errorf("only %d partner names checked", n)
	}
}
