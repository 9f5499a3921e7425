package embedded

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestUpToDate checks that dataset.flate holds exactly the agreement files of dataset/:
// the same names, the same bytes once compacted (ReadDir). When it fails, run
// go generate ./internal/embedded.
func TestUpToDate(t *testing.T) {
	want, err := ReadDir(filepath.Join("..", "..", "dataset"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	var walked []File
	if err := Walk(func(f File) error { walked = append(walked, f); return nil }); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(got, walked, cmp.Comparer(bytes.Equal)); d != "" {
		t.Errorf("Walk differs from Files (-Files +Walk):\n%s", d)
	}
	names := func(fs []File) []string {
		var out []string
		for _, f := range fs {
			out = append(out, f.Name)
		}
		return out
	}
	if d := cmp.Diff(names(want), names(got)); d != "" {
		t.Fatalf("dataset.flate is stale (run go generate ./internal/embedded); file names (-dataset +embedded):\n%s", d)
	}
	for i := range want {
		if !bytes.Equal(want[i].Data, got[i].Data) {
			t.Errorf("dataset.flate is stale (run go generate ./internal/embedded): %s differs from dataset/%s", got[i].Name, want[i].Name)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	files := []File{{"a.json", []byte(`{"id":"a"}`)}, {"b.json", nil}, {"c.json", bytes.Repeat([]byte("x"), 70000)}}
	var buf bytes.Buffer
	if err := Encode(&buf, files); err != nil {
		t.Fatal(err)
	}
	got, err := Decode(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(files, got, cmp.Comparer(bytes.Equal)); d != "" {
		t.Error(d)
	}
	var walked []File
	if err := walk(buf.Bytes(), func(f File) error { walked = append(walked, f); return nil }); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(files, walked, cmp.Comparer(bytes.Equal)); d != "" {
		t.Errorf("walk (-want +got):\n%s", d)
	}
}

// TestDecodeCorrupt checks that damaged data is an error, never a panic or a short list.
func TestDecodeCorrupt(t *testing.T) {
	var buf bytes.Buffer
	if err := Encode(&buf, []File{{"a.json", []byte(`{"id":"a"}`)}, {"b.json", []byte(`{}`)}}); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	for i := range good {
		for _, cut := range []bool{false, true} {
			b := bytes.Clone(good)
			if cut {
				b = b[:i]
			} else {
				b[i] ^= 0x55
			}
			files, err := Decode(b)
			var walked []File
			werr := walk(b, func(f File) error { walked = append(walked, f); return nil })
			if (err == nil) != (werr == nil) || (err == nil && len(files) != len(walked)) {
				t.Errorf("byte %d (cut %v): Decode gives %d files, %v; walk %d files, %v", i, cut, len(files), err, len(walked), werr)
			}
			if err == nil && !cut && len(files) == 2 {
				continue // a flipped bit inside a name or body that still decodes
			}
			if err == nil {
				t.Errorf("byte %d (cut %v): no error, %d files", i, cut, len(files))
			}
		}
	}
}
