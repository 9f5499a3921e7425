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
