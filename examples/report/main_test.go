package main

import (
	"bytes"
	"encoding/csv"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

const mini = "../../testdata/mini"

// runOK runs the program with args and fails the test unless it exits 0 and writes nothing
// to stderr.
func runOK(t *testing.T, args ...string) []byte {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(args, &stdout, &stderr); code != 0 || stderr.Len() > 0 {
		t.Fatalf("run %q: exit %d, stderr:\n%s", args, code, stderr.String())
	}
	return stdout.Bytes()
}

// golden compares got with testdata/name, which -update rewrites.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
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

func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"report.md.golden", []string{"-data", mini}},
		{"report.es.md.golden", []string{"-data", mini, "-lang", "es"}},
		{"report.html.golden", []string{"-data", mini, "-format", "html"}},
		{"report.csv.golden", []string{"-data", mini, "-format", "csv"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			golden(t, tc.name, runOK(t, tc.args...))
		})
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"-data", mini, "-lang", "not a tag!"},
		{"-data", mini, "-lang", ""},
		{"-data", mini, "-partner", "zz"},
		{"-data", mini, "-format", "pdf"},
		{"-no-such-flag"},
		{"-data", mini, "extra"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != 2 {
			t.Errorf("run %q: exit %d, want 2", args, code)
		}
		if stderr.Len() == 0 {
			t.Errorf("run %q: nothing on stderr", args)
		}
		if stdout.Len() > 0 {
			t.Errorf("run %q: wrote to stdout:\n%s", args, stdout.String())
		}
	}
}

func TestBadData(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-data", "no/such/dir"}, &stdout, &stderr); code != 1 {
		t.Errorf("exit %d, want 1; stderr:\n%s", code, stderr.String())
	}
}

func TestHelp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-h"}, &stdout, &stderr); code != 0 {
		t.Errorf("exit %d, want 0", code)
	}
	for _, f := range []string{"-lang", "-format", "-o", "-partner", "-data"} {
		if !strings.Contains(stderr.String(), f) {
			t.Errorf("usage does not mention %s:\n%s", f, stderr.String())
		}
	}
}

func TestPartnerAndOutputFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "bb.md")
	if got := runOK(t, "-data", mini, "-partner", "bb", "-o", out); len(got) > 0 {
		t.Errorf("wrote to stdout with -o:\n%s", got)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if !strings.Contains(s, "## Borealis Union") || strings.Contains(s, "Avalonia") {
		t.Errorf("-partner bb: want only Borealis Union:\n%s", s)
	}
}

func TestCSVShape(t *testing.T) {
	rows, err := csv.NewReader(bytes.NewReader(runOK(t, "-data", mini, "-format", "csv", "-lang", "pt"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("got %d rows, want a header and 2", len(rows))
	}
	if strings.Join(rows[0], ",") != strings.Join(csvHeader, ",") {
		t.Errorf("header %q changed with -lang", rows[0])
	}
	// Signing order: bb (2007) before aa (2013); Portuguese name from the dataset.
	if rows[1][0] != "bb" || rows[1][1] != "União Boreal" || rows[1][3] != "memorandum-of-understanding; action-plan" {
		t.Errorf("row 1 = %q", rows[1])
	}
}

func TestLocalizedNames(t *testing.T) {
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"fr", []string{"Vue d'ensemble", "anglais, espagnol", "Brussels, Belgique", "(déduit)", "2013-05 (mois)", "2021 (année, déduite)"}},
		{"pt-BR", []string{"Visão geral", "inglês, espanhol", "União Boreal", "Um segundo acordo sintético."}},
		{"es-PE", []string{"Avalonia del Sur", "inglés, español", "Diálogo de Avalonia", "2013 – 2014-01-28", "2013-12-11 – 2013-12-13 (inferida)"}},
		{"de", []string{"Overview", "English, Spanish"}}, // no German messages: all English
	} {
		got := string(runOK(t, "-data", mini, "-lang", tc.lang))
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("-lang %s: no %q in output", tc.lang, w)
			}
		}
	}
}

func TestHTMLEscapes(t *testing.T) {
	got := string(runOK(t, "-data", mini, "-format", "html"))
	for _, w := range []string{"<!doctype html>", `<html lang="en">`, "<nav", `<th scope="col">`, "<caption>", `href="#aa"`} {
		if !strings.Contains(got, w) {
			t.Errorf("no %q in HTML", w)
		}
	}
	// In Spanish, the English fallbacks are marked as such.
	if es := string(runOK(t, "-data", mini, "-format", "html", "-lang", "es")); !strings.Contains(es, `<span lang="en">Workshop on border integration</span>`) {
		t.Errorf("-lang es: English fallback not marked with lang=en")
	}
	for _, bad := range []string{"<script", "<link", "src="} {
		if strings.Contains(got, bad) {
			t.Errorf("HTML has %q: not self-contained", bad)
		}
	}
}

func TestMarkdownEscape(t *testing.T) {
	if got, want := md("a|b *c* <d>\nx"), `a\|b \*c\* \<d\> x`; got != want {
		t.Errorf("md = %q, want %q", got, want)
	}
}

// TestEscaping runs the program on a copy of the mini dataset whose texts hold markup.
func TestEscaping(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"aa.json", "bb.json"} {
		b, err := os.ReadFile(filepath.Join(mini, name))
		if err != nil {
			t.Fatal(err)
		}
		b = bytes.ReplaceAll(b, []byte("A synthetic agreement for tests."), []byte(`<script>alert(1)</script> a|b *c* & \"q\"`))
		b = bytes.ReplaceAll(b, []byte("Workshop on border integration"), []byte("<b>x</b> | y"))
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	html := string(runOK(t, "-data", dir, "-format", "html"))
	if strings.Contains(html, "<script>") || strings.Contains(html, "<b>") {
		t.Errorf("HTML output has unescaped markup")
	}
	if !strings.Contains(html, "&lt;script&gt;alert(1)&lt;/script&gt; a|b *c* &amp; &#34;q&#34;") {
		t.Errorf("HTML output lacks the escaped summary")
	}
	mdOut := string(runOK(t, "-data", dir))
	if !strings.Contains(mdOut, `\<script\>alert(1)\</script\> a\|b \*c\* & "q"`) || !strings.Contains(mdOut, `| \<b\>x\</b\> \| y |`) {
		t.Errorf("Markdown output lacks the escaped texts:\n%s", mdOut)
	}
	rows, err := csv.NewReader(bytes.NewReader(runOK(t, "-data", dir, "-format", "csv"))).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Errorf("CSV: %d rows, %v", len(rows), err)
	}
}
