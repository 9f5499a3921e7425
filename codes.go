package regiodialogue

import (
	"fmt"
	"slices"
	"sync"

	"golang.org/x/text/language"
)

// The closed code lists (InstrumentKind, Group, PartnerKind, Side, PairLevel, NoteKind,
// Theme, ActivityKind, Framework, Region, SourceKind) are declared once, in the table codes.json at
// the root of the module: each code, its description and its label in the 12 languages of
// LabelLanguages. codes_gen.go, the enums of the JSON Schemas, package locale's index of the
// lists and the code lists of dataset/README.md are generated from it; the CSV tables' Table Schemas take their enums from the
// generated lists.
//
//go:generate go run ./internal/gencodes

// Code is the constraint satisfied by the code types: a string type with one constant per
// code. A value outside its list is rejected by Load, by json.Unmarshal and by the JSON
// Schemas.
type Code interface {
	~string
	// Valid reports whether the value is one of the type's codes.
	Valid() bool
	// Label returns the value's label in the best of LabelLanguages for the preferences.
	Label(prefs ...language.Tag) string
	list() []codeInfo
	what() string
}

// Codes returns every code of the type T, in list order: Codes[Theme]() lists the themes.
func Codes[T Code]() []T {
	var zero T
	list := zero.list()
	out := make([]T, len(list))
	for i, c := range list {
		out[i] = T(c.code)
	}
	return out
}

// ParseCode returns s as a code of type T, or an error wrapping ErrInvalidValue when s is
// not one of T's codes.
func ParseCode[T Code](s string) (T, error) {
	var c T
	if _, ok := findCode(c.list(), s); !ok {
		return "", fmt.Errorf("%w: %q is not a known %s", ErrInvalidValue, s, c.what())
	}
	return T(s), nil
}

// LabelLanguages returns the languages of the code labels, English first: English, Spanish,
// Portuguese, French, German, Chinese (zh-Hans), Japanese, Russian, Ukrainian, Romanian,
// Georgian and Hindi, the UI languages of package locale.
func LabelLanguages() []language.Tag {
	labelOnce.Do(initLabels)
	return slices.Clone(labelTagList)
}

// codeInfo is one code and the index in labelEnd of its first label. The tables of
// codes_gen.go are arrays of constants, so they need no initialisation at program start.
type codeInfo struct {
	code  string
	label int
}

// The label languages and their matcher are built on first use (a sync.Once rather than
// sync.OnceValue, whose closure would be allocated at program start).
var (
	labelOnce    sync.Once
	labelTagList []language.Tag
	labelM       language.Matcher
)

func initLabels() {
	labelTagList = make([]language.Tag, len(labelTags))
	for i, s := range labelTags {
		labelTagList[i] = language.MustParse(s)
	}
	labelM = language.NewMatcher(labelTagList)
}

func findCode(list []codeInfo, s string) (codeInfo, bool) {
	for _, c := range list {
		if c.code == s {
			return c, true
		}
	}
	return codeInfo{}, false
}

func valid[T Code](c T) bool {
	_, ok := findCode(c.list(), string(c))
	return ok
}

// label returns c's label for prefs: the language the matcher finds with High confidence
// or better, else English; package locale chooses its UI language the same way.
func label[T Code](c T, prefs []language.Tag) string {
	info, ok := findCode(c.list(), string(c))
	if !ok {
		return string(c)
	}
	return labelAt(info.label + labelIndex(prefs))
}

// labelIndex returns the index in labelTags of the language chosen for prefs.
func labelIndex(prefs []language.Tag) int {
	if len(prefs) == 0 {
		return 0
	}
	labelOnce.Do(initLabels)
	// A label language asked for as is matches itself exactly; the matcher is not needed.
	if len(prefs) == 1 {
		if i := slices.Index(labelTagList, prefs[0]); i >= 0 {
			return i
		}
	}
	if _, i, conf := labelM.Match(prefs...); conf >= language.High {
		return i
	}
	return 0
}

// labelAt returns the label at index i of labelEnd.
func labelAt(i int) string {
	start := 0
	if i > 0 {
		start = int(labelEnd[i-1])
	}
	return labelText[start:labelEnd[i]]
}

// M49 returns r's numeric code in the United Nations M49 standard ("419", "005"), or "" if r
// is not a known region.
func (r Region) M49() string {
	if i := slices.IndexFunc(regions[:], func(c codeInfo) bool { return c.code == string(r) }); i >= 0 {
		return regionsM49[i].m49
	}
	return ""
}

// Parent returns the region that contains r (Latin America for South and Central America),
// or "" when r has none.
func (r Region) Parent() Region {
	if i := slices.IndexFunc(regions[:], func(c codeInfo) bool { return c.code == string(r) }); i >= 0 {
		return Region(regionsM49[i].parent)
	}
	return ""
}

// Within reports whether r is the region outer or lies inside it:
// RegionSouthAmerica.Within(RegionLatinAmerica) is true.
func (r Region) Within(outer Region) bool {
	for x := r; x != ""; x = x.Parent() {
		if x == outer {
			return true
		}
	}
	return false
}
