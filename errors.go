package regiodialogue

import (
	"errors"

	"github.com/regiodialogue/regiodialogue/internal/jsonx"
	"github.com/regiodialogue/regiodialogue/internal/rules"
)

// Sentinel errors. Every error from Load or from decoding a record is an *Error (or several
// joined with errors.Join) wrapping one of these, so callers can test with errors.Is. The
// errors of package schema wrap the same sentinels: errors.Is(err, ErrDateOrder) holds for
// a *schema.Error with a dateOrder violation too (see schema.Sentinel for the mapping).
var (
	// ErrSyntax: the bytes are not JSON (malformed, empty, invalid UTF-8, trailing data).
	ErrSyntax = jsonx.ErrSyntax
	// ErrDuplicateKey: an object has the same key twice.
	ErrDuplicateKey = jsonx.ErrDuplicateKey
	// ErrTooDeep: values are nested deeper than the decoder allows.
	ErrTooDeep = jsonx.ErrTooDeep
	// ErrType: a value has the wrong JSON type (including null, which no field accepts).
	ErrType = jsonx.ErrType
	// ErrUnknownField: an object has a key the format does not define, including a key that
	// differs from a defined one only in case.
	ErrUnknownField = errors.New("unknown field")
	// ErrMissingField: a required field is absent.
	ErrMissingField = errors.New("missing required field")
	// ErrInvalidValue: a value of the right type is not allowed (an unknown code, a malformed
	// date or language tag, an empty string or list, a bad URL or id).
	ErrInvalidValue = rules.ErrInvalidValue
	// ErrNoEnglish: a Text has no "en" entry.
	ErrNoEnglish = errors.New("text has no English")
	// ErrDuplicateID: two agreements or two activities share an id.
	ErrDuplicateID = rules.ErrDuplicateID
	// ErrDateOrder: an activity ends before it starts.
	ErrDateOrder = rules.ErrDateOrder
	// ErrNoSource: an agreement, instrument or activity cites no source.
	ErrNoSource = errors.New("no source")
	// ErrReference: a reference does not resolve, such as an activity's partner with no
	// agreement in the dataset.
	ErrReference = rules.ErrReference
	// ErrFileName: a file's name does not match the id of the agreement it holds.
	ErrFileName = rules.ErrFileName
	// ErrNotRegular: a name Load would read (*.json) is not a regular file but a
	// directory, a named pipe, a device or a socket. Load finds this before reading a byte,
	// and never waits on it (see Load).
	ErrNotRegular = errors.New("not a regular file")
	// ErrTooManyFaults: more faults were found than are listed (see MaxFaults). It is
	// wrapped by the last error of a list cut short, which says how many were not listed.
	ErrTooManyFaults = errors.New("too many faults")
)

// Error is a fault at one place in one file.
type Error struct {
	File    string // the file's path in the fs.FS given to Load, "." for its directory; "" for a lone record
	Pointer string // JSON pointer (RFC 6901) of the value at fault; "" is the whole document
	Err     error  // the sentinel this error wraps
	Msg     string // what is wrong, for people

	keyword string         // the JSON Schema keyword or rule broken, for package schema
	params  map[string]any // the keyword's parameters, for package schema
}

// Error formats e as "file: pointer: message", or ".: message" for a fault of the directory
// itself.
func (e *Error) Error() string {
	if e.File == "." && e.Pointer == "" {
		return ".: " + e.Msg
	}
	p := e.Pointer
	if p == "" {
		p = "/"
	}
	if e.File == "" {
		return p + ": " + e.Msg
	}
	return e.File + ": " + p + ": " + e.Msg
}

// Unwrap returns the sentinel.
func (e *Error) Unwrap() error { return e.Err }
