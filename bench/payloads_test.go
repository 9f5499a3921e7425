package bench

import (
	"os"
	"path/filepath"
	"testing"
)

// TestWritePayloads writes the benchmarked payload sets to $BENCH_PAYLOADS/valid and
// $BENCH_PAYLOADS/invalid, for ajv.js; without BENCH_PAYLOADS it checks that both sets are
// complete and does nothing else.
func TestWritePayloads(t *testing.T) {
	sets := map[string][]payload{"valid": validPayloads(t), "invalid": invalidPayloads(t)}
	dir := os.Getenv("BENCH_PAYLOADS")
	for set, ps := range sets {
		if len(ps) != 14 {
			t.Fatalf("%s: %d payloads, want 14", set, len(ps))
		}
		if dir == "" {
			continue
		}
		if err := os.MkdirAll(filepath.Join(dir, set), 0o755); err != nil {
			t.Fatal(err)
		}
		for _, p := range ps {
			if err := os.WriteFile(filepath.Join(dir, set, p.name), p.data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
