package rules

import (
	"fmt"
	"strconv"
	"unicode/utf8"
)

// The character rules every string of the format follows, in the schemas'
// $defs/nonEmptyString and here. Every string is one line: no control character anywhere,
// and no white space at either end.

// IsSpace reports whether r is white space for the format's "no white space at either end"
// rule: the Unicode White_Space characters (tab to carriage return, space, U+0085, U+00A0,
// U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) and U+FEFF, the byte order
// mark. The schemas spell it out as the class
// [\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff].
func IsSpace(r rune) bool {
	switch {
	case r <= ' ':
		return r == ' ' || r >= '\t' && r <= '\r'
	case r < 0x85:
		return false
	case r <= 0xA0:
		return r == 0x85 || r == 0xA0
	case r < 0x1680:
		return false
	}
	switch r {
	case 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// IsControl reports whether r may not appear in a string of the format: the C0 controls
// (U+0000–U+001F, which include tab, line feed and carriage return), DEL and the C1
// controls (U+007F–U+009F, which include U+0085, next line), and the line and paragraph
// separators U+2028 and U+2029. The schemas spell it out as the class
// [\u0000-\u001f\u007f-\u009f\u2028\u2029].
func IsControl(r rune) bool {
	return r < 0x20 || r >= 0x7F && r <= 0x9F || r == 0x2028 || r == 0x2029
}

// Line checks the characters of a free-text string: no control character or line break
// anywhere (IsControl), and no white space at its start or end (IsSpace). It returns "" or
// what is wrong. Emptiness and length are the caller's business.
func Line(s string) string {
	if s == "" {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(s); IsSpace(r) && !IsControl(r) {
		return "string has white space (" + codePoint(r) + ") at its start"
	}
	if r, _ := utf8.DecodeLastRuneInString(s); IsSpace(r) && !IsControl(r) {
		return "string has white space (" + codePoint(r) + ") at its end"
	}
	if i := controlIndex(s); i >= 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		what := "a control character"
		switch r {
		case '\n', '\r', 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
			what = "a line break"
		}
		return "string holds " + what + " (" + codePoint(r) + ") at character " +
			strconv.Itoa(utf8.RuneCountInString(s[:i])+1) + "; strings are single-line, without control characters"
	}
	return ""
}

// controlIndex returns the byte index of the first IsControl character in s, or -1. It
// reads bytes: C0 and DEL are single bytes, C1 controls are C2 80–C2 9F, and U+2028 and
// U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
func controlIndex(s string) int {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 || c == 0x7F:
			return i
		case c == 0xC2:
			if i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9F {
				return i
			}
		case c == 0xE2:
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				return i
			}
		}
	}
	return -1
}

// HasSpaceOrControl reports whether s holds white space (IsSpace) or a control character
// (IsControl) anywhere, as a URL may not.
func HasSpaceOrControl(s string) bool {
	for _, r := range s {
		if IsSpace(r) || IsControl(r) {
			return true
		}
	}
	return false
}

func codePoint(r rune) string { return fmt.Sprintf("U+%04X", r) }
