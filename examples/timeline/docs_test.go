package main

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"strings"
	"testing"
)

// TestDocsFigure checks that docs/timeline.png was rendered from the SVG this program
// writes now: docs/render.sh records the SHA-256 of the page it rendered in
// docs/figures.sha256.
func TestDocsFigure(t *testing.T) {
	sums, err := os.ReadFile("../../docs/figures.sha256")
	if err != nil {
		t.Fatal(err)
	}
	got := sha256.Sum256(runOK(t, "-lang", "en"))
	for _, line := range strings.Split(string(sums), "\n") {
		if sum, name, ok := strings.Cut(line, "  "); ok && name == "timeline.svg" {
			if sum != hex.EncodeToString(got[:]) {
				t.Errorf("docs/timeline.png was rendered from another timeline than the one of the current data; run docs/render.sh")
			}
			return
		}
	}
	t.Error("docs/figures.sha256 has no line for timeline.svg; run docs/render.sh")
}
