package rules

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// datasetStrings returns every string value of the dataset's files.
func datasetStrings(b *testing.B) []string {
	b.Helper()
	files, err := filepath.Glob("../../dataset/*.json")
	if err != nil || len(files) == 0 {
		b.Fatalf("no dataset files: %v", err)
	}
	var out []string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for _, x := range v {
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		case string:
			out = append(out, v)
		}
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			b.Fatal(err)
		}
		walk(v)
	}
	return out
}

// BenchmarkLine checks every string of the dataset with Line; compare it with
// BenchmarkLineBaseline, a UTF-8 validation of the same strings (a pass over the bytes the
// JSON reader makes anyway).
func BenchmarkLine(b *testing.B) {
	strs := datasetStrings(b)
	for b.Loop() {
		for _, s := range strs {
			if Line(s) != "" {
				b.Fatal(s)
			}
		}
	}
}

func BenchmarkLineBaseline(b *testing.B) {
	strs := datasetStrings(b)
	for b.Loop() {
		for _, s := range strs {
			if !utf8.ValidString(s) {
				b.Fatal(s)
			}
		}
	}
}
