// Package rules holds the dataset's rules in one place, for the root package's Load and
// package schema alike: the string forms the JSON Schemas state as patterns (written here as
// plain code, so that they cost nothing at program start), and the cross-record rules no
// JSON Schema can state (unique ids, id prefixes, an activity's end not before its start,
// file names matching ids).
package rules

import (
	"errors"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/regiodialogue/regiodialogue/internal/date"
)

// Rule names a cross-record rule.
type Rule string

// The cross-record rules.
const (
	DuplicateID Rule = "uniqueId"  // two agreements or two activities share an id
	IDPrefix    Rule = "idPrefix"  // an activity id does not start with "<agreement id>-"
	DateOrder   Rule = "dateOrder" // an activity ends before it starts
	FileName    Rule = "fileName"  // a file is not named after its agreement's id
	// PartnerOf: an agreement lists an activity whose partners do not include it.
	PartnerOf Rule = "partnerOf"
	// FirstPartner: an activity is stored in a file other than its first partner's.
	FirstPartner Rule = "firstPartner"
	// PartnerRef: an activity names a partner that has no agreement in the dataset.
	PartnerRef Rule = "partnerRef"
	// PartnerOrder: an activity lists its partners out of dataset (signing) order.
	PartnerOrder Rule = "partnerOrder"
	// PartOfRef: an activity is part of an activity that is not in the dataset.
	PartOfRef Rule = "partOfRef"
	// PartOfCycle: an activity is part of itself, directly or through others.
	PartOfCycle Rule = "partOfCycle"
)

// The sentinel errors of the rules. The root package exports them under the same names and
// package schema maps its rule keywords to them, so that errors.Is holds for the errors of
// both.
var (
	ErrInvalidValue = errors.New("invalid value")
	ErrDuplicateID  = errors.New("duplicate id")
	ErrDateOrder    = errors.New("end before start")
	ErrReference    = errors.New("broken reference")
	ErrFileName     = errors.New("file name does not match id")
)

// Err returns the sentinel error a broken rule wraps: ErrDuplicateID, ErrDateOrder,
// ErrReference (partnerRef, partOfRef, partOfCycle), ErrFileName, or ErrInvalidValue for
// the rest (idPrefix, partnerOf, firstPartner, partnerOrder).
func (r Rule) Err() error {
	switch r {
	case DuplicateID:
		return ErrDuplicateID
	case DateOrder:
		return ErrDateOrder
	case PartnerRef, PartOfRef, PartOfCycle:
		return ErrReference
	case FileName:
		return ErrFileName
	}
	return ErrInvalidValue
}

// Violation is a broken cross-record rule.
type Violation struct {
	Pointer string
	Rule    Rule
	Message string
}

// Activity is what the rules need to know of an activity.
type Activity struct {
	ID         string
	Start, End date.D
	Partners   []string
	PartOf     string
}

// CheckActivity checks one activity at pointer ptr: its end, when known, is not before its
// start, and it is not part of itself.
func CheckActivity(a Activity, ptr string) []Violation {
	var out []Violation
	if a.End.Prec != 0 && date.Before(a.End, a.Start) {
		out = append(out, Violation{Pointer: ptr + "/end", Rule: DateOrder,
			Message: "end " + a.End.String() + " is before start " + a.Start.String()})
	}
	if a.PartOf != "" && a.PartOf == a.ID {
		out = append(out, Violation{Pointer: ptr + "/partOf", Rule: PartOfCycle,
			Message: "activity " + strconv.Quote(a.ID) + " is part of itself"})
	}
	return out
}

// CheckPartOf checks, for the activities stored in one file, the rules of partOf that need
// the whole dataset: each names an activity of the dataset (parent maps every activity id
// of the dataset to its partOf, "" when it has none), and following partOf from it never
// comes back to it. cyclic is the result of PartOfCycles(parent), computed once for all
// files.
func CheckPartOf(acts []Activity, parent map[string]string, cyclic map[string]bool) []Violation {
	var out []Violation
	for i, a := range acts {
		if a.PartOf == "" || a.PartOf == a.ID {
			continue // a self-reference is CheckActivity's
		}
		ptr := "/activities/" + strconv.Itoa(i) + "/partOf"
		if _, ok := parent[a.PartOf]; !ok {
			out = append(out, Violation{Pointer: ptr, Rule: PartOfRef,
				Message: "activity " + strconv.Quote(a.PartOf) + " is not in the dataset"})
		} else if cyclic[a.ID] {
			out = append(out, Violation{Pointer: ptr, Rule: PartOfCycle,
				Message: "activity " + strconv.Quote(a.ID) + " is part of itself through " + strconv.Quote(a.PartOf)})
		}
	}
	return out
}

// PartOfCycles returns the ids of the activities that lie on a cycle of partOf links
// (parent maps each id to its partOf, "" for none), self-references included. It runs in
// time linear in len(parent): each id is walked once.
func PartOfCycles(parent map[string]string) map[string]bool {
	const (
		unseen = iota
		onPath
		done
	)
	state := make(map[string]int, len(parent))
	var cyclic map[string]bool
	var path []string
	for start := range parent {
		if state[start] != unseen {
			continue
		}
		path = path[:0]
		id := start
		for {
			st := state[id]
			if st == done {
				break
			}
			if st == onPath { // the path from id on is a cycle
				if cyclic == nil {
					cyclic = make(map[string]bool)
				}
				for k := len(path) - 1; k >= 0; k-- {
					cyclic[path[k]] = true
					if path[k] == id {
						break
					}
				}
				break
			}
			state[id] = onPath
			path = append(path, id)
			next, ok := parent[id]
			if !ok || next == "" {
				break
			}
			if _, known := parent[next]; !known {
				break
			}
			id = next
		}
		for _, p := range path {
			state[p] = done
		}
	}
	return cyclic
}

// CheckAgreement checks the rules within one agreement: activity ids unique and prefixed by
// the id of the activity's first partner (the agreement's own id when it lists none) and a
// hyphen, each activity's partners including the agreement, and no activity ending before
// it starts. An id that is not an agreement id (absent, of the wrong type or malformed: the
// schema reports that) skips the rules that need it. An activity without an id (absent, or not a string: the schema
// reports that) is not checked for its id. It runs in time linear in len(acts).
func CheckAgreement(id string, acts []Activity) []Violation {
	if AgreementID(id) != "" {
		id = ""
	}
	var out []Violation
	seen := make(map[string]int, len(acts))
	for i, a := range acts {
		ptr := "/activities/" + strconv.Itoa(i)
		if a.ID == "" {
			out = append(out, CheckActivity(a, ptr)...)
			continue
		}
		owner := id
		if len(a.Partners) > 0 {
			owner = a.Partners[0]
		}
		if owner != "" && (len(a.ID) <= len(owner) || a.ID[:len(owner)] != owner || a.ID[len(owner)] != '-') {
			out = append(out, Violation{Pointer: ptr + "/id", Rule: IDPrefix,
				Message: "activity id " + strconv.Quote(a.ID) + " does not start with " + strconv.Quote(owner+"-") + ", its first partner's id"})
		}
		if j, dup := seen[a.ID]; dup {
			out = append(out, Violation{Pointer: ptr + "/id", Rule: DuplicateID,
				Message: "activity id " + strconv.Quote(a.ID) + " is also used at /activities/" + strconv.Itoa(j)})
		} else {
			seen[a.ID] = i
		}
		if id != "" && len(a.Partners) > 0 && !slices.Contains(a.Partners, id) {
			out = append(out, Violation{Pointer: ptr + "/partners", Rule: PartnerOf,
				Message: "the activity's partners do not include " + strconv.Quote(id) + ", the agreement that lists it"})
		}
		out = append(out, CheckActivity(a, ptr)...)
	}
	return out
}

// CheckPartners checks, for the activities stored in the file of agreement id, the rules
// that need the whole dataset: each partner names an agreement (rank holds every agreement
// id and its place in the dataset's signing order), partners are listed in that order, and
// the record is stored in the file of its first partner.
func CheckPartners(id string, acts []Activity, rank map[string]int) []Violation {
	var out []Violation
	for i, a := range acts {
		if len(a.Partners) > 0 && a.Partners[0] != id {
			out = append(out, Violation{Pointer: "/activities/" + strconv.Itoa(i) + "/partners/0", Rule: FirstPartner,
				Message: "the activity is stored in " + strconv.Quote(id) + "'s file, but its first partner is " + strconv.Quote(a.Partners[0]) + "; a shared activity is stored once, in the file of its first partner"})
		}
		prev := -1
		for k, p := range a.Partners {
			ptr := "/activities/" + strconv.Itoa(i) + "/partners/" + strconv.Itoa(k)
			r, ok := rank[p]
			switch {
			case !ok:
				out = append(out, Violation{Pointer: ptr, Rule: PartnerRef,
					Message: "partner " + strconv.Quote(p) + " has no agreement in the dataset"})
			case r < prev:
				out = append(out, Violation{Pointer: ptr, Rule: PartnerOrder,
					Message: "partner " + strconv.Quote(p) + " is listed after a partner that signed later; list partners in signing order"})
			default:
				prev = r
			}
		}
	}
	return out
}

// TagSyntax reports whether s has the restricted BCP 47 form the schemas allow:
// lang (2–3 lower-case letters), optional -Script (title case), optional -RE or -999 region,
// optional "-t-" extension with lang, optional script (lower case) and region (lower case).
// Whether the subtags are registered is checked separately, with golang.org/x/text.
func TagSyntax(s string) bool {
	p := 0
	lang := func(p int) int { // returns the end of a 2–3 letter lower-case run, or -1
		n := 0
		for p+n < len(s) && isLower(s[p+n]) {
			n++
		}
		if n < 2 || n > 3 {
			return -1
		}
		return p + n
	}
	if p = lang(0); p < 0 {
		return false
	}
	// -Script
	if p+5 <= len(s) && s[p] == '-' && isUpper(s[p+1]) && isLower(s[p+2]) && isLower(s[p+3]) && isLower(s[p+4]) && (p+5 == len(s) || s[p+5] == '-') {
		p += 5
	}
	// -RE or -999
	if p+3 <= len(s) && s[p] == '-' && (p+3 == len(s) || s[p+3] == '-') && isUpper(s[p+1]) && isUpper(s[p+2]) {
		p += 3
	} else if p+4 <= len(s) && s[p] == '-' && (p+4 == len(s) || s[p+4] == '-') && isDigit(s[p+1]) && isDigit(s[p+2]) && isDigit(s[p+3]) {
		p += 4
	}
	if p == len(s) {
		return true
	}
	// -t-lang[-script][-re|-999]
	if p+3 > len(s) || s[p:p+3] != "-t-" {
		return false
	}
	if p = lang(p + 3); p < 0 {
		return false
	}
	if p+5 <= len(s) && s[p] == '-' && isLower(s[p+1]) && isLower(s[p+2]) && isLower(s[p+3]) && isLower(s[p+4]) && (p+5 == len(s) || s[p+5] == '-') {
		p += 5
	}
	if p+3 == len(s) && s[p] == '-' && isLower(s[p+1]) && isLower(s[p+2]) {
		p += 3
	} else if p+4 == len(s) && s[p] == '-' && isDigit(s[p+1]) && isDigit(s[p+2]) && isDigit(s[p+3]) {
		p += 4
	}
	return p == len(s)
}

func isLower(c byte) bool { return c >= 'a' && c <= 'z' }
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// AgreementID checks an agreement id (^[a-z]{2,4}$); it returns "" or what is wrong.
func AgreementID(s string) string {
	if len(s) < 2 || len(s) > 4 {
		return strconv.Quote(s) + " is not an agreement id (2 to 4 lower-case letters)"
	}
	for i := 0; i < len(s); i++ {
		if !isLower(s[i]) {
			return strconv.Quote(s) + " is not an agreement id (2 to 4 lower-case letters)"
		}
	}
	return ""
}

// MaxActivityID is the longest activity id allowed.
const MaxActivityID = 120

// ActivityID checks an activity id (^[a-z0-9]+(-[a-z0-9]+)*$, at most 120 characters).
func ActivityID(s string) string {
	bad := func() string {
		return strconv.Quote(s) + " is not an activity id (lower-case letters and digits in words joined by single hyphens, at most 120 characters)"
	}
	if s == "" || len(s) > MaxActivityID || s[0] == '-' || s[len(s)-1] == '-' {
		return bad()
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '-' && s[i-1] == '-' {
			return bad()
		}
		if c != '-' && !isLower(c) && !isDigit(c) {
			return bad()
		}
	}
	return ""
}

// PartnerCode checks a partner code (^([A-Z]{2}|SICA)$).
func PartnerCode(s string) string {
	if s == "SICA" || CountryCode(s) == "" {
		return ""
	}
	return strconv.Quote(s) + " is not a partner code (ISO 3166-1 alpha-2 in upper case, or SICA)"
}

// CountryCode checks a country code (^[A-Z]{2}$).
func CountryCode(s string) string {
	if len(s) == 2 && isUpper(s[0]) && isUpper(s[1]) {
		return ""
	}
	return strconv.Quote(s) + " is not an ISO 3166-1 alpha-2 country code in upper case"
}

// MaxURL is the longest URL allowed.
const MaxURL = 2048

// URL checks a source or document address (^https?://[^/?#], no white space or control
// character anywhere: see HasSpaceOrControl; at most 2048 characters).
func URL(s string) string {
	bad := func() string {
		return strconv.Quote(s) + " is not an absolute http or https URL without white space or control characters"
	}
	var rest string
	switch {
	case len(s) > MaxURL && utf8.RuneCountInString(s) > MaxURL:
		return "URL longer than 2048 characters"
	case len(s) > 8 && s[:8] == "https://":
		rest = s[8:]
	case len(s) > 7 && s[:7] == "http://":
		rest = s[7:]
	default:
		return bad()
	}
	if rest == "" || rest[0] == '/' || rest[0] == '?' || rest[0] == '#' {
		return bad()
	}
	if HasSpaceOrControl(rest) {
		return bad()
	}
	return ""
}

// MediaType checks a media type (^[a-z]+/[a-z0-9.+-]+$).
func MediaType(s string) string {
	bad := func() string { return strconv.Quote(s) + " is not a media type such as application/pdf" }
	i := 0
	for i < len(s) && isLower(s[i]) {
		i++
	}
	if i == 0 || i >= len(s)-1 || s[i] != '/' {
		return bad()
	}
	for _, c := range []byte(s[i+1:]) {
		if !isLower(c) && !isDigit(c) && c != '.' && c != '+' && c != '-' {
			return bad()
		}
	}
	return ""
}
