package rules

import (
	"strconv"
	"testing"

	"github.com/regiodialogue/regiodialogue/internal/date"
	"golang.org/x/text/language"
)

func TestSet(t *testing.T) {
	var s Set
	for i := range 100 {
		if !s.Add(strconv.Itoa(i)) {
			t.Fatalf("Add(%d) the first time = false", i)
		}
	}
	// Repeats are found both among the items kept in the array and those in the map.
	for _, i := range []int{0, 7, 8, 99} {
		if s.Add(strconv.Itoa(i)) {
			t.Errorf("Add(%d) the second time = true", i)
		}
	}
}

// TestTextKeysManyLanguages checks that a repeated language is found past the first few
// keys, where TextKeys has moved from its array to a map.
func TestTextKeysManyLanguages(t *testing.T) {
	keys := []string{"ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pt", "ru", "zh", "pt-t-en"}
	if k, msg := TextKeys(keys); k != "pt-t-en" || msg == "" {
		t.Errorf("TextKeys = %q, %q; want the repeat of pt found", k, msg)
	}
	if k, msg := TextKeys(keys[:12]); msg != "" {
		t.Errorf("TextKeys of distinct languages = %q, %q", k, msg)
	}
}

// TestCheckAgreementWithoutID checks that an activity without an id (not an object, or no
// string id: the schema's to report) gets no id rule, but still the date rule.
func TestCheckAgreementWithoutID(t *testing.T) {
	start, _ := date.Parse("2014")
	end, _ := date.Parse("2013")
	vs := CheckAgreement("aa", []Activity{{}, {Index: 1}, {Index: 2, Start: start, End: end}})
	if len(vs) != 1 || vs[0].Rule != DateOrder || vs[0].Pointer != "/activities/2/end" {
		t.Errorf("CheckAgreement = %+v, want one dateOrder at /activities/2/end", vs)
	}
}

// TestPlainIsPrefix checks that the plain form Tag gives (the part before "-t-") is what
// golang.org/x/text composes from the tag's language, script and region, over every
// two-letter language with scripts, regions and a source language.
func TestPlainIsPrefix(t *testing.T) {
	n := 0
	for a := 'a'; a <= 'z'; a++ {
		for b := 'a'; b <= 'z'; b++ {
			l := string([]rune{a, b})
			for _, rest := range []string{"", "-Latn", "-Cyrl-RS", "-BR", "-419", "-Hans-CN", "-DE"} {
				for _, src := range []string{"", "-t-en", "-t-zh-hant", "-t-es-419"} {
					s := l + rest + src
					info := Tag(s)
					if info.Msg != "" {
						continue
					}
					n++
					base, script, region := info.Tag.Raw()
					want := info.Tag
					if c, err := language.Compose(base, script, region); err == nil {
						want = c
					}
					if info.Plain != want.String() {
						t.Errorf("Tag(%q).Plain = %q, want %q", s, info.Plain, want)
					}
				}
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d acceptable tags tried", n)
	}
}
