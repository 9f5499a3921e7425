package bench

import (
	"encoding/json"
	"io/fs"
	"os"
	"slices"
	"testing"

	"github.com/regiodialogue/regiodialogue"
)

// TestPeersAgree is the correctness gate: every peer must accept the 14 agreement files and
// reject each broken variant. A peer with a known disagreement (peer.wrong) must still
// disagree, so that the doc stays true; it is not benchmarked.
func TestPeersAgree(t *testing.T) {
	for _, p := range peers {
		t.Run(p.name, func(t *testing.T) {
			wrong := disagreement(t, p)
			switch {
			case p.wrong == "" && len(wrong) > 0:
				for _, w := range wrong {
					t.Error(w)
				}
			case p.wrong != "" && len(wrong) == 0:
				t.Errorf("peer now agrees with the schema; was marked wrong: %s", p.wrong)
			case p.wrong != "":
				t.Logf("known disagreement (%s), %d wrong answers, e.g. %s", p.wrong, len(wrong), wrong[0])
			}
		})
	}
}

// BenchmarkValidate: one op validates all 14 payloads of the set (valid: the dataset files;
// invalid: each with an unknown group and an unknown activity kind).
func BenchmarkValidate(b *testing.B) {
	sets := []struct {
		name     string
		payloads []payload
		wantErr  bool
	}{
		{"valid", validPayloads(b), false},
		{"invalid", invalidPayloads(b), true},
	}
	for _, set := range sets {
		for _, p := range peers {
			if p.floor && set.wantErr {
				continue // the floor accepts any JSON
			}
			b.Run("set="+set.name+"/peer="+p.name, func(b *testing.B) {
				if p.wrong != "" {
					b.Skip("disagrees with the schema: " + p.wrong)
				}
				validate := p.setup(b)
				b.ReportAllocs()
				for b.Loop() {
					for _, x := range set.payloads {
						if err := validate(x.data); (err != nil) != set.wantErr {
							b.Fatal(x.name, err)
						}
					}
				}
			})
		}
	}
}

// BenchmarkLoad: one op loads the dataset directory. impl=Load is regiodialogue.Load (strict
// decoding and every dataset rule); impl=unmarshal reads the same 14 files and
// json.Unmarshals each into regiodialogue.Agreement.
func BenchmarkLoad(b *testing.B) {
	fsys := os.DirFS(datasetDir)
	b.Run("impl=Load", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			ds, err := regiodialogue.Load(fsys)
			if err != nil || ds.Len() != 14 {
				b.Fatal(err)
			}
		}
	})
	b.Run("impl=unmarshal", func(b *testing.B) {
		names, err := fs.Glob(fsys, "*.json")
		if err != nil {
			b.Fatal(err)
		}
		names = slices.DeleteFunc(names, func(n string) bool { return n == regiodialogue.PackageDescriptor })
		b.ReportAllocs()
		for b.Loop() {
			for _, name := range names {
				data, err := fs.ReadFile(fsys, name)
				if err != nil {
					b.Fatal(err)
				}
				var a regiodialogue.Agreement
				if err := json.Unmarshal(data, &a); err != nil {
					b.Fatal(name, err)
				}
			}
		}
	})
}

// TestGoJSONSchemaDraft07 checks the in-memory draft-07 rewrite too, to back the claim that
// gojsonschema needs no rewrite for these schemas.
func TestGoJSONSchemaDraft07(t *testing.T) {
	if wrong := disagreement(t, peer{name: "gojsonschema-draft07", setup: setupGoJSONSchema(true)}); len(wrong) > 0 {
		t.Error(wrong)
	}
}
