// Package jsonx is a strict, single-pass JSON reader shared by the root package's Load and by
// package schema.
//
// It accepts exactly RFC 8259 JSON and rejects, with the JSON pointer of the place, what
// encoding/json would let through: duplicate object keys, invalid UTF-8, lone surrogate
// escapes, trailing data after the value, empty input, a leading byte-order mark. It also bounds nesting depth, so
// hostile input such as 200,000 nested '[' fails promptly instead of exhausting the stack.
//
// Typed decoding is driven by the caller through Object, Array, String, Bool and Number;
// Value decodes any JSON value into the model of encoding/json with UseNumber
// (map[string]any, []any, json.Number, string, bool, nil).
package jsonx

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Sentinel errors; every *Error wraps exactly one of them.
var (
	ErrSyntax       = errors.New("malformed JSON")
	ErrDuplicateKey = errors.New("duplicate object key")
	ErrTooDeep      = errors.New("nesting too deep")
	ErrTooLarge     = errors.New("input too large")
	ErrType         = errors.New("wrong JSON type")
)

// DefaultMaxDepth is the nesting depth allowed when a Decoder's MaxDepth is zero.
const DefaultMaxDepth = 64

// Error is a decoding error at a place in the input.
type Error struct {
	Pointer string // JSON pointer (RFC 6901) of the value at fault; "" is the whole document
	Offset  int    // byte offset in the input where the fault was found
	Err     error  // the sentinel
	Msg     string // what was wrong, for people
	// Want and Got name the JSON types of an ErrType error: the type expected and the type
	// found ("object", "array", "string", "boolean", "number", "null").
	Want, Got string
	// Byte is the byte named in the message of an ErrSyntax error about a control byte or a
	// byte that is not UTF-8, and Found what the decoder found where it expected something
	// else ("end of input", "byte 0x00 at offset 11"); both are "" when they do not apply.
	Byte  string
	Found string
	// Limit is the depth limit an ErrTooDeep error broke.
	Limit int
}

func (e *Error) Error() string {
	p := e.Pointer
	if p == "" {
		p = "/"
	}
	return p + ": " + e.Msg
}

func (e *Error) Unwrap() error { return e.Err }

type segment struct {
	key   string
	index int // -1 for an object key
}

// Decoder reads one JSON document from a byte slice.
type Decoder struct {
	MaxDepth int // 0 means DefaultMaxDepth

	// Recoverable, when set, makes the Decoder go on after a fault: an error returned by the
	// function reading an object member or an array element (or by the function given to
	// Guard) for which Recoverable reports true is recorded, the rest of that value is
	// skipped, and reading continues with the next one. Faults returns what was recorded.
	// A fault the input itself makes unreadable (malformed JSON) is never recorded: Skip
	// meets it again and returns it.
	Recoverable func(error) bool

	// MaxFaults, when positive, bounds the faults recorded under Recoverable: once that many
	// are recorded, further faults are only counted (see More), and Full reports true so
	// that a caller can count a fault without building it.
	MaxFaults int

	// Ctx, when set, is checked as the input is read (every few hundred values): once it
	// has ended, reading stops with an *ErrStopped wrapping ctx.Err(), which the caller's
	// Recoverable must not take as recoverable.
	Ctx context.Context

	data   []byte
	pos    int
	depth  int
	path   []segment
	faults []error
	more   int // faults counted beyond MaxFaults
	steps  int // values read since Ctx was last checked
}

// ctxEvery is how many values the decoder reads between two checks of its Ctx.
const ctxEvery = 1 << 8

// ErrStopped wraps the error of a Ctx that ended while the decoder was reading.
type ErrStopped struct{ Err error }

func (e *ErrStopped) Error() string { return "reading stopped: " + e.Err.Error() }
func (e *ErrStopped) Unwrap() error { return e.Err }

// tick counts one value read and checks Ctx every ctxEvery values.
func (d *Decoder) tick() error {
	if d.Ctx == nil {
		return nil
	}
	if d.steps++; d.steps < ctxEvery {
		return nil
	}
	d.steps = 0
	if err := d.Ctx.Err(); err != nil {
		return &ErrStopped{Err: err}
	}
	return nil
}

// PeekObject reports whether the next value is an object.
func (d *Decoder) PeekObject() bool { return d.peek() == '{' }

// Index returns the index of the array element being read, or -1 when the value being
// read is not an array element.
func (d *Decoder) Index() int {
	if len(d.path) == 0 {
		return -1
	}
	return d.path[len(d.path)-1].index
}

// Faults returns the faults recorded under Recoverable, in the order they were met.
func (d *Decoder) Faults() []error { return d.faults }

// More returns how many faults were counted, not recorded, once MaxFaults were.
func (d *Decoder) More() int { return d.more }

// Full reports whether MaxFaults faults are recorded, so that a new one is only counted.
func (d *Decoder) Full() bool { return d.MaxFaults > 0 && len(d.faults) >= d.MaxFaults }

// Faulty reports whether a fault was recorded or counted.
func (d *Decoder) Faulty() bool { return len(d.faults) > 0 || d.more > 0 }

// Count counts a fault without recording it; call it instead of building a fault when Full.
func (d *Decoder) Count() { d.more++ }

// record records a recoverable fault, or counts it when MaxFaults are recorded.
func (d *Decoder) record(err error) {
	if err == errCounted || d.Full() {
		d.more++
		return
	}
	d.faults = append(d.faults, err)
}

// errCounted stands for a type error found once the fault list is full: it is counted, not
// recorded, and costs nothing to build.
var errCounted = &Error{Err: ErrType, Msg: "wrong JSON type"}

// Report records err as a fault and returns nil when it is recoverable (see Recoverable);
// otherwise it returns err. It is for a fault found in a value already read, when reading
// can go on as if the value were valid.
func (d *Decoder) Report(err error) error {
	if err != errCounted && (d.Recoverable == nil || !d.Recoverable(err)) {
		return err
	}
	d.record(err)
	return nil
}

// Guard runs fn, which reads one value; when fn fails with a recoverable error (see
// Recoverable), Guard records it, skips the value from its start and returns nil.
func (d *Decoder) Guard(fn func() error) error {
	d.skipSpace()
	start, pathLen, depth := d.pos, len(d.path), d.depth
	err := fn()
	if err == nil || err != errCounted && (d.Recoverable == nil || !d.Recoverable(err)) {
		return err
	}
	d.record(err)
	d.pos, d.path, d.depth = start, d.path[:pathLen], depth
	return d.Skip()
}

// NewDecoder returns a Decoder reading data.
func NewDecoder(data []byte) *Decoder {
	return &Decoder{data: data, path: make([]segment, 0, 8)}
}

// Pointer returns the JSON pointer of the value being read.
func (d *Decoder) Pointer() string {
	return FormatPointer(d.path)
}

// FormatPointer renders a path as an RFC 6901 JSON pointer.
func FormatPointer(path []segment) string {
	if len(path) == 0 {
		return ""
	}
	var b strings.Builder
	for _, s := range path {
		b.WriteByte('/')
		if s.index >= 0 {
			b.WriteString(strconv.Itoa(s.index))
			continue
		}
		b.WriteString(EscapePointerToken(s.key))
	}
	return b.String()
}

// ComparePointers orders JSON pointers token by token, array indexes numerically
// ("/a/2" before "/a/10"), a pointer before those it is a prefix of. It returns -1, 0 or +1.
func ComparePointers(a, b string) int {
	for {
		ta, resta, moreA := strings.Cut(a, "/")
		tb, restb, moreB := strings.Cut(b, "/")
		if ta != tb {
			ai, aok := pointerIndex(ta)
			bi, bok := pointerIndex(tb)
			if aok && bok {
				if ai < bi {
					return -1
				}
				return 1
			}
			return strings.Compare(ta, tb)
		}
		switch {
		case !moreA && !moreB:
			return 0
		case !moreA:
			return -1
		case !moreB:
			return 1
		}
		a, b = resta, restb
	}
}

// pointerIndex returns the value of an array index token: digits only, at most 18 of them.
func pointerIndex(tok string) (int, bool) {
	if tok == "" || len(tok) > 18 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// EscapePointerToken escapes one reference token of a JSON pointer ("~" as "~0", "/" as "~1").
func EscapePointerToken(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(s)
}

// Errorf returns an *Error at the current value wrapping sentinel.
func (d *Decoder) Errorf(sentinel error, format string, args ...any) *Error {
	return &Error{Pointer: d.Pointer(), Offset: d.pos, Err: sentinel, Msg: fmt.Sprintf(format, args...)}
}

func (d *Decoder) skipSpace() {
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

// peek returns the next non-space byte, or 0 at the end of the input.
func (d *Decoder) peek() byte {
	d.skipSpace()
	if d.pos >= len(d.data) {
		return 0
	}
	return d.data[d.pos]
}

// Kind names the JSON type starting with byte c, for messages.
func Kind(c byte) string {
	switch {
	case c == '{':
		return "object"
	case c == '[':
		return "array"
	case c == '"':
		return "string"
	case c == 't' || c == 'f':
		return "boolean"
	case c == 'n':
		return "null"
	case c == '-' || (c >= '0' && c <= '9'):
		return "number"
	case c == 0:
		return "end of input"
	}
	return fmt.Sprintf("character %q", c)
}

// syntaxf returns an ErrSyntax error at the current value whose message ends with what is
// at the decoder's position (see found).
func (d *Decoder) syntaxf(format string, args ...any) *Error {
	f := d.found()
	e := d.Errorf(ErrSyntax, format+"found %s", append(args, f)...)
	e.Found = f
	return e
}

// found names what is at the decoder's position, for a syntax error: "end of input", the
// JSON type a value starts with, a printable character, or a byte by value and offset
// ("byte 0x00 at offset 11", "invalid UTF-8 byte 0xFF at offset 5").
func (d *Decoder) found() string {
	if d.pos >= len(d.data) {
		return "end of input"
	}
	c := d.data[d.pos]
	switch {
	case c < 0x20 || c == 0x7F:
		return fmt.Sprintf("byte 0x%02X at offset %d", c, d.pos)
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRune(d.data[d.pos:])
		if r == utf8.RuneError && size == 1 {
			return fmt.Sprintf("invalid UTF-8 byte 0x%02X at offset %d", c, d.pos)
		}
		return fmt.Sprintf("character %q (%U) at offset %d", r, r, d.pos)
	case startsValue(c):
		return fmt.Sprintf("%s at offset %d", Kind(c), d.pos)
	}
	return fmt.Sprintf("character %q at offset %d", c, d.pos)
}

// atEnd reports whether only white space is left.
func (d *Decoder) atEnd() bool {
	d.skipSpace()
	return d.pos >= len(d.data)
}

// expect reports a type error unless the next value starts with c.
func (d *Decoder) expect(c byte, want string) error {
	got := d.peek()
	if got == c {
		return nil
	}
	if !startsValue(got) || d.atEnd() {
		return d.syntaxf("expected %s, ", want)
	}
	// Make sure the unexpected value is itself well-formed, so that malformed input is
	// reported as a syntax error rather than as a type error.
	save := d.pos
	if err := d.Skip(); err != nil {
		return err
	}
	d.pos = save
	if d.Recoverable != nil && d.Full() {
		return errCounted
	}
	e := d.Errorf(ErrType, "expected %s, found %s", want, Kind(got))
	e.Want, e.Got = want, Kind(got)
	return e
}

func (d *Decoder) push() error {
	d.depth++
	max := d.MaxDepth
	if max <= 0 {
		max = DefaultMaxDepth
	}
	if d.depth > max {
		e := d.Errorf(ErrTooDeep, "nesting deeper than %d levels", max)
		e.Limit = max
		return e
	}
	return nil
}

// Object reads an object, calling fn for each member with the path extended by its key.
// fn must read the member's value. A key seen twice is an ErrDuplicateKey error.
func (d *Decoder) Object(fn func(key string) error) error {
	return d.ObjectKnown(nil, fn)
}

// ObjectKnown is Object for an object whose keys are usually among known: a key equal to
// one of them is handed to fn as that string, without allocating a copy.
func (d *Decoder) ObjectKnown(known []string, fn func(key string) error) error {
	if err := d.expect('{', "object"); err != nil {
		return err
	}
	if err := d.push(); err != nil {
		return err
	}
	d.pos++
	var small [16]string
	seen := small[:0]
	var many map[string]struct{}
	if d.peek() == '}' {
		d.pos++
		d.depth--
		return nil
	}
	for {
		if d.peek() != '"' {
			return d.syntaxf("expected object key, ")
		}
		keyAt := d.pos
		key, err := d.readKey(known)
		if err != nil {
			return err
		}
		if many != nil {
			if _, dup := many[key]; dup {
				return d.dupKey(key, keyAt)
			}
			many[key] = struct{}{}
		} else {
			for _, k := range seen {
				if k == key {
					return d.dupKey(key, keyAt)
				}
			}
			if len(seen) < len(small) {
				seen = append(seen, key)
			} else {
				many = make(map[string]struct{}, 2*len(small))
				for _, k := range seen {
					many[k] = struct{}{}
				}
				many[key] = struct{}{}
			}
		}
		if d.peek() != ':' {
			return d.syntaxf("expected ':' after object key %q, ", key)
		}
		d.pos++
		d.path = append(d.path, segment{key: key, index: -1})
		if d.atEnd() {
			return d.Errorf(ErrSyntax, "unexpected end of input")
		}
		if err := d.tick(); err != nil {
			return err
		}
		if err := d.Guard(func() error { return fn(key) }); err != nil {
			return err
		}
		d.path = d.path[:len(d.path)-1]
		switch d.peek() {
		case ',':
			d.pos++
		case '}':
			d.pos++
			d.depth--
			return nil
		default:
			return d.syntaxf("expected ',' or '}' in object, ")
		}
	}
}

func (d *Decoder) dupKey(key string, at int) error {
	d.path = append(d.path, segment{key: key, index: -1})
	e := d.Errorf(ErrDuplicateKey, "duplicate key %q", key)
	e.Offset = at
	d.path = d.path[:len(d.path)-1]
	return e
}

// Array reads an array, calling fn for each element with the path extended by its index.
func (d *Decoder) Array(fn func(i int) error) error {
	if err := d.expect('[', "array"); err != nil {
		return err
	}
	if err := d.push(); err != nil {
		return err
	}
	d.pos++
	if d.peek() == ']' {
		d.pos++
		d.depth--
		return nil
	}
	for i := 0; ; i++ {
		d.path = append(d.path, segment{index: i})
		if d.atEnd() {
			return d.Errorf(ErrSyntax, "unexpected end of input")
		}
		if err := d.tick(); err != nil {
			return err
		}
		if err := d.Guard(func() error { return fn(i) }); err != nil {
			return err
		}
		d.path = d.path[:len(d.path)-1]
		switch d.peek() {
		case ',':
			d.pos++
		case ']':
			d.pos++
			d.depth--
			return nil
		default:
			return d.syntaxf("expected ',' or ']' in array, ")
		}
	}
}

// String reads a string value.
func (d *Decoder) String() (string, error) {
	if err := d.expect('"', "string"); err != nil {
		return "", err
	}
	return d.readString()
}

// StringWith reads a string value; when it is plain ASCII without escapes and find knows
// its bytes, the string find returns is the value, and nothing is allocated.
func (d *Decoder) StringWith(find func(raw []byte) (string, bool)) (string, error) {
	if err := d.expect('"', "string"); err != nil {
		return "", err
	}
	start := d.pos + 1
	for p := start; p < len(d.data); p++ {
		c := d.data[p]
		if c == '"' {
			if s, ok := find(d.data[start:p]); ok {
				d.pos = p + 1
				return s, nil
			}
			break
		}
		if c == '\\' || c < 0x20 || c >= utf8.RuneSelf {
			break
		}
	}
	return d.readString()
}

// Bool reads a boolean value.
func (d *Decoder) Bool() (bool, error) {
	c := d.peek()
	if c != 't' && c != 'f' {
		return false, d.expect('t', "boolean")
	}
	if err := d.literal(); err != nil {
		return false, err
	}
	return c == 't', nil
}

// Number reads a number value and returns its literal text.
func (d *Decoder) Number() (json.Number, error) {
	c := d.peek()
	if c != '-' && (c < '0' || c > '9') {
		return "", d.expect('0', "number")
	}
	return d.readNumber()
}

// Skip reads and discards one value of any type, allocating nothing for a number, a
// string or a literal.
func (d *Decoder) Skip() error {
	switch c := d.peek(); {
	case c == '"':
		return d.skipString()
	case c == '-' || (c >= '0' && c <= '9'):
		_, err := d.numberEnd()
		return err
	case c == 't' || c == 'f' || c == 'n':
		return d.literal()
	}
	_, err := d.value(false)
	return err
}

// skipString reads a string, checking it as readString does, without keeping it.
func (d *Decoder) skipString() error {
	data := d.data
	for p := d.pos + 1; p < len(data); p++ {
		c := data[p]
		if c == '"' {
			d.pos = p + 1
			return nil
		}
		if c == '\\' || c < 0x20 || c >= utf8.RuneSelf {
			_, err := d.readStringSlow(d.pos + 1)
			return err
		}
	}
	d.pos = len(data)
	return d.Errorf(ErrSyntax, "unterminated string")
}

// Value reads one value of any type into the encoding/json UseNumber model.
func (d *Decoder) Value() (any, error) {
	return d.value(true)
}

func (d *Decoder) value(keep bool) (any, error) {
	switch c := d.peek(); {
	case c == '{':
		var m map[string]any
		if keep {
			m = make(map[string]any)
		}
		err := d.Object(func(key string) error {
			v, err := d.value(keep)
			if keep {
				m[key] = v
			}
			return err
		})
		if err != nil {
			return nil, err
		}
		return m, nil
	case c == '[':
		var a []any
		if keep {
			a = []any{}
		}
		err := d.Array(func(int) error {
			v, err := d.value(keep)
			if keep {
				a = append(a, v)
			}
			return err
		})
		if err != nil {
			return nil, err
		}
		return a, nil
	case c == '"':
		return d.readString()
	case c == 't' || c == 'f':
		return c == 't', d.literal()
	case c == 'n':
		return nil, d.literal()
	case c == '-' || (c >= '0' && c <= '9'):
		return d.readNumber()
	case d.atEnd():
		return nil, d.Errorf(ErrSyntax, "unexpected end of input")
	default:
		return nil, d.syntaxf("expected a value, ")
	}
}

// literal reads true, false or null.
func (d *Decoder) literal() error {
	rest := d.data[d.pos:]
	for _, lit := range [...]string{"true", "false", "null"} {
		if len(rest) >= len(lit) && string(rest[:len(lit)]) == lit {
			d.pos += len(lit)
			if d.pos < len(d.data) && isIdentByte(d.data[d.pos]) {
				return d.Errorf(ErrSyntax, "invalid literal")
			}
			return nil
		}
	}
	return d.Errorf(ErrSyntax, "invalid literal")
}

func startsValue(c byte) bool {
	switch c {
	case '{', '[', '"', 't', 'f', 'n', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isIdentByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

func (d *Decoder) readNumber() (json.Number, error) {
	start := d.pos
	end, err := d.numberEnd()
	if err != nil {
		return "", err
	}
	return json.Number(d.data[start:end]), nil
}

// numberEnd reads a number and returns where it ends.
func (d *Decoder) numberEnd() (int, error) {
	start := d.pos
	p := d.pos
	data := d.data
	bad := func() (int, error) {
		d.pos = start
		return 0, d.Errorf(ErrSyntax, "malformed number")
	}
	if p < len(data) && data[p] == '-' {
		p++
	}
	switch {
	case p < len(data) && data[p] == '0':
		p++
	case p < len(data) && data[p] >= '1' && data[p] <= '9':
		for p < len(data) && data[p] >= '0' && data[p] <= '9' {
			p++
		}
	default:
		return bad()
	}
	if p < len(data) && data[p] == '.' {
		p++
		if p >= len(data) || data[p] < '0' || data[p] > '9' {
			return bad()
		}
		for p < len(data) && data[p] >= '0' && data[p] <= '9' {
			p++
		}
	}
	if p < len(data) && (data[p] == 'e' || data[p] == 'E') {
		p++
		if p < len(data) && (data[p] == '+' || data[p] == '-') {
			p++
		}
		if p >= len(data) || data[p] < '0' || data[p] > '9' {
			return bad()
		}
		for p < len(data) && data[p] >= '0' && data[p] <= '9' {
			p++
		}
	}
	if p < len(data) && isIdentByte(data[p]) {
		return bad()
	}
	d.pos = p
	return p, nil
}

// readKey reads an object key, returning the matching string of known when there is one.
func (d *Decoder) readKey(known []string) (string, error) {
	start := d.pos + 1
	data := d.data
	for p := start; p < len(data); p++ {
		c := data[p]
		if c == '"' {
			raw := data[start:p]
			for _, k := range known {
				if string(raw) == k {
					d.pos = p + 1
					return k, nil
				}
			}
			break
		}
		if c == '\\' || c < 0x20 || c >= utf8.RuneSelf {
			break
		}
	}
	return d.readString()
}

// readString reads a string starting at the opening quote.
func (d *Decoder) readString() (string, error) {
	start := d.pos + 1
	data := d.data
	// Fast path: plain ASCII with no escapes.
	for p := start; p < len(data); p++ {
		c := data[p]
		if c == '"' {
			d.pos = p + 1
			return string(data[start:p]), nil
		}
		if c == '\\' || c < 0x20 || c >= utf8.RuneSelf {
			return d.readStringSlow(start)
		}
	}
	d.pos = len(data)
	return "", d.Errorf(ErrSyntax, "unterminated string")
}

func (d *Decoder) readStringSlow(start int) (string, error) {
	data := d.data
	var b []byte
	p := start
	for p < len(data) {
		c := data[p]
		switch {
		case c == '"':
			d.pos = p + 1
			if b == nil {
				return string(data[start:p]), nil
			}
			return string(b), nil
		case c < 0x20:
			d.pos = p
			e := d.Errorf(ErrSyntax, "byte 0x%02X at offset %d in string: a control character, which a string must escape", c, p)
			e.Byte = fmt.Sprintf("0x%02X", c)
			return "", e
		case c < utf8.RuneSelf && c != '\\':
			if b != nil {
				b = append(b, c)
			}
			p++
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRune(data[p:])
			if r == utf8.RuneError && size == 1 {
				d.pos = p
				e := d.Errorf(ErrSyntax, "invalid UTF-8 byte 0x%02X at offset %d in string", c, p)
				e.Byte = fmt.Sprintf("0x%02X", c)
				return "", e
			}
			if b != nil {
				b = append(b, data[p:p+size]...)
			}
			p += size
		default: // backslash
			if b == nil {
				b = append(make([]byte, 0, p-start+16), data[start:p]...)
			}
			if p+1 >= len(data) {
				d.pos = p
				return "", d.Errorf(ErrSyntax, "unterminated string")
			}
			esc := data[p+1]
			p += 2
			switch esc {
			case '"', '\\', '/':
				b = append(b, esc)
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				r, ok := Hex4(data, p)
				if !ok {
					d.pos = p - 2
					return "", d.Errorf(ErrSyntax, "malformed \\u escape in string")
				}
				p += 4
				if utf16.IsSurrogate(r) {
					r2, ok := rune(0), false
					if p+6 <= len(data) && data[p] == '\\' && data[p+1] == 'u' {
						r2, ok = Hex4(data, p+2)
					}
					dec := utf16.DecodeRune(r, r2)
					if !ok || dec == utf8.RuneError {
						d.pos = p - 6
						return "", d.Errorf(ErrSyntax, "lone UTF-16 surrogate \\u%04x in string", r)
					}
					r = dec
					p += 6
				}
				b = utf8.AppendRune(b, r)
			default:
				d.pos = p - 2
				return "", d.Errorf(ErrSyntax, "invalid escape \\%c in string", esc)
			}
		}
	}
	d.pos = len(data)
	return "", d.Errorf(ErrSyntax, "unterminated string")
}

// Hex4 reads the four hexadecimal digits of a \u escape at data[p:]; the boolean is false
// when there are not four.
func Hex4(data []byte, p int) (rune, bool) {
	if p+4 > len(data) {
		return 0, false
	}
	var r rune
	for _, c := range data[p : p+4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

// Begin checks the document is not empty and does not start with a UTF-8 byte-order mark
// (which RFC 8259 forbids and editors on some systems add unseen); call it before reading
// the top-level value.
func (d *Decoder) Begin() error {
	if d.pos == 0 && len(d.data) >= 3 && d.data[0] == 0xEF && d.data[1] == 0xBB && d.data[2] == 0xBF {
		return d.Errorf(ErrSyntax, "input starts with a UTF-8 byte-order mark; remove it")
	}
	if d.skipSpace(); d.pos >= len(d.data) {
		return d.Errorf(ErrSyntax, "empty input")
	}
	return nil
}

// End checks that only white space follows the top-level value.
func (d *Decoder) End() error {
	if d.skipSpace(); d.pos < len(d.data) {
		return d.syntaxf("expected nothing after the top-level value, ")
	}
	return nil
}

// Decode reads a whole document into the UseNumber model, checking Begin and End.
func Decode(data []byte, maxDepth int) (any, error) {
	d := NewDecoder(data)
	d.MaxDepth = maxDepth
	if err := d.Begin(); err != nil {
		return nil, err
	}
	v, err := d.Value()
	if err != nil {
		return nil, err
	}
	if err := d.End(); err != nil {
		return nil, err
	}
	return v, nil
}

// PeekKey returns, without reading it, a key for the next value such that two values get
// the same key exactly when JSON Schema's equality (as uniqueItems applies it) holds for
// them: strings by content, numbers by value (1, 1.0 and 10e-1 are equal), true, false and
// null; objects and arrays by their members, in their compact form with keys sorted, and
// numbers in them by literal. The boolean is false when the value is malformed.
func (d *Decoder) PeekKey() (string, bool) {
	save, path, depth := d.pos, len(d.path), d.depth
	defer func() { d.pos, d.path, d.depth = save, d.path[:path], depth }()
	switch c := d.peek(); {
	case c == '"':
		s, err := d.readString()
		return "s" + s, err == nil
	case c == '-' || c >= '0' && c <= '9':
		n, err := d.readNumber()
		return "n" + numberKey(string(n)), err == nil
	case c == 't' || c == 'f' || c == 'n':
		start := d.pos
		err := d.literal()
		return "l" + string(d.data[start:d.pos]), err == nil
	}
	v, err := d.Value()
	if err != nil {
		return "", false
	}
	var b strings.Builder
	b.WriteByte('v')
	canonical(&b, v)
	return b.String(), true
}

// canonical writes v, a value of Value, in a form equal for equal JSON values: object keys
// sorted, numbers as numberKey writes them, strings quoted. (Written out, rather than with
// encoding/json, so that programs using the decoder do not link its reflective encoder.)
func canonical(b *strings.Builder, v any) {
	switch v := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(v))
	case json.Number:
		b.WriteString("n" + numberKey(string(v)))
	case string:
		b.WriteString(strconv.Quote(v))
	case []any:
		b.WriteByte('[')
		for i, x := range v {
			if i > 0 {
				b.WriteByte(',')
			}
			canonical(b, x)
		}
		b.WriteByte(']')
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.Quote(k))
			b.WriteByte(':')
			canonical(b, v[k])
		}
		b.WriteByte('}')
	}
}

// numberKey writes a number literal as sign, significant digits and a decimal exponent,
// equal for literals of equal value.
func numberKey(lit string) string {
	neg := strings.HasPrefix(lit, "-")
	lit = strings.TrimPrefix(lit, "-")
	mant, exp, _ := strings.Cut(strings.ToLower(lit), "e")
	ip, fp, _ := strings.Cut(mant, ".")
	digits := strings.TrimLeft(ip+fp, "0")
	e, err := strconv.Atoi(exp)
	if exp == "" {
		e, err = 0, nil
	}
	if err != nil || e > 1e9 || e < -1e9 {
		return lit // an exponent too large to shift: the literal stands for itself
	}
	e -= len(fp)
	trimmed := strings.TrimRight(digits, "0")
	e += len(digits) - len(trimmed)
	if trimmed == "" {
		return "0"
	}
	sign := ""
	if neg {
		sign = "-"
	}
	return sign + trimmed + "e" + strconv.Itoa(e)
}
