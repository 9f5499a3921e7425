// Package oracle evaluates payloads against the JSON Schemas with jsonschema/v5, and
// applies the rules no schema can state, listing every violation as package schema did
// before its validators read the faults off the strict decoder. It is the reference the
// decoder's verdicts, pointers and keywords are held to: by package schema's tests, its
// fuzz targets and tools/difftest. Nothing outside tests and tools imports it.
package oracle

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/regiodialogue/regiodialogue/internal/date"
	"github.com/regiodialogue/regiodialogue/internal/jsonx"
	"github.com/regiodialogue/regiodialogue/internal/rules"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// Violation is one violation: the JSON pointer of the value at fault, the keyword (as
// package schema names them) and a message.
type Violation struct {
	Pointer string
	Keyword string
	Message string
}

// The keywords the oracle names, as package schema does.
const (
	KeywordRequired             = "required"
	KeywordAdditionalProperties = "additionalProperties"
	KeywordPattern              = "pattern"
	KeywordNot                  = "not"
	KeywordMinLength            = "minLength"
	KeywordMaxLength            = "maxLength"
	KeywordUniqueItems          = "uniqueItems"
	KeywordLanguageTag          = "languageTag"
	KeywordType                 = "type"
	KeywordSyntax               = "syntax"
	KeywordDuplicateKey         = "duplicateKey"
	KeywordMaxDepth             = "maxDepth"
	KeywordMaxSize              = "maxSize"
)

// Schemas are the agreement and activity schemas, compiled.
type Schemas struct {
	agreement, activity *jsonschema.Schema
}

// Compile compiles the schema files (*.schema.json) of fsys, whose $ids are baseID followed
// by their names, with every $ref resolved among them.
func Compile(fsys fs.FS, baseID string) (*Schemas, error) {
	c, err := compileFS(fsys, baseID)
	if err != nil {
		return nil, err
	}
	return &c, nil
}

// Validate evaluates data, an agreement or (activity) an activity payload, against the
// schemas and the rules within one record, and returns every violation, sorted. maxDepth
// bounds the nesting (0: jsonx.DefaultMaxDepth). The payload's size is the caller's
// business.
func (s *Schemas) Validate(data []byte, activity bool, maxDepth int) ([]Violation, error) {
	return s.validateFull(data, activity, maxDepth)
}

type compiled = Schemas

// compileFS compiles the schemas in fsys with every $ref resolved inside fsys.
func compileFS(fsys fs.FS, baseID string) (compiled, error) {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = false
	byID := map[string][]byte{}
	names, err := fs.Glob(fsys, "*.schema.json")
	if err != nil {
		return compiled{}, err
	}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return compiled{}, err
		}
		byID[baseID+name] = data
	}
	c.LoadURL = func(url string) (io.ReadCloser, error) {
		data, ok := byID[strings.TrimSuffix(url, "#")]
		if !ok {
			return nil, fmt.Errorf("oracle: $ref to %q leaves the embedded schemas", url)
		}
		return io.NopCloser(bytes.NewReader(data)), nil
	}
	for id, data := range byID {
		if err := c.AddResource(id, bytes.NewReader(data)); err != nil {
			return compiled{}, err
		}
	}
	var s compiled
	if s.agreement, err = c.Compile(baseID + "agreement.schema.json"); err != nil {
		return compiled{}, err
	}
	if s.activity, err = c.Compile(baseID + "activity.schema.json"); err != nil {
		return compiled{}, err
	}
	return s, nil
}

// ValidateAgreement validates one agreement payload: input safety, the agreement schema,
// and the rules within one agreement (activity ids unique and prefixed by the agreement id,
func (s *Schemas) validateFull(data []byte, activity bool, maxDepth int) ([]Violation, error) {
	doc, err := jsonx.Decode(data, maxDepth)
	if err != nil {
		var je *jsonx.Error
		if errors.As(err, &je) {
			return []Violation{{Pointer: je.Pointer, Keyword: inputKeyword(je.Err), Message: je.Msg}}, nil
		}
		return nil, err
	}
	sch := s.agreement
	if activity {
		sch = s.activity
	}
	doc = defuseNumbers(doc, map[json.Number]json.Number{})
	var vs []Violation
	if err := sch.Validate(doc); err != nil {
		var ve *jsonschema.ValidationError
		if !errors.As(err, &ve) {
			return nil, err
		}
		vs = appendLeaves(vs, ve)
	}
	// The rules JSON Schema cannot state, from internal/rules as in regiodialogue.Load. When
	// the payload failed the schema its shape may be wrong; values of the wrong type are then
	// skipped.
	vs = append(vs, ruleViolations(doc, activity)...)
	if activity {
		vs = tagViolations(vs, doc, activityShape, nil)
	} else {
		vs = tagViolations(vs, doc, agreementShape, nil)
	}
	if len(vs) == 0 {
		return nil, nil
	}
	vs = dropRepeats(vs)
	sortViolations(vs)
	return vs, nil
}

// defuseNumbers replaces, in a decoded payload, each number that would be costly for
// jsonschema/v5 by a cheap stand-in, and returns the payload. v5 converts numbers to
// math/big values to compare them (uniqueItems, const, enum): an exponent near a million
// costs tens of milliseconds a number, and one above about ten million makes math/big fail
// and v5 panic on the nil it gets. A number is costly when its literal is longer than 100
// bytes or its exponent is beyond ±400 (outside float64's range). Its stand-in keeps its
// sign and which side of 1 its magnitude lies on (±1.k1×10^±401); equal literals get equal
// stand-ins, distinct literals distinct ones. The format has no numeric field, so every
// number is a type violation whatever its value; the messages do not quote it.
func defuseNumbers(v any, standIns map[json.Number]json.Number) any {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			v[k] = defuseNumbers(x, standIns)
		}
	case []any:
		for i, x := range v {
			v[i] = defuseNumbers(x, standIns)
		}
	case json.Number:
		if !costlyNumber(string(v)) {
			return v
		}
		if s, ok := standIns[v]; ok {
			return s
		}
		mant, exp, _ := strings.Cut(strings.ToLower(string(v)), "e")
		s := "1." + strconv.Itoa(len(standIns)+1) + "1" // no trailing zero: distinct values
		if strings.HasPrefix(mant, "-") {
			s = "-" + s
		}
		if strings.HasPrefix(exp, "-") {
			s += "e-401"
		} else {
			s += "e401"
		}
		standIns[v] = json.Number(s)
		return standIns[v]
	}
	return v
}

// costlyNumber reports whether a JSON number literal is longer than 100 bytes or has an
// exponent beyond ±400.
func costlyNumber(lit string) bool {
	if len(lit) > 100 {
		return true
	}
	i := strings.IndexAny(lit, "eE")
	if i < 0 {
		return false
	}
	exp := strings.TrimLeft(lit[i+1:], "+-")
	exp = strings.TrimLeft(exp, "0")
	return len(exp) > 3 || len(exp) == 3 && exp > "400"
}

func inputKeyword(sentinel error) string {
	switch sentinel {
	case jsonx.ErrDuplicateKey:
		return KeywordDuplicateKey
	case jsonx.ErrTooDeep:
		return KeywordMaxDepth
	case jsonx.ErrTooLarge:
		return KeywordMaxSize
	case jsonx.ErrType:
		return KeywordType
	}
	return KeywordSyntax
}

// appendLeaves flattens a validation error tree into its leaves, the failures that name
// one keyword at one place.
func appendLeaves(vs []Violation, ve *jsonschema.ValidationError) []Violation {
	if len(ve.Causes) == 0 {
		kw := ve.KeywordLocation
		if i := strings.LastIndexByte(kw, '/'); i >= 0 {
			kw = kw[i+1:]
		}
		kw = keywordOf(ve.KeywordLocation, kw)
		msg := ve.Message
		if kw == KeywordPattern || kw == KeywordNot {
			msg = patternMessage(ve.AbsoluteKeywordLocation, ve.InstanceLocation, msg)
		}
		return append(vs, refine(Violation{Pointer: unescapeLocation(ve.InstanceLocation), Keyword: kw, Message: msg})...)
	}
	for _, c := range ve.Causes {
		vs = appendLeaves(vs, c)
	}
	return vs
}

// unescapeLocation turns an instance location of jsonschema/v5, whose tokens it
// percent-encodes (url.PathEscape: "|" as "%7C"), into the plain JSON pointer.
func unescapeLocation(loc string) string {
	if !strings.Contains(loc, "%") {
		return loc
	}
	tokens := strings.Split(loc, "/")
	for i, t := range tokens {
		if u, err := url.PathUnescape(t); err == nil {
			tokens[i] = u
		}
	}
	return strings.Join(tokens, "/")
}

// refine points a violation at the value at fault where jsonschema/v5 reports its parent:
// each property that additionalProperties rejects, and the later of two equal items.
func refine(v Violation) []Violation {
	switch v.Keyword {
	case KeywordRequired:
		// "missing properties: 'a', 'b'": one violation per field, at the field's pointer.
		return perName(v, strings.TrimPrefix(v.Message, "missing properties: "), "missing required field ")
	case KeywordAdditionalProperties:
		// "additionalProperties 'a', 'b' not allowed"
		return perName(v, strings.TrimSuffix(strings.TrimPrefix(v.Message, "additionalProperties "), " not allowed"), "unknown field ")
	case KeywordUniqueItems:
		// "items at index 0 and 1 are equal"
		var i, j int
		if _, err := fmt.Sscanf(v.Message, "items at index %d and %d are equal", &i, &j); err == nil {
			return []Violation{{Pointer: v.Pointer + "/" + strconv.Itoa(j), Keyword: v.Keyword,
				Message: fmt.Sprintf("item %d repeats item %d", j, i)}}
		}
	}
	return []Violation{v}
}

// perName splits v, a violation about the properties named in list (as jsonschema/v5
// writes them), into one violation per property at the property's pointer, saying what
// followed by the name; v stays as it is when list cannot be read.
func perName(v Violation, list, what string) []Violation {
	names, ok := unquoteList(list)
	if !ok {
		return []Violation{v}
	}
	out := make([]Violation, 0, len(names))
	for _, name := range names {
		out = append(out, Violation{Pointer: v.Pointer + "/" + jsonx.EscapePointerToken(name), Keyword: v.Keyword,
			Message: what + strconv.Quote(name)})
	}
	return out
}

// unquoteList reads a list of names as jsonschema/v5 writes them in messages: each in single
// quotes, escaped as by %q but with '"' bare and '\” escaped, joined by ", ".
func unquoteList(list string) ([]string, bool) {
	var names []string
	for i := 0; i < len(list); {
		if list[i] != '\'' {
			return nil, false
		}
		j := i + 1
		for j < len(list) && list[j] != '\'' {
			if list[j] == '\\' {
				j++
			}
			j++
		}
		if j >= len(list) {
			return nil, false
		}
		body := strings.ReplaceAll(list[i+1:j], `\'`, `'`)
		body = strings.ReplaceAll(body, `"`, `\"`)
		name, err := strconv.Unquote(`"` + body + `"`)
		if err != nil {
			return nil, false
		}
		names = append(names, name)
		i = j + 1
		if i < len(list) {
			if !strings.HasPrefix(list[i:], ", ") {
				return nil, false
			}
			i += 2
		}
	}
	return names, len(names) > 0
}

// patternMessages say in words what a pattern of the schemas requires, or what a "not" with a
// pattern forbids, by the $defs entry (or property) the keyword belongs to; a regular
// expression is no message for people. Every other "not" of the schemas refuses a line feed
// (notLineFeed), which Python's re lets through before the end of an anchored pattern.
var patternMessages = map[string]string{
	"/$defs/date/pattern":        "not a date: want YYYY, YYYY-MM or YYYY-MM-DD (a day that exists), optionally followed by '?'",
	"/$defs/tag/pattern":         "not a canonical BCP 47 tag of the form lang[-Script][-RE][-t-lang] (en, zh-Hans, es-t-en)",
	"/$defs/url/pattern":         "not an absolute http or https URL",
	"/$defs/url/not":             "white space or a control character in a URL",
	"/$defs/mediaType/pattern":   "not a media type such as application/pdf",
	"/$defs/countryCode/pattern": "not an ISO 3166-1 alpha-2 country code in upper case",
	"/$defs/nonEmptyString/not":  "white space at its start or end, or a control character or line break in it (strings are single-line)",
	"/properties/id/pattern":     "not a valid id (lower-case letters and digits, words joined by single hyphens)",
	"/properties/code/pattern":   "not a partner code (ISO 3166-1 alpha-2 in upper case, or SICA)",
	"/$defs/source/else/not":     "only a source of kind \"mirror\" has an \"original\"",
}

const notLineFeed = "a line break (U+000A) in a one-line value"

func patternMessage(absLoc, instance, fallback string) string {
	if i := strings.IndexByte(absLoc, '#'); i >= 0 {
		absLoc = absLoc[i+1:]
	}
	if absLoc == "/else/not" { // activity.schema.json's only conditional
		return "only an activity of kind \"pairing\" has a \"pair\""
	}
	for suffix, msg := range patternMessages {
		if strings.HasSuffix(absLoc, suffix) {
			return msg
		}
	}
	if strings.HasSuffix(absLoc, "/not") {
		return notLineFeed
	}
	// Property names (the keys of a Text) are checked against the tag pattern.
	if strings.Contains(absLoc, "propertyNames") {
		return patternMessages["/$defs/tag/pattern"]
	}
	return fallback
}

var knownKeywords = []string{"$ref", "additionalProperties", "allOf", "anyOf", "const", "enum", "items",
	"maxItems", "maxLength", "minItems", "minLength", "minProperties", "oneOf", "pattern",
	"prefixItems", "properties", "propertyNames", "required", "type", "uniqueItems", "false", "not"}

// keywordOf returns the last JSON Schema keyword in a keyword location.
func keywordOf(loc, last string) string {
	for rest := loc; rest != ""; {
		part := rest
		if i := strings.LastIndexByte(rest, '/'); i >= 0 {
			part, rest = rest[i+1:], rest[:i]
		} else {
			rest = ""
		}
		for _, k := range knownKeywords {
			if part == k && k != "properties" && k != "$ref" && k != "items" {
				return k
			}
		}
	}
	if last == "" {
		return "schema"
	}
	return last
}

// The places of the format that hold language tags, for tagViolations: the keys of a Text,
// a list of tags, one tag. A shape maps field names to what they hold: one of these, a
// nested shape (an object), or a one-element []any holding the shape of each item of a
// list. The walk follows the format as the root package's decoder reads it, so that a tag
// is checked where the decoder checks one and nowhere else (not inside an unknown field).
type tagKind int

const (
	textKeys tagKind = iota // the keys of a Text
	tagList                 // a list of tags
	oneTag                  // a single tag
)

type shape map[string]any

var (
	placeShape    = shape{"name": textKeys}
	documentShape = shape{"title": textKeys, "languages": tagList}
	sourceShape   = shape{"language": oneTag}
	sourcesShape  = []any{sourceShape}
	activityShape = shape{"title": textKeys, "places": []any{placeShape}, "summary": textKeys,
		"pair":    shape{"eu": []any{placeShape}, "partner": []any{placeShape}},
		"outputs": []any{documentShape}, "sources": sourcesShape}
	agreementShape = shape{
		"partner":  shape{"name": textKeys, "languages": tagList},
		"dialogue": textKeys,
		"instruments": []any{shape{"title": textKeys, "place": placeShape, "framework": textKeys,
			"parties":   []any{shape{"institution": textKeys, "signatory": shape{"role": textKeys}}},
			"documents": []any{documentShape}, "sources": sourcesShape}},
		"summary":    textKeys,
		"activities": []any{activityShape},
		"notes":      []any{shape{"text": textKeys, "sources": sourcesShape}},
		"sources":    sourcesShape,
	}
)

// tagViolations checks the language tags of a payload, at the places sh gives: each must be
// a registered, canonical tag of the restricted form, and a Text has one entry per language.
// Values of the wrong type are skipped (the schema reports them). The path is turned into a
// JSON pointer only for a violation.
func tagViolations(vs []Violation, v any, sh any, path []string) []Violation {
	ptr := func(last ...string) string {
		p := ""
		for _, t := range append(path[:len(path):len(path)], last...) {
			p += "/" + jsonx.EscapePointerToken(t)
		}
		return p
	}
	switch sh := sh.(type) {
	case tagKind:
		switch sh {
		case textKeys:
			m, ok := v.(map[string]any)
			if !ok {
				return vs
			}
			keys := make([]string, 0, len(m))
			for k := range m {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			var plains []string
			var langs rules.TextLanguages // a translation beside an original in its language
			for _, k := range keys {
				info := rules.Tag(k)
				switch {
				case info.Msg != "":
					vs = append(vs, Violation{Pointer: ptr(k), Keyword: KeywordLanguageTag, Message: info.Msg})
				case slices.Contains(plains, info.Plain):
					vs = append(vs, Violation{Pointer: ptr(k), Keyword: KeywordLanguageTag,
						Message: "a second entry for the language " + strconv.Quote(info.Plain)})
				default:
					plains = append(plains, info.Plain)
					for _, f := range langs.Add(k, info) {
						if !strings.HasPrefix(f.Msg, "a second entry") {
							vs = append(vs, Violation{Pointer: ptr(f.Key), Keyword: KeywordLanguageTag, Message: f.Msg})
						}
					}
				}
			}
		case tagList:
			list, _ := v.([]any)
			for i, t := range list {
				if s, ok := t.(string); ok {
					if info := rules.Tag(s); info.Msg != "" {
						vs = append(vs, Violation{Pointer: ptr(strconv.Itoa(i)), Keyword: KeywordLanguageTag, Message: info.Msg})
					}
				}
			}
		case oneTag:
			if s, ok := v.(string); ok {
				if info := rules.Tag(s); info.Msg != "" {
					vs = append(vs, Violation{Pointer: ptr(), Keyword: KeywordLanguageTag, Message: info.Msg})
				}
			}
		}
	case shape:
		m, _ := v.(map[string]any)
		for k, x := range m {
			if inner, ok := sh[k]; ok {
				vs = tagViolations(vs, x, inner, append(path, k))
			}
		}
	case []any:
		list, _ := v.([]any)
		for i, x := range list {
			vs = tagViolations(vs, x, sh[0], append(path, strconv.Itoa(i)))
		}
	}
	return vs
}

// ruleViolations applies the cross-record rules of internal/rules to a decoded payload
// whose shape may be wrong; values of the wrong type are skipped.
func ruleViolations(doc any, activity bool) []Violation {
	str := func(m map[string]any, k string) string { s, _ := m[k].(string); return s }
	dt := func(m map[string]any, k string) date.D { d, _ := date.Parse(str(m, k)); return d }
	toAct := func(x any) rules.Activity {
		m, _ := x.(map[string]any)
		var partners []string
		list, _ := m["partners"].([]any)
		for _, p := range list {
			if s, ok := p.(string); ok {
				partners = append(partners, s)
			}
		}
		a := rules.Activity{ID: str(m, "id"), Start: dt(m, "start"), End: dt(m, "end"), Partners: partners, PartOf: str(m, "partOf")}
		if a.Start.Prec == 0 {
			a.End = date.D{} // no start to compare with
		}
		if rules.ActivityID(a.ID) != "" || rules.ActivityID(a.PartOf) != "" {
			a.PartOf = "" // the schema reports a malformed id
		}
		return a
	}
	var out []Violation
	add := func(rv rules.Violation) {
		out = append(out, Violation{Pointer: rv.Pointer, Keyword: string(rv.Rule), Message: rv.Message})
	}
	if activity {
		for _, v := range rules.CheckActivity(toAct(doc), "") {
			add(v)
		}
		return out
	}
	m, _ := doc.(map[string]any)
	id := str(m, "id")
	list, _ := m["activities"].([]any)
	acts := make([]rules.Activity, 0, len(list))
	for i, x := range list {
		a := toAct(x)
		a.Index = i
		acts = append(acts, a)
	}
	for _, v := range rules.CheckAgreement(id, acts) {
		add(v)
	}
	return out
}

// dropRepeats keeps one violation per string value: the schemas state several checks of a
// string's content (a pattern, a "not", minLength, maxLength, and the tag rules after
// them), and a string that fails one often fails another (an empty string fails minLength
// and the non-empty pattern). The first in that order stays. One faulty value is one
// violation, as in regiodialogue.Load.
func dropRepeats(vs []Violation) []Violation {
	rank := func(kw string) int {
		switch kw {
		case KeywordPattern:
			return 1
		case KeywordNot:
			return 2
		case KeywordMaxLength:
			return 3
		case KeywordMinLength:
			return 4
		case KeywordLanguageTag:
			return 5
		}
		return 0
	}
	best := map[string]int{} // pointer → the best rank of a string check there
	n := 0
	for _, v := range vs {
		if r := rank(v.Keyword); r > 0 {
			if b, ok := best[v.Pointer]; !ok || r < b {
				best[v.Pointer] = r
			}
			n++
		}
	}
	if n == len(best) {
		return vs // no value failed two checks
	}
	return slices.DeleteFunc(vs, func(v Violation) bool {
		r := rank(v.Keyword)
		return r > 0 && r != best[v.Pointer]
	})
}

// sortViolations orders violations by pointer (numerically for array indexes), then
// keyword, then message, in O(n log n) comparisons that allocate nothing.
func sortViolations(vs []Violation) {
	slices.SortStableFunc(vs, func(a, b Violation) int {
		if c := comparePointers(a.Pointer, b.Pointer); c != 0 {
			return c
		}
		if c := strings.Compare(a.Keyword, b.Keyword); c != 0 {
			return c
		}
		return strings.Compare(a.Message, b.Message)
	})
}

func comparePointers(a, b string) int { return jsonx.ComparePointers(a, b) }

// Agreement returns the compiled agreement schema, for baselines that run jsonschema/v5 on
// its own.
func (s *Schemas) Agreement() *jsonschema.Schema { return s.agreement }
