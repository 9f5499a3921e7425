package locale

import (
	"maps"
	"regexp"
	"slices"
	"strings"
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

// placeholder matches a parameter in a violation message: {name} or {=name}.
var placeholder = regexp.MustCompile(`\{=?([A-Za-z]+)\}`)

// placeholders returns the parameter names of a violation message, sorted.
func placeholders(msg string) []string {
	var names []string
	for _, m := range placeholder.FindAllStringSubmatch(msg, -1) {
		names = append(names, m[1])
	}
	slices.Sort(names)
	return names
}

// sampleParams has a value for every parameter a violation message names.
var sampleParams = map[string]any{
	"expected": "object", "actual": "string", "property": "kind", "suggestion": "Kind",
	"value": "br-x", "allowed": []string{"city", "region"}, "codePoint": "U+00A0",
	"position": 7, "length": 301, "limit": 300, "index": 3, "first": 1,
	"canonical": "sr-Latn", "language": "es", "byte": "0x00", "offset": 42,
	"size": 1048577, "count": 12, "end": "2013-05", "start": "2014", "prefix": "br-",
	"other": "/activities/3", "agreement": "br", "partner": "cn", "through": "br-b",
}

// selecting returns the keyword and the parameters that make Violation choose the
// message key (keyword or keyword.variant): every sample parameter except those that
// choose a variant, then the variant's own.
func selecting(key string) (keyword string, params map[string]any) {
	params = maps.Clone(sampleParams)
	for _, p := range optionalParams {
		delete(params, p)
	}
	keyword, variant, _ := strings.Cut(key, ".")
	switch {
	case variant == "":
	case slices.Contains(optionalParams, variant):
		params[variant] = sampleParams[variant]
	case keyword == "not" && variant != "source" && variant != "activity",
		keyword == "languageTag":
		params["reason"] = variant
	default:
		params["format"] = variant
	}
	return keyword, params
}

// TestViolationMessages renders every violation message of every language through
// Violation, with every parameter given, and holds each language's messages to English's
// parameters.
func TestViolationMessages(t *testing.T) {
	en := violationMessages()["en"]
	if len(en) == 0 {
		t.Fatal("no English violation messages")
	}
	for _, tag := range UILanguages() {
		l := New(tag)
		for key, enMsg := range en {
			tmpl := l.Message("violation." + key)
			if tmpl == "violation."+key {
				t.Errorf("%v: no message %q", tag, key)
				continue
			}
			if tag != language.English && tmpl == enMsg && placeholder.ReplaceAllString(enMsg, "") != "" {
				t.Errorf("%v: %q is the English message", tag, key)
			}
			if got, want := placeholders(tmpl), placeholders(enMsg); !slices.Equal(got, want) {
				t.Errorf("%v: %q has parameters %v, English has %v", tag, key, got, want)
			}
			for _, name := range placeholders(tmpl) {
				if _, ok := sampleParams[name]; !ok {
					t.Errorf("%v: %q names %s, which the sample parameters lack", tag, key, name)
				}
			}
			keyword, params := selecting(key)
			msg, ok := l.Violation(keyword, params)
			switch {
			case !ok:
				t.Errorf("%v: Violation(%s, %v) failed", tag, keyword, params)
			case strings.ContainsAny(msg, "{}%"):
				t.Errorf("%v: %q renders as %q", tag, key, msg)
			case strings.TrimSpace(msg) == "":
				t.Errorf("%v: %q renders empty", tag, key)
			}
			if want, _ := l.fill(tmpl, params); msg != want {
				t.Errorf("%v: Violation(%s, …) = %q, want the message of %q, %q", tag, keyword, msg, key, want)
			}
		}
	}
}

func TestViolationRendered(t *testing.T) {
	for _, tc := range []struct {
		tag, keyword string
		params       map[string]any
		want         string
	}{
		{"ru", "required", map[string]any{"property": "kind"}, `отсутствует обязательное поле "kind"`},
		{"en", "required", map[string]any{"property": "kind"}, `missing required field "kind"`},
		{"ru", "maxLength", map[string]any{"format": "url", "length": 301, "limit": 300},
			"число символов: 301, допустимо не более 300"},
		{"fr", "not", map[string]any{"format": "nonEmptyString", "reason": "control", "codePoint": "U+0007", "position": 4},
			"caractère de contrôle (U+0007) à la position 4"},
		{"de", "pattern", map[string]any{"format": "month", "value": "2013-13"}, "kein Monat: YYYY-MM"},
		{"de", "pattern", map[string]any{"format": "someNewFormat", "value": "x"}, "nicht in der geforderten Form"},
		{"zh", "enum", map[string]any{"format": "pairLevel", "value": "town", "allowed": []string{"city", "region"}},
			`"town" 不在允许的值之列："city"、"region"`},
		{"es", "additionalProperties", map[string]any{"property": "Kind", "suggestion": "kind"},
			`campo desconocido "Kind" (¿quiso decir "kind"?)`},
		{"uk", "dateOrder", map[string]any{"start": "2014-05", "end": "2013?"},
			"дата завершення 2013? раніша за дату початку 2014-05"},
		{"ja", "maxFaults", map[string]any{"count": 5, "limit": 100}, "一覧にない違反：5 件（一覧は 100 件まで）"},
	} {
		got, ok := New(language.MustParse(tc.tag)).Violation(tc.keyword, tc.params)
		if !ok || got != tc.want {
			t.Errorf("%s Violation(%s, %v) = %q, %v; want %q", tc.tag, tc.keyword, tc.params, got, ok, tc.want)
		}
	}
}

// TestViolationFallback: a message whose parameters are missing is not written, so that
// the violation's own English message stands.
func TestViolationFallback(t *testing.T) {
	for _, tag := range UILanguages() {
		l := New(tag)
		for _, tc := range []struct {
			keyword string
			params  map[string]any
		}{
			{"required", nil},
			{"maxLength", map[string]any{"length": 301}},
			{"languageTag", map[string]any{"value": "sr-latn", "reason": "notCanonical"}},
			{"not", map[string]any{"format": "url", "reason": "space", "codePoint": "U+0020"}},
			{"duplicateKey", map[string]any{"property": "id"}},
		} {
			if got, ok := l.Violation(tc.keyword, tc.params); ok || got != "" {
				t.Errorf("%v: Violation(%s, %v) = %q, %v; want \"\", false", tag, tc.keyword, tc.params, got, ok)
			}
		}
	}
}
