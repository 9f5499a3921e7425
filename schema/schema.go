// Package schema validates agreement and activity payloads against the JSON Schemas
// (draft 2020-12) that specify the regiodialogue dataset format, and checks the rules no
// JSON Schema can state. The schema files are embedded; FS returns them, for services that
// validate in another language.
//
// Validation is closed to the outside: nothing is ever read from disk or the network. The
// payload's size, nesting depth, UTF-8, duplicate keys and trailing data are checked in the
// same pass as its values.
//
// The validators read the payload once, with the strict decoder of package regiodialogue,
// which checks every keyword the schemas state and the rules they cannot; the schemas are
// not evaluated at run time. Tests, fuzz targets and tools/difftest hold the decoder's
// verdicts, pointers and keywords to jsonschema/v5 evaluating the schemas (and to
// python-jsonschema and Ajv).
//
// A failed validation returns an *Error listing the violations, up to Validator.MaxFaults
// (100 by default), each with its JSON pointer, keyword (one of the Keyword constants),
// English message and parameters, in a stable order; a list cut short ends with one
// violation of keyword "maxFaults" counting the rest. A missing required field is one
// violation at the field's pointer.
//
// Which to use when: ValidateAgreement (or ValidateActivity) to check a payload and
// nothing more; DecodeAgreement (or DecodeActivity) to check it and use its typed value,
// in one pass at the same cost; ValidateDataset for a directory of agreement files, with
// the rules across files; regiodialogue.Load to read such a directory into a Dataset. All
// share one size limit (DefaultMaxSize, regiodialogue.MaxFileSize) and one fault limit
// (100 by default). The *Error wraps, for errors.Is, the
// sentinel errors of package regiodialogue that regiodialogue.Load wraps for the same
// faults (see Sentinel), so that one test serves both:
// errors.Is(err, regiodialogue.ErrDateOrder).
package schema

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/regiodialogue/regiodialogue"
	flt "github.com/regiodialogue/regiodialogue/internal/fault"
	"github.com/regiodialogue/regiodialogue/internal/jsonx"
	"github.com/regiodialogue/regiodialogue/internal/rules"
)

// The schemas' $ids. A breaking change to the format bumps the major version in the path.
const (
	BaseID      = "https://github.com/regiodialogue/regiodialogue/schema/v3/"
	AgreementID = BaseID + "agreement.schema.json"
	ActivityID  = BaseID + "activity.schema.json"
	DefsID      = BaseID + "defs.schema.json"
)

// DefaultMaxSize is the largest payload accepted by a zero Validator: 1 MiB, the limit of
// regiodialogue.Load too (regiodialogue.MaxFileSize).
const DefaultMaxSize = regiodialogue.MaxFileSize

// DefaultMaxFaults is the most violations a zero Validator lists for one payload or file:
// regiodialogue.DefaultMaxFaults, as for regiodialogue.Load.
const DefaultMaxFaults = regiodialogue.DefaultMaxFaults

//go:embed *.schema.json
var files embed.FS

// FS returns the schema files: agreement.schema.json, activity.schema.json and
// defs.schema.json.
func FS() fs.FS { return files }

// Violation is one way a payload breaks the format. Its JSON form is
// {"pointer": ..., "keyword": ..., "message": ..., "params": {...}}.
//
// Params holds what the message says, by name, so that a message can be written in any
// language from the keyword and its parameters: the allowed values of an enum, the limit
// of a minItems, the expected and actual types of a type violation, the offending value.
// Its keys for each keyword are listed in schema/README.md; values are strings, ints or
// lists of strings. It is nil for a violation with nothing to say beyond its keyword.
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
	KeywordMaxFaults    = "maxFaults"    // the last of a list cut short: the count of the violations not listed

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
//	maxFaults                              regiodialogue.ErrTooManyFaults
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
	case KeywordMaxFaults:
		return regiodialogue.ErrTooManyFaults
	case KeywordUniqueID, KeywordIDPrefix, KeywordDateOrder, KeywordFileName,
		KeywordPartnerOf, KeywordFirstPartner, KeywordPartnerRef, KeywordPartnerOrder,
		KeywordPartOfRef, KeywordPartOfCycle:
		return rules.Rule(keyword).Err()
	}
	return regiodialogue.ErrInvalidValue
}

// Error is a failed validation: the violations found, in a stable order, up to the
// Validator's MaxFaults; a list cut short ends with a violation of keyword "maxFaults". File
// is set by ValidateDataset.
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
	// MaxSize is the largest payload (or file, for ValidateDataset) in bytes; 0 means
	// DefaultMaxSize.
	MaxSize int
	// MaxDepth is the deepest nesting of objects and arrays; 0 means 64.
	MaxDepth int
	// MaxFaults is the most violations listed for one payload or file; 0 means
	// DefaultMaxFaults, and a negative value lists every violation. The list then ends with
	// one violation of keyword "maxFaults" whose params count those not listed. Once the
	// list is full, further faults are counted without being built, so that a payload full
	// of faults costs about what a valid one of the same size costs.
	MaxFaults int
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

// DecodeAgreement validates one agreement payload with the default limits and returns its
// typed value, in one pass: see Validator.DecodeAgreement.
func DecodeAgreement(data []byte) (regiodialogue.Agreement, error) { return std.DecodeAgreement(data) }

// DecodeActivity validates one activity payload with the default limits and returns its
// typed value, in one pass: see Validator.DecodeActivity.
func DecodeActivity(data []byte) (regiodialogue.Activity, error) { return std.DecodeActivity(data) }

// ValidateAgreement validates one agreement payload: input safety (size, nesting depth,
// UTF-8, duplicate keys, trailing data), every keyword of the agreement schema, and the
// rules within one agreement (activity ids unique and prefixed by the agreement id, no
// activity ending before it starts, language tags registered and canonical, one entry per
// language).
func (v *Validator) ValidateAgreement(data []byte) error {
	_, err := v.decode(context.Background(), data, false)
	return err
}

// ValidateActivity validates one activity payload: input safety, the activity schema, and
// the rules within one activity (no end before start, language tags canonical).
func (v *Validator) ValidateActivity(data []byte) error {
	_, err := v.decode(context.Background(), data, true)
	return err
}

// ValidateAgreementContext is ValidateAgreement that stops when ctx ends: the decoder checks
// ctx as it reads (every few hundred values), so that it returns within milliseconds of
// the end at any payload size and shape, with an error that wraps ctx.Err() and is not an
// *Error.
func (v *Validator) ValidateAgreementContext(ctx context.Context, data []byte) error {
	_, err := v.decode(ctx, data, false)
	return err
}

// ValidateActivityContext is ValidateActivity that stops when ctx ends, as
// ValidateAgreementContext does.
func (v *Validator) ValidateActivityContext(ctx context.Context, data []byte) error {
	_, err := v.decode(ctx, data, true)
	return err
}

// DecodeAgreement validates one agreement payload as ValidateAgreement does, with the same
// verdict and the same *Error, and returns its typed value, in one pass over the bytes. A
// service that needs the value calls this rather than ValidateAgreement followed by
// regiodialogue.DecodeAgreement. The value is the zero Agreement when err is not nil.
func (v *Validator) DecodeAgreement(data []byte) (regiodialogue.Agreement, error) {
	x, err := v.decode(context.Background(), data, false)
	if err != nil {
		return regiodialogue.Agreement{}, err
	}
	return x.(regiodialogue.Agreement), nil
}

// DecodeActivity validates one activity payload as ValidateActivity does and returns its
// typed value, in one pass.
func (v *Validator) DecodeActivity(data []byte) (regiodialogue.Activity, error) {
	x, err := v.decode(context.Background(), data, true)
	if err != nil {
		return regiodialogue.Activity{}, err
	}
	return x.(regiodialogue.Activity), nil
}

// DecodeAgreementContext is DecodeAgreement that stops when ctx ends, as
// ValidateAgreementContext does.
func (v *Validator) DecodeAgreementContext(ctx context.Context, data []byte) (regiodialogue.Agreement, error) {
	x, err := v.decode(ctx, data, false)
	if err != nil {
		return regiodialogue.Agreement{}, err
	}
	return x.(regiodialogue.Agreement), nil
}

// stopped returns the error of a validation stopped because ctx ended, or nil.
func stopped(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("schema: validation stopped: %w", err)
	}
	return nil
}

func (v *Validator) maxFaults() int {
	switch {
	case v.MaxFaults == 0:
		return DefaultMaxFaults
	case v.MaxFaults < 0:
		return 0
	}
	return v.MaxFaults
}

// decode reads data with the strict decoder and turns its faults into violations.
func (v *Validator) decode(ctx context.Context, data []byte, activity bool) (any, error) {
	x, r, err := v.run(ctx, data, activity)
	if err != nil {
		return nil, err
	}
	if len(r.Faults) == 0 {
		return x, nil
	}
	return nil, &Error{Violations: violations(r)}
}

// run reads data with the strict decoder, returning what it decoded (valid only when r
// lists no fault) and the faults found. err is a payload over the size limit (an *Error)
// or a context that ended.
func (v *Validator) run(ctx context.Context, data []byte, activity bool) (x any, r flt.Result, err error) {
	if err := stopped(ctx); err != nil {
		return nil, r, err
	}
	if max := v.maxSize(); len(data) > max {
		return nil, r, &Error{Violations: []Violation{{Keyword: KeywordMaxSize,
			Message: fmt.Sprintf("payload is %d bytes; the limit is %d", len(data), max),
			Params:  map[string]any{"limit": max, "size": len(data)}}}}
	}
	o := flt.Options{MaxFaults: v.maxFaults(), MaxDepth: v.MaxDepth, Ctx: ctx}
	decode := flt.DecodeAgreement
	if activity {
		decode = flt.DecodeActivity
	}
	x, r = decode(data, o)
	if r.Stopped != nil {
		return nil, r, fmt.Errorf("schema: validation stopped: %w", r.Stopped)
	}
	return x, r, nil
}

// violations turns the decoder's faults into violations, in the order of sortViolations,
// the one counting those not listed last.
func violations(r flt.Result) []Violation {
	vs := make([]Violation, len(r.Faults), len(r.Faults)+1)
	for i, f := range r.Faults {
		vs[i] = Violation{Pointer: f.Pointer, Keyword: f.Keyword, Message: f.Message, Params: f.Params}
	}
	sortViolations(vs)
	if r.More > 0 {
		vs = append(vs, moreViolation(r.More, len(r.Faults)))
	}
	return vs
}

// moreViolation is the violation that ends a list cut at limit, counting the n not listed.
func moreViolation(n, limit int) Violation {
	return Violation{Keyword: KeywordMaxFaults, Message: flt.More(n, "violation"),
		Params: map[string]any{"count": n, "limit": limit}}
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
