// Package fault carries the faults the root package's strict decoder finds to package
// schema, which reports them as violations: each with its JSON pointer, the JSON Schema
// keyword (or rule) it breaks, an English message and the keyword's parameters. The root
// package sets the decoding functions when it is initialised; package schema calls them.
package fault

import (
	"context"
	"strconv"
	"strings"
)

// The keywords of the faults, as package schema exports them (schema.Keyword*).
const (
	Type                 = "type"
	Required             = "required"
	AdditionalProperties = "additionalProperties"
	Enum                 = "enum"
	Pattern              = "pattern"
	Not                  = "not"
	MinLength            = "minLength"
	MaxLength            = "maxLength"
	MinItems             = "minItems"
	UniqueItems          = "uniqueItems"
	LanguageTag          = "languageTag"
	Syntax               = "syntax"
	DuplicateKey         = "duplicateKey"
	MaxDepth             = "maxDepth"
	MaxSize              = "maxSize"
	MaxFaults            = "maxFaults"
)

// Fault is one fault of a payload.
type Fault struct {
	Pointer string
	Keyword string
	Message string
	Params  map[string]any
	Err     error // the sentinel error of the root package the fault wraps
}

// Options tune one decoding.
type Options struct {
	Ctx       context.Context // checked as the input is read; nil for none
	MaxFaults int             // the most faults listed; 0 or less lists every fault
	MaxDepth  int             // the deepest nesting; 0 means the decoder's default
}

// Result is what one decoding found.
type Result struct {
	Faults  []Fault // in the order of their pointers
	More    int     // faults found beyond Options.MaxFaults, counted but not listed
	Stopped error   // non-nil when Options.Ctx ended before the decoding did; it wraps ctx.Err()
}

// DecodeAgreement and DecodeActivity decode one agreement or activity payload strictly,
// returning the typed value (a regiodialogue.Agreement or regiodialogue.Activity, valid
// only when the result lists no fault) and the faults found. The root package sets them.
var (
	DecodeAgreement func(data []byte, o Options) (any, Result)
	DecodeActivity  func(data []byte, o Options) (any, Result)
)

// More is the message of the fault that ends a list cut short, counting the n faults not
// listed: "and 2,096,907 more violations" (noun in the singular, "violation").
func More(n int, noun string) string {
	if n != 1 {
		noun += "s"
	}
	return "and " + groupDigits(n) + " more " + noun
}

// groupDigits writes n with a comma between groups of three digits: 2,096,907.
func groupDigits(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
