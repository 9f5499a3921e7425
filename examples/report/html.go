package main

import (
	_ "embed"
	"html/template"
	"io"
	"strings"
)

//go:embed report.html.tmpl
var htmlSource string

// writeHTML writes the report as one self-contained HTML page. html/template escapes every
// value for its context; links to non-http(s) URLs are neutralised. Every text in another
// language than the page's, and every compilers' translation, carries its own lang
// attribute with the tag it has in the data; a translation is followed by the mark, whose
// title explains it, and a legend under the introduction explains the mark.
func writeHTML(w io.Writer, v *view) error {
	t, err := template.New("report").Funcs(template.FuncMap{
		"msg":     v.msg,
		"field":   v.loc.Field,
		"list":    v.loc.List,
		"colon":   v.loc.Colon,
		"colonsp": v.loc.ColonSpace,
		"sep":     func() string { return v.loc.List([]string{"", ""}) },
		"join":    strings.Join,
		"before":  func(key string) string { b, _ := around(v.loc, key); return b },
		"after":   func(key string) string { _, a := around(v.loc, key); return a },
		"about":   func(s sourceView) string { return v.loc.List(nonEmpty(s.Publisher, s.Kind)) },
	}).Parse(htmlSource)
	if err != nil {
		return err
	}
	return t.Execute(w, v)
}
