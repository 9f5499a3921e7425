package schema

import (
	"encoding/json"
	"errors"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/regiodialogue/regiodialogue"
	"github.com/regiodialogue/regiodialogue/internal/rules"
)

// readDefs returns the $defs of defs.schema.json.
func readDefs(t *testing.T) map[string]map[string]any {
	t.Helper()
	data, err := os.ReadFile("defs.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Defs map[string]map[string]any `json:"$defs"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Defs
}

func notPattern(t *testing.T, def map[string]any) *regexp.Regexp {
	t.Helper()
	not, _ := def["not"].(map[string]any)
	p, ok := not["pattern"].(string)
	if !ok {
		t.Fatalf("no not/pattern in %v", def)
	}
	return regexp.MustCompile(p)
}

// TestStringClassesEqualRules holds the character classes of the schemas to the Go rules
// (rules.IsSpace, rules.IsControl) for every code point, as TestEnumsEqualCodeLists holds
// the code lists: a string is refused by $defs/nonEmptyString's "not" exactly when the
// decoder's rules.Line refuses it, and a URL by $defs/url's "not" exactly when it holds a
// character rules.HasSpaceOrControl finds.
func TestStringClassesEqualRules(t *testing.T) {
	defs := readDefs(t)
	line := notPattern(t, defs["nonEmptyString"])
	url := notPattern(t, defs["url"])
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue // not in a Go string; lone surrogates are a Go-only rule
		}
		if r > 0xFFFF && r&0xFFF != 0 && r != unicode.MaxRune {
			continue // the astral planes: their first code points suffice (the classes hold none)
		}
		c := string(r)
		for _, s := range []string{c, c + "a", "a" + c, "a" + c + "b"} {
			if got, want := line.MatchString(s), rules.Line(s) != ""; got != want {
				t.Errorf("nonEmptyString refuses %q: %v; rules.Line: %v", s, got, want)
			}
		}
		if got, want := url.MatchString("a"+c), rules.IsSpace(r) || rules.IsControl(r); got != want {
			t.Errorf("url refuses %U: %v; the Go rule: %v", r, got, want)
		}
	}
}

// TestAnchoredPatternsRefuseFinalNewline checks that every pattern anchored with $ in the
// three schema files has a sibling "not" whose pattern finds a line feed: Python's re lets
// $ match before a final line feed, so the anchor alone does not refuse one there.
func TestAnchoredPatternsRefuseFinalNewline(t *testing.T) {
	n := 0
	for _, name := range []string{"agreement.schema.json", "activity.schema.json", "defs.schema.json"} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var doc any
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		var walk func(v any, where string)
		walk = func(v any, where string) {
			switch v := v.(type) {
			case map[string]any:
				if p, ok := v["pattern"].(string); ok && strings.HasSuffix(p, "$") && !strings.HasSuffix(p, `\$`) {
					n++
					not, _ := v["not"].(map[string]any)
					np, _ := not["pattern"].(string)
					if np == "" || !regexp.MustCompile(np).MatchString("x\n") {
						t.Errorf("%s%s: pattern %q has no sibling not/pattern refusing a line feed", name, where, p)
					}
				}
				for k, x := range v {
					walk(x, where+"/"+k)
				}
			case []any:
				for _, x := range v {
					walk(x, where+"/[]")
				}
			}
		}
		walk(doc, "")
	}
	if n < 7 {
		t.Errorf("found %d anchored patterns; the schemas have at least 7", n)
	}
}

// stringCases are strings that break (or keep) the string rules, for the parity tests.
var stringCases = []string{
	`Title`, `a\u00a0b`, `\u00a0`, `\u0000`, `Title\u2028`, `\u3000Title`, `Title\n`, `\nTitle`, `Title\r`,
	`a\u0085b`, `Title\u0085`, `\ufeffTitle`, `Title\u200b`, `a\u007fb`, `a\u009fb`, `Ti\ttle`, `\u2029`,
	`\ud800`, `Title\udfff`, `\ud83d\ude00`, `Title\u205f`, `\u1680x`, `x\u180e`, `e\u0301`,
}

// stringSeeds puts each of stringCases (JSON string content) into the places of
// testdata/mini/aa.json that hold each kind of string: a Text value, a Text key, a source
// title, a URL, a date, an id, a code and a language tag.
func stringSeeds(t testing.TB) [][]byte {
	data, err := os.ReadFile("../testdata/mini/aa.json")
	if err != nil {
		t.Fatal(err)
	}
	aa := string(data)
	places := []struct{ old, tmpl string }{
		{`"dialogue": {"en": "Avalonia dialogue on regional policy"`, `"dialogue": {"en": "%s"`},
		{`"summary": {"en": "A synthetic agreement for tests."`, `"summary": {"en": "A synthetic agreement%s"`},
		{`"es-t-en": "Diálogo de Avalonia sobre política regional"`, `"es%s": "Diálogo de Avalonia sobre política regional"`},
		{`"title": "Study page"`, `"title": "Study page%s"`},
		{`"supports": "dates"`, `"supports": "%sdates"`},
		{`"url": "https://example.org/aa"`, `"url": "https://example.org/aa%s"`},
		{`"signed": "2013-05"`, `"signed": "2013-05%s"`},
		{`"id": "aa"`, `"id": "aa%s"`},
		{`"code": "AA"`, `"code": "AA%s"`},
		{`"languages": ["es"]`, `"languages": ["es%s"]`},
		{`"name": "A. Person"`, `"name": "%sA. Person"`},
	}
	var out [][]byte
	for _, p := range places {
		if !strings.Contains(aa, p.old) {
			t.Fatalf("aa.json has no %s", p.old)
		}
		for _, c := range stringCases {
			out = append(out, []byte(strings.Replace(aa, p.old, strings.Replace(p.tmpl, "%s", c, 1), 1)))
		}
	}
	return out
}

// TestStringParity checks that the full schema evaluation, the decoder and the accept path
// give one verdict on every string case in every kind of place, and that the Go validators
// refuse what the rules refuse.
func TestStringParity(t *testing.T) {
	seeds := stringSeeds(t)
	accepted := 0
	for _, data := range seeds {
		verr := std.validateFull(data, false)
		_, derr := regiodialogue.DecodeAgreement(data)
		aerr := ValidateAgreement(data)
		if (verr == nil) != (derr == nil) || (aerr == nil) != (derr == nil) {
			t.Errorf("disagreement: validateFull: %v; DecodeAgreement: %v; ValidateAgreement: %v\n%s", verr, derr, aerr, data)
		}
		if verr == nil {
			accepted++
		}
	}
	// Some cases are valid in free text (Title, a\u00a0b, Title\u200b, ...), none in a code.
	if accepted == 0 || accepted == len(seeds) {
		t.Errorf("%d of %d string seeds accepted", accepted, len(seeds))
	}
}

// TestStringViolations checks what ValidateAgreement reports for the string rules.
func TestStringViolations(t *testing.T) {
	data, err := os.ReadFile("../testdata/mini/aa.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ old, new, pointer, keyword, says string }{
		{`"en": "Avalonia dialogue on regional policy"`, `"en": "Avalonia dialogue\n"`, "/dialogue/en", "not", "a line break (U+000A) at character 18"},
		{`"en": "Avalonia dialogue on regional policy"`, `"en": "\u00a0"`, "/dialogue/en", "not", "white space (U+00A0) at its start"},
		{`"en": "Avalonia dialogue on regional policy"`, `"en": "\u3000Avalonia"`, "/dialogue/en", "not", "white space (U+3000) at its start"},
		// One violation per faulty value: the pattern's, which says what the value should be.
		{`"signed": "2013-05"`, `"signed": "2013-05\n"`, "/instruments/0/signed", "pattern", "want YYYY, YYYY-MM or YYYY-MM-DD"},
		{`"id": "aa"`, `"id": "aa\n"`, "/id", "pattern", "is not an agreement id"},
		{`"url": "https://example.org/aa"`, `"url": "https://example.org/a\u00a0a"`, "/instruments/0/sources/0/url", "not", "holds white space or a control character"},
		{`"en": "Avalonia dialogue on regional policy"`, `"en": "Avalonia \ud800"`, "/dialogue/en", "syntax", "surrogate"},
	} {
		bad := strings.Replace(string(data), c.old, c.new, 1)
		err := ValidateAgreement([]byte(bad))
		var se *Error
		if !errors.As(err, &se) {
			t.Fatalf("%s: ValidateAgreement = %v", c.new, err)
		}
		if !slices.ContainsFunc(se.Violations, func(v Violation) bool {
			return v.Pointer == c.pointer && v.Keyword == c.keyword && strings.Contains(v.Message, c.says)
		}) {
			t.Errorf("%s: no %s violation at %s saying %q:\n%v", c.new, c.keyword, c.pointer, c.says, se)
		}
	}
}
