package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf16"
)

// The variants are built on an ordered JSON tree, so that keys keep their order, an object
// can hold a key twice, and a value can be written as raw bytes no Go string encoder would
// produce (a lone surrogate escape, invalid UTF-8, deep nesting).

// object is a JSON object whose members keep their order; a key may repeat.
type object struct{ members []member }

type member struct {
	key    string
	rawKey []byte // when set, the key's JSON text, written verbatim
	val    any
}

// array is a JSON array.
type array struct{ items []any }

// rawJSON is JSON text written verbatim.
type rawJSON []byte

// The other node types are string, json.Number, bool and nil.

// parseTree reads one JSON document into the ordered tree. The input must be valid JSON.
func parseTree(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err := parseValue(dec)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("data after the top-level value")
	}
	return v, nil
}

func parseValue(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			o := &object{}
			for dec.More() {
				k, err := dec.Token()
				if err != nil {
					return nil, err
				}
				v, err := parseValue(dec)
				if err != nil {
					return nil, err
				}
				o.members = append(o.members, member{key: k.(string), val: v})
			}
			_, err := dec.Token()
			return o, err
		case '[':
			a := &array{}
			for dec.More() {
				v, err := parseValue(dec)
				if err != nil {
					return nil, err
				}
				a.items = append(a.items, v)
			}
			_, err := dec.Token()
			return a, err
		}
		return nil, fmt.Errorf("unexpected %v", t)
	default:
		return t, nil
	}
}

// clone copies a tree deeply.
func clone(v any) any {
	switch v := v.(type) {
	case *object:
		c := &object{members: make([]member, len(v.members))}
		for i, m := range v.members {
			c.members[i] = member{key: m.key, rawKey: m.rawKey, val: clone(m.val)}
		}
		return c
	case *array:
		c := &array{items: make([]any, len(v.items))}
		for i, x := range v.items {
			c.items[i] = clone(x)
		}
		return c
	}
	return v
}

// get returns the value of the first member named key, if any.
func (o *object) get(key string) (any, bool) {
	for _, m := range o.members {
		if m.key == key {
			return m.val, true
		}
	}
	return nil, false
}

// style is how a tree is written.
type style struct {
	indent    bool // two-space indentation, as in the dataset, or compact
	escapeAll bool // every non-ASCII character as a \u escape (astral ones as surrogate pairs)
}

// encode writes v as JSON text.
func encode(v any, st style) []byte {
	var b bytes.Buffer
	writeValue(&b, v, st, 0)
	if st.indent {
		b.WriteByte('\n')
	}
	return b.Bytes()
}

func writeValue(b *bytes.Buffer, v any, st style, depth int) {
	newline := func(d int) {
		if st.indent {
			b.WriteByte('\n')
			for range d {
				b.WriteString("  ")
			}
		}
	}
	switch v := v.(type) {
	case *object:
		b.WriteByte('{')
		for i, m := range v.members {
			if i > 0 {
				b.WriteByte(',')
			}
			newline(depth + 1)
			if m.rawKey != nil {
				b.Write(m.rawKey)
			} else {
				writeString(b, m.key, st.escapeAll)
			}
			b.WriteByte(':')
			if st.indent {
				b.WriteByte(' ')
			}
			writeValue(b, m.val, st, depth+1)
		}
		if len(v.members) > 0 {
			newline(depth)
		}
		b.WriteByte('}')
	case *array:
		b.WriteByte('[')
		for i, x := range v.items {
			if i > 0 {
				b.WriteByte(',')
			}
			newline(depth + 1)
			writeValue(b, x, st, depth+1)
		}
		if len(v.items) > 0 {
			newline(depth)
		}
		b.WriteByte(']')
	case string:
		writeString(b, v, st.escapeAll)
	case json.Number:
		b.WriteString(string(v))
	case bool:
		b.WriteString(strconv.FormatBool(v))
	case nil:
		b.WriteString("null")
	case rawJSON:
		b.Write(v)
	default:
		panic(fmt.Sprintf("difftest: cannot encode %T", v))
	}
}

// writeString writes s as a JSON string: quote, backslash and C0 controls escaped, other
// characters literal, or as \u escapes when escapeAll is set. s must be valid UTF-8.
func writeString(b *bytes.Buffer, s string, escapeAll bool) {
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || escapeAll && r >= 0x7F:
			if r > 0xFFFF {
				hi, lo := utf16.EncodeRune(r)
				fmt.Fprintf(b, `\u%04x\u%04x`, hi, lo)
			} else {
				fmt.Fprintf(b, `\u%04x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
}

// stringJSON returns s as JSON text.
func stringJSON(s string) []byte {
	var b bytes.Buffer
	writeString(&b, s, false)
	return b.Bytes()
}

// rawString returns the JSON text of a string made of prefix, then bad (raw JSON string
// content, such as a lone surrogate escape or invalid UTF-8 bytes), then suffix.
func rawString(prefix string, bad []byte, suffix string) rawJSON {
	p, s := stringJSON(prefix), stringJSON(suffix)
	out := append([]byte{}, p[:len(p)-1]...)
	out = append(out, bad...)
	return append(out, s[1:]...)
}
