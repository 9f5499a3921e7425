package main

import (
	"errors"
	"slices"
	"unicode/utf8"

	"github.com/regiodialogue/regiodialogue/internal/date"
	"github.com/regiodialogue/regiodialogue/internal/jsonx"
	"github.com/regiodialogue/regiodialogue/internal/rules"
	"github.com/regiodialogue/regiodialogue/schema"
)

// The Go-only rules: what schema.ValidateAgreement and regiodialogue.DecodeAgreement check
// and no JSON Schema can state (schema/README.md lists them). Input rules are about the
// bytes: other validators' JSON parsers decide them each their own way, so a payload that
// breaks one may get any verdict from them. Record rules are about a payload's values: the
// schema-only validators must agree on such a payload among themselves, and Go must reject it.
const (
	ruleMaxSize       = "maxSize"       // larger than 1 MiB (schema.Validator only)
	ruleUTF8          = "utf8"          // bytes that are not UTF-8
	ruleSurrogate     = "surrogate"     // a \u escape of a lone UTF-16 surrogate
	ruleDuplicateKey  = "duplicateKey"  // an object key twice
	ruleMaxDepth      = "maxDepth"      // nested deeper than 64 levels
	ruleLanguageTag   = "languageTag"   // a tag of the right shape that is unregistered or not canonical
	ruleTextLanguages = "textLanguages" // a Text with two entries for one language
	ruleDateOrder     = string(rules.DateOrder)
	ruleIDPrefix      = string(rules.IDPrefix)
	ruleUniqueID      = string(rules.DuplicateID)
	rulePartnerOf     = string(rules.PartnerOf)
)

var inputRules = []string{ruleMaxSize, ruleUTF8, ruleSurrogate, ruleDuplicateKey, ruleMaxDepth}

func isInputRule(r string) bool { return slices.Contains(inputRules, r) }

// classify returns the Go-only rules data breaks, found from the bytes and values alone.
func classify(data []byte) []string {
	var out []string
	if len(data) > schema.DefaultMaxSize {
		out = append(out, ruleMaxSize)
	}
	if !utf8.Valid(data) {
		out = append(out, ruleUTF8)
	}
	if hasLoneSurrogate(data) {
		out = append(out, ruleSurrogate)
	}
	doc, err := jsonx.Decode(data, 0)
	if err != nil {
		switch {
		case errors.Is(err, jsonx.ErrDuplicateKey):
			out = append(out, ruleDuplicateKey)
		case errors.Is(err, jsonx.ErrTooDeep):
			out = append(out, ruleMaxDepth)
		}
		return out
	}
	return recordRules(out, doc)
}

// hasLoneSurrogate reports whether a string literal in data holds a \u escape of a UTF-16
// surrogate that is not part of a high-low pair.
func hasLoneSurrogate(data []byte) bool {
	in := false
	pending := false // the previous escape was a high surrogate
	for i := 0; i < len(data); i++ {
		c := data[i]
		if !in {
			if c == '"' {
				in = true
			}
			continue
		}
		switch c {
		case '"':
			if pending {
				return true
			}
			in = false
		case '\\':
			if i+1 >= len(data) {
				return pending
			}
			if data[i+1] != 'u' {
				if pending {
					return true
				}
				i++
				continue
			}
			r, ok := jsonx.Hex4(data, i+2)
			if !ok {
				return pending
			}
			i += 5
			switch {
			case r >= 0xD800 && r <= 0xDBFF:
				if pending {
					return true
				}
				pending = true
			case r >= 0xDC00 && r <= 0xDFFF:
				if !pending {
					return true
				}
				pending = false
			default:
				if pending {
					return true
				}
			}
		default:
			if pending {
				return true
			}
		}
	}
	return pending
}

// recordRules adds the record rules a decoded payload breaks: language tags (in Text keys
// "languages" lists and sources' "language") of the schema's shape that are unregistered or not canonical, two
// entries for one language in a Text, and the activity rules of rules.CheckAgreement.
func recordRules(out []string, doc any) []string {
	add := func(r string) {
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	var walk func(v any, key string)
	walk = func(v any, key string) {
		switch v := v.(type) {
		case map[string]any:
			if _, isText := v["en"]; isText {
				keys := make([]string, 0, len(v))
				for k := range v {
					if rules.TagSyntax(k) {
						keys = append(keys, k)
						if rules.Tag(k).Msg != "" {
							add(ruleLanguageTag)
						}
					}
				}
				slices.Sort(keys)
				if _, msg := rules.TextKeys(keys); msg != "" && !slices.ContainsFunc(keys, func(k string) bool { return rules.Tag(k).Msg != "" }) {
					add(ruleTextLanguages)
				}
			}
			for k, x := range v {
				if s, ok := x.(string); ok && k == "language" && rules.TagSyntax(s) && rules.Tag(s).Msg != "" {
					add(ruleLanguageTag) // a source's language
				}
				walk(x, k)
			}
		case []any:
			for _, x := range v {
				if s, ok := x.(string); ok && key == "languages" && rules.TagSyntax(s) && rules.Tag(s).Msg != "" {
					add(ruleLanguageTag)
				}
				walk(x, "")
			}
		}
	}
	walk(doc, "")
	m, _ := doc.(map[string]any)
	id, _ := m["id"].(string)
	list, _ := m["activities"].([]any)
	var acts []rules.Activity
	for _, x := range list {
		a, _ := x.(map[string]any)
		aid, _ := a["id"].(string)
		s, _ := a["start"].(string)
		e, _ := a["end"].(string)
		start, _ := date.Parse(s)
		end, _ := date.Parse(e)
		var partners []string
		ps, _ := a["partners"].([]any)
		for _, p := range ps {
			if s, ok := p.(string); ok {
				partners = append(partners, s)
			}
		}
		acts = append(acts, rules.Activity{Index: len(acts), ID: aid, Start: start, End: end, Partners: partners})
	}
	for _, v := range rules.CheckAgreement(id, acts) {
		add(string(v.Rule))
	}
	slices.Sort(out)
	return out
}
