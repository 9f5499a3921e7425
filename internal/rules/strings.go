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
func Line(s string) string { return CheckLine(s).Msg }

// LineFault is what CheckLine finds wrong with a string; its zero value is no fault.
type LineFault struct {
	Msg      string // what is wrong, for people; "" when nothing is
	Reason   string // "leadingSpace", "trailingSpace", "lineBreak" or "control"
	Char     rune   // the character at fault
	Position int    // its position in the string, in characters from 1
}

// CheckLine is Line, telling what is wrong in parts as well as in words.
func CheckLine(s string) LineFault {
	if s == "" {
		return LineFault{}
	}
	if r, _ := utf8.DecodeRuneInString(s); IsSpace(r) && !IsControl(r) {
		return LineFault{Msg: "string has white space (" + codePoint(r) + ") at its start", Reason: "leadingSpace", Char: r, Position: 1}
	}
	if r, _ := utf8.DecodeLastRuneInString(s); IsSpace(r) && !IsControl(r) {
		return LineFault{Msg: "string has white space (" + codePoint(r) + ") at its end", Reason: "trailingSpace", Char: r,
			Position: utf8.RuneCountInString(s)}
	}
	if i := controlIndex(s); i >= 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		what, reason := "a control character", "control"
		switch r {
		case '\n', '\r', 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
			what, reason = "a line break", "lineBreak"
		}
		pos := utf8.RuneCountInString(s[:i]) + 1
		return LineFault{Msg: "string holds " + what + " (" + codePoint(r) + ") at character " +
			strconv.Itoa(pos) + "; strings are single-line, without control characters", Reason: reason, Char: r, Position: pos}
	}
	return LineFault{}
}

// CodePoint formats r as U+XXXX.
func CodePoint(r rune) string { return codePoint(r) }

// controlIndex returns the byte index of the first IsControl character in s, or -1. It
// reads bytes: C0 and DEL are single bytes, C1 controls are C2 80–C2 9F, and U+2028 and
// U+2029 are E2 80 A8 and E2 80 A9 in UTF-8. Eight bytes at a time, it skips those that
// hold no byte that is or may begin such a character (controlLead).
func controlIndex(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load8(s, i)
		if (x-0x20*ones)&^x&highs|zero(x^0x7F*ones)|zero(x^0xC2*ones)|zero(x^0xE2*ones) == 0 {
			continue
		}
		if j := controlAt(s, i, i+8); j >= 0 {
			return j
		}
	}
	return controlAt(s, i, len(s))
}

// Word-at-a-time byte tests. (x - n*ones) &^ x & highs is non-zero exactly when a byte of x
// is below n (for n <= 0x80); zero(v) is non-zero exactly when a byte of v is zero.
const ones, highs = 0x0101010101010101, 0x8080808080808080

func zero(v uint64) uint64 { return (v - ones) &^ v & highs }

// load8 returns the eight bytes of s at i as a little-endian word.
func load8(s string, i int) uint64 {
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// controlAt returns the index of the first IsControl character of s that starts in
// s[from:to], or -1.
func controlAt(s string, from, to int) int {
	for i := from; i < to; i++ {
		switch c := s[i]; {
		case !controlLead[c]:
		case c < 0x80:
			return i
		case c == 0xC2:
			if i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9F {
				return i
			}
		default: // 0xE2
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				return i
			}
		}
	}
	return -1
}

// controlLead marks the bytes that are, or may begin, an IsControl character in UTF-8.
var controlLead = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = true
	}
	t[0x7F], t[0xC2], t[0xE2] = true, true, true
	return t
}()

// HasSpaceOrControl reports whether s holds white space (IsSpace) or a control character
// (IsControl) anywhere, as a URL may not.
func HasSpaceOrControl(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 { // eight bytes at a time while they are 0x21–0x7E
		x := load8(s, i)
		if (x-0x21*ones)&^x&highs|zero(x^0x7F*ones)|x&highs != 0 {
			break
		}
	}
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if c <= ' ' || c == 0x7F {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if IsSpace(r) || IsControl(r) {
			return true
		}
		i += n
	}
	return false
}

func codePoint(r rune) string { return fmt.Sprintf("U+%04X", r) }
