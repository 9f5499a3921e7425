package locale

import (
	"fmt"
	"strconv"
	"strings"
)

// Violation writes the message of a validation fault in l's UI language, from its keyword
// (a schema.Keyword… constant) and its parameters (schema.Violation.Params, documented in
// schema/README.md): "missing required field \"kind\"", "отсутствует обязательное поле
// \"kind\"". ok is false when the catalog has no message for the keyword, or when a
// parameter the message needs is missing; the violation's own English message then
// stands. Values are written as JSON writes them: strings quoted, lists joined.
func (l Locale) Violation(keyword string, params map[string]any) (msg string, ok bool) {
	key := "violation." + keyword
	if !hasKey(key) {
		return "", false
	}
	tmpl := l.Message(key)
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
		name := tmpl[i+1 : i+j]
		v, found := params[name]
		if !found {
			return "", false
		}
		b.WriteString(tmpl[:i])
		b.WriteString(l.param(v))
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
