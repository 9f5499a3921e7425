// Package schema validates agreement and activity payloads against the JSON Schemas
// (draft 2020-12) that specify the regiodialogue dataset format, and checks the rules no
// JSON Schema can state. The schema files are embedded; FS returns them, for services that
// validate in another language.
//
// Validation is closed to the outside: the schemas are compiled from the embedded files
// only, once, on first use, and a $ref that leaves them is an error. Nothing is ever read
// from disk or the network. Before any schema keyword is evaluated, the payload's size,
// nesting depth, UTF-8, duplicate keys and trailing data are checked in one pass.
//
// A failed validation returns an *Error listing every violation with its JSON pointer,
// keyword (one of the Keyword constants) and message, in a stable order. A missing required
// field is one violation at the field's pointer. The *Error wraps, for errors.Is, the
// sentinel errors of package regiodialogue that regiodialogue.Load wraps for the same
// faults (see Sentinel), so that one test serves both:
// errors.Is(err, regiodialogue.ErrDateOrder).
package schema

import (
	"bytes"
	"context"
	"embed"
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
	"sync"

	"github.com/regiodialogue/regiodialogue"
	"github.com/regiodialogue/regiodialogue/internal/date"
	"github.com/regiodialogue/regiodialogue/internal/jsonx"
	"github.com/regiodialogue/regiodialogue/internal/rules"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// The schemas' $ids. A breaking change to the format bumps the major version in the path.
const (
	BaseID      = "https://github.com/regiodialogue/regiodialogue/schema/v3/"
	AgreementID = BaseID + "agreement.schema.json"
	ActivityID  = BaseID + "activity.schema.json"
	DefsID      = BaseID + "defs.schema.json"
)

// DefaultMaxSize is the largest payload accepted by a zero Validator: 1 MiB.
const DefaultMaxSize = 1 << 20

//go:embed *.schema.json
var files embed.FS

// FS returns the schema files: agreement.schema.json, activity.schema.json and
// defs.schema.json.
func FS() fs.FS { return files }

// Violation is one way a payload breaks the format. Its JSON form is
// {"pointer": ..., "keyword": ..., "message": ...}.
type Violation struct {
	Pointer string         `json:"pointer"`          // JSON pointer (RFC 6901) of the value at fault; "" is the whole payload
	Keyword string         `json:"keyword"`          // the JSON Schema keyword that failed or the rule broken: one of the Keyword constants
	Message string         `json:"message"`          // what is wrong, in English
	Params  map[string]any `json:"params,omitempty"` // the keyword's parameters (schema/README.md)
}

// String formats v as "pointer: keyword: message".
func (v Violation) String() string {
	p := v.Pointer
	if p == "" {
		p = "/"
	}
	return p + ": " + v.Keyword + ": " + v.Message
}

// Err returns the sentinel error of the root package that v stands for: Sentinel(v.Keyword),
// except that a missing or empty "sources" is regiodialogue.ErrNoSource and a missing "en"
// entry of a text is regiodialogue.ErrNoEnglish, as in regiodialogue.Load.
func (v Violation) Err() error {
	last := v.Pointer[strings.LastIndexByte(v.Pointer, '/')+1:]
	switch {
	case last == "sources" && (v.Keyword == KeywordRequired || v.Keyword == KeywordMinItems):
		return regiodialogue.ErrNoSource
	case last == "en" && v.Keyword == KeywordRequired:
		return regiodialogue.ErrNoEnglish
	}
	return Sentinel(v.Keyword)
}

// The keywords a Violation carries. The first group are the JSON Schema keywords the
// schemas use; the second are the checks made on the input before any keyword is
// evaluated; the third are the rules no JSON Schema can state.
const (
	KeywordType                 = "type"
	KeywordRequired             = "required"
	KeywordAdditionalProperties = "additionalProperties"
	KeywordEnum                 = "enum"
	KeywordConst                = "const"
	KeywordPattern              = "pattern"
	KeywordMinLength            = "minLength"
	KeywordMaxLength            = "maxLength"
	KeywordMinItems             = "minItems"
	KeywordUniqueItems          = "uniqueItems"
	KeywordPropertyNames        = "propertyNames"
	KeywordNot                  = "not"
	KeywordFalse                = "false" // a property the schema forbids outright

	KeywordSyntax       = "syntax"       // not JSON: malformed, empty, invalid UTF-8, trailing data
	KeywordDuplicateKey = "duplicateKey" // an object has the same key twice
	KeywordMaxDepth     = "maxDepth"     // nesting deeper than the Validator allows
	KeywordMaxSize      = "maxSize"      // a payload or file larger than the Validator allows
	KeywordRegularFile  = "regularFile"  // ValidateDataset: a *.json name that is not a regular file
	KeywordRead         = "read"         // ValidateDataset: a file that could not be read

	KeywordLanguageTag  = "languageTag"              // a language tag not registered or not canonical, or a second entry for one language
	KeywordUniqueID     = string(rules.DuplicateID)  // two activities share an id
	KeywordIDPrefix     = string(rules.IDPrefix)     // an activity id does not start with its first partner's id
	KeywordDateOrder    = string(rules.DateOrder)    // an activity ends before it starts
	KeywordFileName     = string(rules.FileName)     // a file is not named after its agreement's id
	KeywordPartnerOf    = string(rules.PartnerOf)    // an agreement lists an activity whose partners do not include it
	KeywordFirstPartner = string(rules.FirstPartner) // an activity is stored in a file other than its first partner's
	KeywordPartnerRef   = string(rules.PartnerRef)   // an activity names a partner with no agreement
	KeywordPartnerOrder = string(rules.PartnerOrder) // an activity's partners are not in signing order
	KeywordPartOfRef    = string(rules.PartOfRef)    // an activity is part of one not in the dataset
	KeywordPartOfCycle  = string(rules.PartOfCycle)  // an activity is part of itself, directly or through others
)

// Sentinel returns the sentinel error of the root package that a violation with keyword
// stands for, the one regiodialogue.Load wraps for the same fault:
//
//	type                                   regiodialogue.ErrType
//	required                               regiodialogue.ErrMissingField
//	additionalProperties, false            regiodialogue.ErrUnknownField
//	syntax                                 regiodialogue.ErrSyntax
//	duplicateKey                           regiodialogue.ErrDuplicateKey
//	maxDepth                               regiodialogue.ErrTooDeep
//	maxSize                                regiodialogue.ErrTooLarge
//	regularFile                            regiodialogue.ErrNotRegular
//	uniqueId                               regiodialogue.ErrDuplicateID
//	dateOrder                              regiodialogue.ErrDateOrder
//	partnerRef, partOfRef, partOfCycle     regiodialogue.ErrReference
//	fileName                               regiodialogue.ErrFileName
//	anything else (enum, pattern, ...)     regiodialogue.ErrInvalidValue
//
// Violation.Err refines this by place (ErrNoSource, ErrNoEnglish).
func Sentinel(keyword string) error {
	switch keyword {
	case KeywordType:
		return regiodialogue.ErrType
	case KeywordRequired:
		return regiodialogue.ErrMissingField
	case KeywordAdditionalProperties, KeywordFalse:
		return regiodialogue.ErrUnknownField
	case KeywordSyntax:
		return regiodialogue.ErrSyntax
	case KeywordDuplicateKey:
		return regiodialogue.ErrDuplicateKey
	case KeywordMaxDepth:
		return regiodialogue.ErrTooDeep
	case KeywordMaxSize:
		return regiodialogue.ErrTooLarge
	case KeywordRegularFile:
		return regiodialogue.ErrNotRegular
	case KeywordUniqueID, KeywordIDPrefix, KeywordDateOrder, KeywordFileName,
		KeywordPartnerOf, KeywordFirstPartner, KeywordPartnerRef, KeywordPartnerOrder,
		KeywordPartOfRef, KeywordPartOfCycle:
		return rules.Rule(keyword).Err()
	}
	return regiodialogue.ErrInvalidValue
}

// Error is a failed validation: every violation found, in a stable order. File is set by
// ValidateDataset.
//
// Error wraps the sentinel error of each violation (see Violation.Err), so errors.Is tells
// the kind of fault as for the errors of regiodialogue.Load:
// errors.Is(err, regiodialogue.ErrDateOrder).
type Error struct {
	File       string
	Violations []Violation
}

// Error lists the violations, one a line.
func (e *Error) Error() string {
	var b strings.Builder
	for i, v := range e.Violations {
		if i > 0 {
			b.WriteByte('\n')
		}
		if e.File != "" {
			b.WriteString(e.File + ": ")
		}
		b.WriteString(v.String())
	}
	return b.String()
}

// Unwrap returns the sentinel error of each violation, for errors.Is.
func (e *Error) Unwrap() []error {
	errs := make([]error, len(e.Violations))
	for i, v := range e.Violations {
		errs[i] = v.Err()
	}
	return errs
}

// Validator validates payloads. The zero Validator is ready to use with the default limits.
type Validator struct {
	// MaxSize is the largest payload in bytes; 0 means DefaultMaxSize.
	MaxSize int
	// MaxDepth is the deepest nesting of objects and arrays; 0 means 64.
	MaxDepth int
}

var std Validator

// ValidateAgreement validates one agreement payload with the default limits.
func ValidateAgreement(data []byte) error { return std.ValidateAgreement(data) }

// ValidateActivity validates one activity payload with the default limits.
func ValidateActivity(data []byte) error { return std.ValidateActivity(data) }

// ValidateAgreementContext is ValidateAgreement that stops when ctx ends.
func ValidateAgreementContext(ctx context.Context, data []byte) error {
	return std.ValidateAgreementContext(ctx, data)
}

// ValidateActivityContext is ValidateActivity that stops when ctx ends.
func ValidateActivityContext(ctx context.Context, data []byte) error {
	return std.ValidateActivityContext(ctx, data)
}

// ValidateDataset validates every agreement file (*.json other than datapackage.json) at the
// top of fsys, then the rules across files (file names equal ids, ids unique). The errors of
// several files are joined with errors.Join; each is an *Error naming its file.
func ValidateDataset(fsys fs.FS) error { return std.ValidateDataset(fsys) }

type compiled struct {
	agreement, activity *jsonschema.Schema
}

var (
	compileOnce sync.Once
	schemas     compiled
	compileErr  error
)

func compile() (compiled, error) {
	compileOnce.Do(func() { schemas, compileErr = compileFS(files) })
	return schemas, compileErr
}

// compileFS compiles the schemas in fsys with every $ref resolved inside fsys.
func compileFS(fsys fs.FS) (compiled, error) {
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
		byID[BaseID+name] = data
	}
	c.LoadURL = func(url string) (io.ReadCloser, error) {
		data, ok := byID[strings.TrimSuffix(url, "#")]
		if !ok {
			return nil, fmt.Errorf("schema: $ref to %q leaves the embedded schemas", url)
		}
		return io.NopCloser(bytes.NewReader(data)), nil
	}
	for id, data := range byID {
		if err := c.AddResource(id, bytes.NewReader(data)); err != nil {
			return compiled{}, err
		}
	}
	var s compiled
	if s.agreement, err = c.Compile(AgreementID); err != nil {
		return compiled{}, err
	}
	if s.activity, err = c.Compile(ActivityID); err != nil {
		return compiled{}, err
	}
	return s, nil
}

// ValidateAgreement validates one agreement payload: input safety, the agreement schema,
// and the rules within one agreement (activity ids unique and prefixed by the agreement id,
// no activity ending before it starts, language tags canonical, one entry per language).
func (v *Validator) ValidateAgreement(data []byte) error {
	return v.validate(context.Background(), data, false)
}

// ValidateAgreementContext is ValidateAgreement that stops when ctx ends: ctx is checked
// before each stage of the validation (the decoder's pass, the JSON reading, the schema
// evaluation, the rules), and once it has ended the validation stops with an error that
// wraps ctx.Err() and is not an *Error. A stage under way runs to its end first; on a
// payload of DefaultMaxSize the longest takes some hundreds of milliseconds.
func (v *Validator) ValidateAgreementContext(ctx context.Context, data []byte) error {
	return v.validate(ctx, data, false)
}

// ValidateActivityContext is ValidateActivity that stops when ctx ends, as
// ValidateAgreementContext does.
func (v *Validator) ValidateActivityContext(ctx context.Context, data []byte) error {
	return v.validate(ctx, data, true)
}

// ValidateActivity validates one activity payload: input safety, the activity schema, and
// the rules within one activity (no end before start, language tags canonical).
func (v *Validator) ValidateActivity(data []byte) error {
	return v.validate(context.Background(), data, true)
}

// stopped returns the error of a validation stopped because ctx ended, or nil.
func stopped(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("schema: validation stopped: %w", err)
	}
	return nil
}

func (v *Validator) validate(ctx context.Context, data []byte, activity bool) error {
	if err := stopped(ctx); err != nil {
		return err
	}
	// The accept path. The Go decoder of the root package is the same contract as the schemas
	// in compiled form: it checks every keyword they state, and the rules they cannot. Tests
	// hold the two to each other (the broken-file corpus, the enums, and a fuzz test of the
	// full schema evaluation against the decoder). A payload the decoder accepts is valid,
	// and needs no second pass; any other is evaluated against the schemas in full, so that
	// every violation is listed.
	if v.fastPath(data) {
		var err error
		if activity {
			_, err = regiodialogue.DecodeActivity(data)
		} else {
			_, err = regiodialogue.DecodeAgreement(data)
		}
		if err == nil {
			return nil
		}
	}
	return v.validateFullContext(ctx, data, activity)
}

// fastPath reports whether the decoder's verdict on data can stand for the schemas': the
// payload is within the size limit, and the depth limit is no stricter than the decoder's
// (a valid agreement nests far less deeply than either).
func (v *Validator) fastPath(data []byte) bool {
	return len(data) <= v.maxSize() && (v.MaxDepth == 0 || v.MaxDepth >= jsonx.DefaultMaxDepth)
}

// validateFull evaluates data against the schemas and the rules, listing every violation.
func (v *Validator) validateFull(data []byte, activity bool) error {
	return v.validateFullContext(context.Background(), data, activity)
}

// validateFullContext is validateFull that stops when ctx ends.
func (v *Validator) validateFullContext(ctx context.Context, data []byte, activity bool) error {
	if err := stopped(ctx); err != nil {
		return err
	}
	s, err := compile()
	if err != nil {
		return err
	}
	maxSize := v.MaxSize
	if maxSize <= 0 {
		maxSize = DefaultMaxSize
	}
	if len(data) > maxSize {
		return &Error{Violations: []Violation{{Keyword: KeywordMaxSize,
			Message: fmt.Sprintf("payload is %d bytes; the limit is %d", len(data), maxSize)}}}
	}
	doc, err := jsonx.Decode(data, v.MaxDepth)
	if err != nil {
		var je *jsonx.Error
		if errors.As(err, &je) {
			return &Error{Violations: []Violation{{Pointer: je.Pointer, Keyword: inputKeyword(je.Err), Message: je.Msg}}}
		}
		return err
	}
	sch := s.agreement
	if activity {
		sch = s.activity
	}
	if err := stopped(ctx); err != nil {
		return err
	}
	doc = defuseNumbers(doc, map[json.Number]json.Number{})
	var vs []Violation
	if err := sch.Validate(doc); err != nil {
		var ve *jsonschema.ValidationError
		if !errors.As(err, &ve) {
			return err
		}
		vs = appendLeaves(vs, ve)
	}
	if err := stopped(ctx); err != nil {
		return err
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
		return nil
	}
	vs = dropRepeats(vs)
	sortViolations(vs)
	return &Error{Violations: vs}
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
			var langs rules.TextLanguages
			for _, k := range keys {
				info := rules.Tag(k)
				if info.Msg != "" {
					vs = append(vs, Violation{Pointer: ptr(k), Keyword: KeywordLanguageTag, Message: info.Msg})
					continue
				}
				for _, f := range langs.Add(k, info) {
					vs = append(vs, Violation{Pointer: ptr(f.Key), Keyword: KeywordLanguageTag, Message: f.Msg})
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
	for _, x := range list {
		acts = append(acts, toAct(x))
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
