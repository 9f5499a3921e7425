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
// value for its context; links to non-http(s) URLs are neutralised.
func writeHTML(w io.Writer, v *view) error {
	t, err := template.New("report").Funcs(template.FuncMap{
		"msg":  v.msg,
		"join": strings.Join,
	}).Parse(htmlSource)
	if err != nil {
		return err
	}
	return t.Execute(w, v)
}
