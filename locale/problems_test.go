package locale

import (
	"testing"

	"golang.org/x/text/language"
)

func TestViolationCounts(t *testing.T) {
	tests := []struct {
		tag  string
		n    int
		want string
	}{
		{"en", 1, "1 violation"},
		{"en", 2, "2 violations"},
		{"ru", 1, "1 нарушение"},
		{"ru", 3, "3 нарушения"},
		{"ru", 5, "5 нарушений"},
		{"ru", 21, "21 нарушение"},
		{"uk", 11, "11 порушень"},
		{"ro", 20, "20 de încălcări"},
		{"ro", 2, "2 încălcări"},
		{"ja", 4, "4 件の違反"},
		{"es-PE", 2, "2 infracciones"},
	}
	for _, tt := range tests {
		if got := New(language.MustParse(tt.tag)).Count(tt.n, Violations); got != tt.want {
			t.Errorf("%s: Count(%d, Violations) = %q, want %q", tt.tag, tt.n, got, tt.want)
		}
	}
}

func TestProblemTitles(t *testing.T) {
	kinds := []string{"invalid", "malformed", "too-large", "unsupported-media-type", "not-found", "method-not-allowed", "unavailable", "internal"}
	for _, tag := range UILanguages() {
		l := New(tag)
		seen := map[string]bool{}
		for _, k := range kinds {
			title := l.Message("problem." + k)
			if title == "" || title == "problem."+k || seen[title] {
				t.Errorf("%v: problem %s has title %q", tag, k, title)
			}
			seen[title] = true
		}
	}
	if got := New(language.Russian).Message("problem.invalid"); got != "Недопустимые данные" {
		t.Errorf("ru invalid title = %q", got)
	}
}

func TestViolationMessage(t *testing.T) {
	l := New(language.English)
	if _, ok := l.Violation("no-such-keyword", nil); ok {
		t.Error("a message for an unknown keyword")
	}
}
