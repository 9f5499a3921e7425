package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/regiodialogue/regiodialogue"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestListGolden(t *testing.T) {
	ds, err := regiodialogue.Load(os.DirFS("../../testdata/mini"))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := list(&buf, ds); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "list.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("output differs from %s:\n%s\nwant:\n%s", golden, buf.Bytes(), want)
	}
}
