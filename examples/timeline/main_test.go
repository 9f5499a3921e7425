package main

import (
	"bytes"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/regiodialogue/regiodialogue/locale"
)

var update = flag.Bool("update", false, "rewrite golden files")

const mini = "../../testdata/mini"

func runOK(t *testing.T, args ...string) []byte {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(args, &stdout, &stderr); code != 0 || stderr.Len() > 0 {
		t.Fatalf("run %q: exit %d, stderr:\n%s", args, code, stderr.String())
	}
	return stdout.Bytes()
}

// TestGolden compares the timeline in every UI language with testdata/timeline.TAG.svg.golden,
// which -update rewrites.
func TestGolden(t *testing.T) {
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, tag := range locale.UILanguages() {
		got := runOK(t, "-data", mini, "-lang", tag.String())
		path := filepath.Join("testdata", "timeline."+tag.String()+".svg.golden")
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("output differs from %s (run go test -update to accept it):\n%s", path, got)
		}
	}
	if a, b := runOK(t, "-data", mini), runOK(t, "-data", mini); !bytes.Equal(a, b) {
		t.Error("two runs gave different output")
	}
}

// element is a decoded SVG element, enough to check structure.
type element struct {
	XMLName  xml.Name
	Attrs    []xml.Attr `xml:",any,attr"`
	Text     string     `xml:",chardata"`
	Children []element  `xml:",any"`
}

func (e element) attr(name string) string {
	for _, a := range e.Attrs {
		if a.Name.Local == name && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}

func (e element) child(name string) (element, bool) {
	for _, c := range e.Children {
		if c.XMLName.Local == name {
			return c, true
		}
	}
	return element{}, false
}

// walk calls f on e and every element below it.
func (e element) walk(f func(element)) {
	f(e)
	for _, c := range e.Children {
		c.walk(f)
	}
}

func decode(t *testing.T, b []byte) element {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = true
	var root element
	if err := d.Decode(&root); err != nil {
		t.Fatalf("not well-formed XML: %v", err)
	}
	// Nothing but white space may follow the root element.
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("after the root element: %v", err)
		}
		if cd, ok := tok.(xml.CharData); !ok || strings.TrimSpace(string(cd)) != "" {
			t.Fatalf("unexpected %T after the root element", tok)
		}
	}
	return root
}

func TestWellFormedAndAccessible(t *testing.T) {
	for _, lang := range []string{"en", "es", "pt-BR", "fr", "zh", "ru", "ka", "hi", "sw"} {
		root := decode(t, runOK(t, "-data", mini, "-lang", lang))
		if root.XMLName.Local != "svg" || root.XMLName.Space != "http://www.w3.org/2000/svg" {
			t.Fatalf("root is %v", root.XMLName)
		}
		if root.attr("role") != "img" {
			t.Errorf("-lang %s: root role = %q", lang, root.attr("role"))
		}
		for _, name := range []string{"title", "desc"} {
			if c, ok := root.child(name); !ok || strings.TrimSpace(c.Text) == "" {
				t.Errorf("-lang %s: root has no %s", lang, name)
			}
		}
		var markers, titled, hollow int
		root.walk(func(e element) {
			if e.XMLName.Local != "circle" && !(e.XMLName.Local == "path" && strings.HasPrefix(e.attr("class"), "sig")) {
				return
			}
			markers++
			if c, ok := e.child("title"); ok && strings.Count(c.Text, " — ") >= 2 {
				titled++
			}
			if strings.Contains(e.attr("class"), "unc") {
				hollow++
			}
		})
		// Legend: one diamond and three circles, untitled. Data: 5 activities and 3
		// instruments; the action plan (2021?) and the conference (2013-12-11, ending
		// 2013-12-13?) — only the action plan's own date is inferred.
		if markers != 4+8 || titled != 8 {
			t.Errorf("-lang %s: %d markers, %d with a title; want 12 and 8", lang, markers, titled)
		}
		if hollow != 1+1 {
			t.Errorf("-lang %s: %d hollow markers, want 2 (legend and action plan)", lang, hollow)
		}
	}
}

func TestLocalized(t *testing.T) {
	got := string(runOK(t, "-data", mini, "-lang", "es"))
	for _, w := range []string{"Avalonia del Sur", "Instrumento firmado", "Plan de acción", "h. 2021", `lang="es"`} {
		if !strings.Contains(got, w) {
			t.Errorf("-lang es: no %q", w)
		}
	}
}

func TestAxis(t *testing.T) {
	got := string(runOK(t, "-data", mini))
	// The mini data runs from 2007 to 2021; the axis starts in 2006.
	for _, y := range []string{">2006<", ">2013<", ">2021<"} {
		if strings.Count(got, y) != 2 {
			t.Errorf("year label %s not above and below the lanes", y)
		}
	}
	if strings.Contains(got, ">2005<") || strings.Contains(got, ">2022<") {
		t.Error("axis runs past the data")
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"-data", mini, "-lang", "x-"},
		{"-data", mini, "-lang", ""},
		{"-bogus"},
		{"-data", mini, "extra"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != 2 || stderr.Len() == 0 || stdout.Len() > 0 {
			t.Errorf("run %q: exit %d, stderr %q, %d bytes out; want 2, a message, nothing", args, code, stderr.String(), stdout.Len())
		}
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-data", "no/such/dir"}, &stdout, &stderr); code != 1 {
		t.Errorf("missing -data dir: exit %d, want 1", code)
	}
}

func TestOutputFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "t.svg")
	if got := runOK(t, "-data", mini, "-o", out); len(got) > 0 {
		t.Error("wrote to stdout with -o")
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	decode(t, b)
}

func TestWrap(t *testing.T) {
	if got := wrap("Peru", 100, fontSize); len(got) != 1 {
		t.Errorf("wrap(Peru) = %q", got)
	}
	got := wrap("Sistema de la Integración Centroamericana", 200, fontSize)
	if len(got) != 2 || got[0] != "Sistema de la Integración" || got[1] != "Centroamericana" {
		t.Errorf("wrap = %q", got)
	}
}

func TestWrapWide(t *testing.T) {
	// Six Han characters are as wide as twelve Latin letters.
	if w, latin := textWidth("中美洲一体化", fontSize), textWidth("abcdefghijkl", fontSize); w != latin {
		t.Errorf("textWidth of 6 Han characters = %v, of 12 letters %v", w, latin)
	}
	got := wrap("中美洲一体化体系成员国", 100, fontSize)
	if len(got) != 2 || got[0]+got[1] != "中美洲一体化体系成员国" || got[0] != "中美洲一体化" {
		t.Errorf("wrap of a Chinese name = %q", got)
	}
	if got := wrap("Nospacesatallinthisverylongname", 50, fontSize); len(got) != 1 {
		t.Errorf("wrap of a Latin word without spaces = %q", got)
	}
}

func TestWidthOfCombiningMarks(t *testing.T) {
	// हिं is three runes; the nasal mark combines with the letter before it.
	if got, want := textWidth("हिं", fontSize), textWidth("ab", fontSize); got != want {
		t.Errorf("textWidth(हिं) = %v, want %v", got, want)
	}
}
