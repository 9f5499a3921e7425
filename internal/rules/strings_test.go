package rules

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestCharacterSets holds IsSpace and IsControl to their definitions in Unicode terms,
// over every code point.
func TestCharacterSets(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if want := unicode.Is(unicode.White_Space, r) || r == 0xFEFF; IsSpace(r) != want {
			t.Errorf("IsSpace(%U) = %v, want %v", r, !want, want)
		}
		if want := unicode.IsControl(r) || r == 0x2028 || r == 0x2029; IsControl(r) != want {
			t.Errorf("IsControl(%U) = %v, want %v", r, !want, want)
		}
	}
}

// TestControlIndex checks the byte scan of Line against IsControl for every code point, at
// the start, in the middle and at the end of a string, and on bytes that are not UTF-8.
func TestControlIndex(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		c := string(r)
		// Short strings take the byte loop; in the longer ones the character falls in the
		// first, second or last eight-byte word, or across two.
		for _, s := range []string{c, "ab" + c, c + "ab", "ab" + c + "cd", c + pad16, "abc" + c + pad16,
			"abcdef" + c + pad16, pad16[:8] + c + pad16, pad16 + "ab" + c, pad16 + c + "abcdefgh"} {
			want := -1
			if IsControl(r) {
				want = strings.Index(s, c)
			}
			if got := controlIndex(s); got != want {
				t.Fatalf("controlIndex(%q) = %d, want %d", s, got, want)
			}
		}
	}
	for _, s := range []string{"\xc2", "a\xe2", "a\xe2\x80", "\xff\xfe", "\xe2\x80\xe2\x80\xa8"} {
		want := -1
		if strings.Contains(s, "\u2028") {
			want = strings.Index(s, "\u2028")
		}
		if got := controlIndex(s); got != want {
			t.Errorf("controlIndex(%q) = %d, want %d", s, got, want)
		}
	}
}

const pad16 = "0123456789abcdef"

func TestLine(t *testing.T) {
	for _, s := range []string{"Title", "a b", "a\u00a0b", "Plan d’action\u202f:", "日本語", "\U0001F600", "e\u0301",
		"\u200b", "a\u3000b", "x\u00ad", "\ufffd", "\U0010FFFF", ""} {
		if msg := Line(s); msg != "" {
			t.Errorf("Line(%q) = %q, want ok", s, msg)
		}
	}
	for s, want := range map[string]string{
		" Title":       "white space (U+0020) at its start",
		"Title ":       "white space (U+0020) at its end",
		"\u00a0":       "white space (U+00A0) at its start",
		"\u3000Title":  "white space (U+3000) at its start",
		"Title\u3000":  "white space (U+3000) at its end",
		"\ufeffTitle":  "white space (U+FEFF) at its start",
		"Title\u205f":  "white space (U+205F) at its end",
		"\u0000":       "a control character (U+0000) at character 1",
		"Ti\ttle":      "a control character (U+0009) at character 3",
		"Title\n":      "a line break (U+000A) at character 6",
		"\nTitle":      "a line break (U+000A) at character 1",
		"Title\r\n":    "a line break (U+000D) at character 6",
		"Title\u2028":  "a line break (U+2028) at character 6",
		"a\u2029b":     "a line break (U+2029) at character 2",
		"é\u0085b":     "a line break (U+0085) at character 2",
		"a\u007fb":     "a control character (U+007F) at character 2",
		"日\u009f本":     "a control character (U+009F) at character 2",
		"Title\u000b":  "a line break (U+000B) at character 6",
		"Title\u001f.": "a control character (U+001F) at character 6",
	} {
		if msg := Line(s); !strings.Contains(msg, want) {
			t.Errorf("Line(%q) = %q, want it to say %q", s, msg, want)
		}
	}
}

func TestURLCharacters(t *testing.T) {
	for _, s := range []string{"https://ä.example/ü", "https://a/\u200b", "https://a/%20"} {
		if msg := URL(s); msg != "" {
			t.Errorf("URL(%q) = %q, want ok", s, msg)
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		for _, s := range []string{"https://a/" + string(r) + "b", "https://example.org/" + string(r) + pad16,
			"https://example.org/abcdef" + string(r) + pad16} {
			if bad := URL(s) != ""; bad != (IsSpace(r) || IsControl(r)) {
				t.Fatalf("URL(%q) bad = %v", s, bad)
			}
		}
	}
}
