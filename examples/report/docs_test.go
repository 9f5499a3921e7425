package main

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"strings"
	"testing"
)

// TestDocsFigures checks that the report screenshots in docs/ were rendered from the HTML
// this program writes now: docs/render.sh records the SHA-256 of each page it rendered in
// docs/figures.sha256.
func TestDocsFigures(t *testing.T) {
	data, err := os.ReadFile("../../docs/figures.sha256")
	if err != nil {
		t.Fatal(err)
	}
	sums := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		if sum, name, ok := strings.Cut(line, "  "); ok {
			sums[name] = sum
		}
	}
	for _, lang := range []string{"zh", "ru", "ka"} {
		name := "report." + lang + ".html"
		got := sha256.Sum256(runOK(t, "-format", "html", "-lang", lang))
		switch sum, ok := sums[name]; {
		case !ok:
			t.Errorf("docs/figures.sha256 has no line for %s; run docs/render.sh", name)
		case sum != hex.EncodeToString(got[:]):
			t.Errorf("docs/report.%s.png was rendered from another report than the one of the current data; run docs/render.sh", lang)
		}
	}
}

// TestDocsExample checks the output that docs/LANGUAGES.md shows for -lang sw -partner cn
// (the overview table) against the program's; -update rewrites it.
func TestDocsExample(t *testing.T) {
	const path, begin, end = "../../docs/LANGUAGES.md", "<!-- report -lang sw -partner cn -->\n", "<!-- end of report -lang sw -partner cn -->\n"
	doc, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	i, j := strings.Index(string(doc), begin), strings.Index(string(doc), end)
	if i < 0 || j < i {
		t.Fatalf("%s lacks the markers %q and %q", path, begin, end)
	}
	var table []string
	for _, l := range strings.Split(string(runOK(t, "-lang", "sw", "-partner", "cn")), "\n") {
		if strings.HasPrefix(l, "|") {
			table = append(table, l)
		} else if len(table) > 0 {
			break
		}
	}
	want := "```\n" + strings.Join(table, "\n") + "\n```\n"
	if got := string(doc[i+len(begin) : j]); got != want {
		if !*update {
			t.Errorf("%s shows another overview for -lang sw -partner cn than the program writes (go generate . rewrites it):\n%s", path, want)
			return
		}
		if err := os.WriteFile(path, []byte(string(doc[:i+len(begin)])+want+string(doc[j:])), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
