package main

import (
	"bytes"
	"encoding/csv"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/regiodialogue/regiodialogue/locale"
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
	type goldenCase struct {
		name string
		args []string
	}
	cases := []goldenCase{
		{"report.html.golden", []string{"-data", mini, "-format", "html"}},
		{"report.es.html.golden", []string{"-data", mini, "-format", "html", "-lang", "es"}},
		{"report.csv.golden", []string{"-data", mini, "-format", "csv"}},
		{"report.sw.md.golden", []string{"-data", mini, "-lang", "sw"}}, // CLDR names, English messages
		// Pairings as "EU side ↔ partner side", and activities within one.
		{"pairs.es.md.golden", []string{"-data", "../../testdata/pairs", "-lang", "es"}},
		{"pairs.ja.html.golden", []string{"-data", "../../testdata/pairs", "-lang", "ja", "-format", "html"}},
	}
	// The Markdown report in every UI language.
	for _, tag := range locale.UILanguages() {
		cases = append(cases, goldenCase{"report." + tag.String() + ".md.golden", []string{"-data", mini, "-lang", tag.String()}})
	}
	for _, tc := range cases {
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
	if upper := runOK(t, "-data", mini, "-partner", "BB"); !bytes.Equal(upper, runOK(t, "-data", mini, "-partner", "bb")) {
		t.Errorf("-partner BB differs from -partner bb")
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
	// The last column names the columns that hold a compilers' translation: in a copy of
	// the mini dataset whose Spanish partner and ministry names are translations.
	dir := copyMini(t, func(b []byte) []byte {
		b = bytes.ReplaceAll(b, []byte(`"es": "Avalonia del Sur"`), []byte(`"es-t-en": "Avalonia del Sur"`))
		return bytes.ReplaceAll(b, []byte(`"es": "Ministerio`), []byte(`"es-t-en": "Ministerio`))
	})
	for lang, want := range map[string]string{"es": "partner; partner_party", "en": ""} {
		rows, err := csv.NewReader(bytes.NewReader(runOK(t, "-data", dir, "-format", "csv", "-lang", lang))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if got := rows[2][len(rows[2])-1]; rows[2][0] != "aa" || got != want {
			t.Errorf("-lang %s: %s translated = %q, want %q", lang, rows[2][0], got, want)
		}
		if got := rows[1][len(rows[1])-1]; got != "" {
			t.Errorf("-lang %s: %s translated = %q, want none", lang, rows[1][0], got)
		}
	}
}

func TestLocalizedNames(t *testing.T) {
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"fr", []string{"Vue d'ensemble", "anglais, espagnol", "Brussels, Belgique (déduit)", "mai 2013", "v. 2021"}},
		{"pt-BR", []string{"Visão geral", "inglês, espanhol", "União Boreal", "Um segundo acordo sintético."}},
		{"es-PE", []string{"Avalonia del Sur", "inglés, español", "Diálogo de Avalonia sobre política regional ‡", "2013 – 28 de enero de 2014", "11 de diciembre de 2013 – h. 13 de diciembre de 2013"}},
		{"de", []string{"Überblick", "Englisch, Spanisch", "2 Abkommen, in der Reihenfolge"}},
		{"ru", []string{"Обзор", "английский, испанский", "2 соглашения в порядке подписания", "май 2013 г.", "Brussels, Бельгия (предположительно)"}},
		{"zh-TW", []string{"Overview", "英文, 西班牙文", "2 agreements"}}, // no Traditional Chinese messages: English, but CLDR names in zh-Hant
		{"sw", []string{"Overview", "Kiingereza, Kihispania", "Ubelgiji"}},
		{"zh", []string{"  - 欧洲联盟：Directorate-General", "英语、西班牙语", "2项协议"}},
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
	for _, w := range []string{"<!doctype html>", `<html lang="en">`, "<li>European Union: Directorate-General", "<nav", `<th scope="col">`, "<caption>", `href="#aa"`} {
		if !strings.Contains(got, w) {
			t.Errorf("no %q in HTML", w)
		}
	}
	// In Spanish, the English fallbacks are tagged as such, and the compilers' translations
	// carry their own tag and the mark, which the legend explains.
	es := string(runOK(t, "-data", mini, "-format", "html", "-lang", "es"))
	for _, w := range []string{
		`<span lang="en">Workshop on border integration</span>`,
		`<span lang="es-t-en">Diálogo de Avalonia sobre política regional</span><sup class="tr" title="Traducido por los compiladores del conjunto de datos (idioma original: inglés); no es un texto oficial">‡</sup>`,
		`<p class="legend">‡ indica un texto traducido`,
	} {
		if !strings.Contains(es, w) {
			t.Errorf("-lang es: no %q in HTML", w)
		}
	}
	if strings.Contains(got, `class="legend"`) {
		t.Errorf("-lang en: a legend but no translation shown")
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

// copyMini copies the mini dataset to a temporary directory, passing each file through edit.
func copyMini(t *testing.T, edit func([]byte) []byte) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"aa.json", "bb.json"} {
		b, err := os.ReadFile(filepath.Join(mini, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), edit(b), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
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
