package locale

import (
	"fmt"
	"strconv"
	"strings"
)

// Violation writes the message of a validation fault in l's UI language, from its keyword
// (a schema.Keyword… constant) and its parameters (schema.Violation.Params, documented in
// schema/README.md): `missing required field "kind"`, `отсутствует обязательное поле
// "kind"`. ok is false when the catalog has no message for the keyword, or when a
// parameter the message needs is missing; the violation's own English message then stands.
//
// A keyword's message may depend on its parameters: the catalog is asked for
// "violation.<keyword>.<reason>" when the parameters have a reason, then
// "violation.<keyword>.<format>" when they have a format, then
// "violation.<keyword>.<name>" for each optional parameter present (suggestion, byte,
// through), then "violation.<keyword>"; the first whose parameters are all present is
// written. In a message, {name} stands for a parameter's value, strings quoted as JSON
// quotes them and lists joined with l's separator; {=name} writes it as it is.
func (l Locale) Violation(keyword string, params map[string]any) (msg string, ok bool) {
	for _, key := range violationKeys(keyword, params) {
		if !hasKey(key) {
			continue
		}
		if s, ok := l.fill(l.Message(key), params); ok {
			return s, true
		}
	}
	return "", false
}

// optionalParams are the parameters that choose a message of their own when present.
var optionalParams = []string{"suggestion", "byte", "through"}

// violationKeys returns the catalog keys to try for a keyword with params, in order.
func violationKeys(keyword string, params map[string]any) []string {
	base := "violation." + keyword
	var keys []string
	for _, p := range []string{"reason", "format"} {
		if s, ok := params[p].(string); ok && s != "" {
			keys = append(keys, base+"."+s)
		}
	}
	for _, p := range optionalParams {
		if _, ok := params[p]; ok {
			keys = append(keys, base+"."+p)
		}
	}
	return append(keys, base)
}

// fill replaces the placeholders of tmpl with the values of params; ok is false when one
// is missing.
func (l Locale) fill(tmpl string, params map[string]any) (string, bool) {
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return b.String(), true
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			b.WriteString(tmpl)
			return b.String(), true
		}
		name, raw := tmpl[i+1:i+j], false
		if strings.HasPrefix(name, "=") {
			name, raw = name[1:], true
		}
		v, found := params[name]
		if !found {
			return "", false
		}
		b.WriteString(tmpl[:i])
		if s, isString := v.(string); raw && isString {
			b.WriteString(s)
		} else {
			b.WriteString(l.param(v))
		}
		tmpl = tmpl[i+j+1:]
	}
}

// param writes a parameter's value: a string quoted, a number as it is, a list with l's
// list separator.
func (l Locale) param(v any) string {
	switch v := v.(type) {
	case string:
		return strconv.Quote(v)
	case []string:
		items := make([]string, len(v))
		for i, s := range v {
			items[i] = strconv.Quote(s)
		}
		return l.List(items)
	case []any:
		items := make([]string, len(v))
		for i, s := range v {
			items[i] = l.param(s)
		}
		return l.List(items)
	}
	return fmt.Sprint(v)
}
