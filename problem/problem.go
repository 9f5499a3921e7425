// Package problem writes the errors of regiodialogue's validation as RFC 9457 problem
// details ("application/problem+json"), in a reader's language: the title of the problem
// kind, a detail that counts the violations with the language's plural rules, and each
// violation with its JSON pointer, keyword, parameters and a message rendered in that
// language from them.
//
// A service that validates payloads with package schema answers with FromError:
//
//	if err := schema.ValidateAgreement(body); err != nil {
//		p := problem.FromError(err, locale.FromAcceptLanguage(r.Header.Get("Accept-Language")))
//		p.Write(w) // 422, 400 or 413, Content-Type application/problem+json
//	}
//
// Each Kind has a type URI, TypeBase followed by the kind ("…#invalid"), documented in
// docs/PROBLEMS.md and in the OpenAPI description of examples/server.
package problem

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"

	"github.com/regiodialogue/regiodialogue/locale"
	"github.com/regiodialogue/regiodialogue/schema"
	"golang.org/x/text/language"
)

// ContentType is the media type of a problem details object (RFC 9457, section 3).
const ContentType = "application/problem+json"

// TypeBase is the start of every problem type URI; the kind follows it.
const TypeBase = "https://github.com/regiodialogue/regiodialogue/blob/main/docs/PROBLEMS.md#"

// Kind is a kind of problem: it gives the type URI, the HTTP status and the title.
type Kind string

// The kinds of problem.
const (
	Invalid              Kind = "invalid"                // 422: well-formed JSON that breaks the format or the dataset's rules
	Malformed            Kind = "malformed"              // 400: not JSON, a duplicate key, nesting too deep
	TooLarge             Kind = "too-large"              // 413: a body over the size limit
	UnsupportedMediaType Kind = "unsupported-media-type" // 415: a body that is not application/json
	NotFound             Kind = "not-found"              // 404: no such path, schema or agreement
	MethodNotAllowed     Kind = "method-not-allowed"     // 405: the path exists, the method does not
	Unavailable          Kind = "unavailable"            // 503: too busy, or the validation ran out of time
	Internal             Kind = "internal"               // 500: a fault of the service itself
)

// Kinds returns every kind, in the order above.
func Kinds() []Kind {
	return []Kind{Invalid, Malformed, TooLarge, UnsupportedMediaType, NotFound, MethodNotAllowed, Unavailable, Internal}
}

var statuses = map[Kind]int{
	Invalid:              http.StatusUnprocessableEntity,
	Malformed:            http.StatusBadRequest,
	TooLarge:             http.StatusRequestEntityTooLarge,
	UnsupportedMediaType: http.StatusUnsupportedMediaType,
	NotFound:             http.StatusNotFound,
	MethodNotAllowed:     http.StatusMethodNotAllowed,
	Unavailable:          http.StatusServiceUnavailable,
	Internal:             http.StatusInternalServerError,
}

// Status returns k's HTTP status code; 500 for an unknown kind.
func (k Kind) Status() int {
	if s, ok := statuses[k]; ok {
		return s
	}
	return http.StatusInternalServerError
}

// Type returns k's type URI.
func (k Kind) Type() string { return TypeBase + string(k) }

// Title returns k's title in l's language: "Invalid payload", "Недопустимые данные".
func (k Kind) Title(l locale.Locale) string { return l.Message("problem." + string(k)) }

// Details is an RFC 9457 problem details object, with the violations of a failed
// validation as an extension member.
type Details struct {
	Type   string `json:"type"`             // the kind's URI
	Title  string `json:"title"`            // the kind's title, in the reader's language
	Status int    `json:"status"`           // the HTTP status code
	Detail string `json:"detail,omitempty"` // this occurrence, in the reader's language
	// Violations are the faults found, in the order of schema.Error.
	Violations []Violation `json:"violations,omitempty"`
	// Omitted counts the faults found but not listed (the fault cap, or the size limit of
	// an answer); 0 when every fault is listed.
	Omitted int `json:"omitted,omitempty"`

	lang string // the language the texts are written in, for Content-Language
}

// Violation is one fault of a payload.
type Violation struct {
	File    string         `json:"file,omitempty"`   // the file, for a dataset's fault
	Pointer string         `json:"pointer"`          // RFC 6901 JSON pointer; "" is the whole payload
	Keyword string         `json:"keyword"`          // the JSON Schema keyword or rule (schema.Keyword…)
	Message string         `json:"message"`          // what is wrong, in the reader's language
	Params  map[string]any `json:"params,omitempty"` // the keyword's parameters, from schema.Violation
}

// New returns a problem of kind k with the given detail (already in l's language, or "").
func New(k Kind, l locale.Locale, detail string) *Details {
	return &Details{Type: k.Type(), Title: k.Title(l), Status: k.Status(), Detail: detail, lang: l.UI().String()}
}

// malformed are the keywords that mean the payload is not well-formed JSON.
var malformed = map[string]bool{schema.KeywordSyntax: true, schema.KeywordDuplicateKey: true, schema.KeywordMaxDepth: true}

// FromError returns the problem an error of package schema stands for, in l's language:
// Invalid (422) for violations of the format or the rules, Malformed (400) when the
// payload is not well-formed JSON, TooLarge (413) when it is over the size limit, each
// listing every violation; Unavailable (503) for an expired deadline or a cancelled
// context; Internal (500) for any other error, whose text is not shown.
func FromError(err error, l locale.Locale) *Details {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled):
		return New(Unavailable, l, l.Message("problem.detail.timeout"))
	}
	var all []*schema.Error
	collect(err, &all)
	if len(all) == 0 {
		return New(Internal, l, "")
	}
	kind := Invalid
	var vs []Violation
	for _, se := range all {
		for _, v := range se.Violations {
			switch {
			case v.Keyword == schema.KeywordMaxSize:
				kind = TooLarge
			case malformed[v.Keyword] && kind == Invalid:
				kind = Malformed
			}
			vs = append(vs, Violation{File: se.File, Pointer: v.Pointer, Keyword: v.Keyword,
				Message: message(l, v), Params: v.Params})
		}
	}
	p := New(kind, l, l.Count(len(vs), locale.Violations))
	p.Violations = vs
	return p
}

// collect appends the *schema.Error values in err's tree to out.
func collect(err error, out *[]*schema.Error) {
	var se *schema.Error
	if errors.As(err, &se) && se == err {
		*out = append(*out, se)
		return
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			collect(e, out)
		}
		return
	}
	if errors.As(err, &se) {
		*out = append(*out, se)
	}
}

// message renders v in l's language from its keyword and parameters; in English, and when
// l's catalog cannot render it, it is v's own message.
func message(l locale.Locale, v schema.Violation) string {
	if l.UI() == language.English {
		return v.Message
	}
	if s, ok := l.Violation(v.Keyword, v.Params); ok {
		return s
	}
	return v.Message
}

// Write writes p as the answer: its status, Content-Type application/problem+json,
// Content-Language, and the JSON body. An answer over maxAnswer bytes lists fewer
// violations and counts the rest in Omitted.
func (p *Details) Write(w http.ResponseWriter) error {
	b := p.encode()
	h := w.Header()
	h.Set("Content-Type", ContentType)
	h.Set("Content-Language", p.lang)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(p.Status)
	_, err := w.Write(b)
	return err
}

// MaxAnswer is the largest body Write sends: violations beyond it are counted in Omitted.
const MaxAnswer = 64 << 10

// encode returns p as JSON of at most MaxAnswer bytes.
func (p *Details) encode() []byte {
	b, _ := json.Marshal(p) // the fields are strings, numbers and maps of JSON values
	if len(b) <= MaxAnswer {
		return b
	}
	// Halve the list until it fits, then grow it back one by one: O(n log n) encodings
	// of a list of at most a few hundred items (the fault cap).
	q := *p
	n := len(p.Violations)
	for n > 0 {
		n /= 2
		q.Violations, q.Omitted = p.Violations[:n], p.Omitted+len(p.Violations)-n
		if b, _ = json.Marshal(&q); len(b) <= MaxAnswer {
			break
		}
	}
	for n < len(p.Violations) {
		r := q
		r.Violations, r.Omitted = p.Violations[:n+1], p.Omitted+len(p.Violations)-n-1
		c, _ := json.Marshal(&r)
		if len(c) > MaxAnswer {
			break
		}
		q, b, n = r, c, n+1
	}
	return b
}
