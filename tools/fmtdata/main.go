// Command fmtdata rewrites dataset files in the project's canonical form: each file is
// decoded strictly (as regiodialogue.DecodeAgreement does) and encoded again with two-space
// indentation, keys in the order of the Go types, and no HTML escaping. The order of the
// records is kept: activities are written in date order by hand (a signing before the
// seminar of the same day, say).
//
// Usage:
//
//	go run ./tools/fmtdata [-check] [FILE...]
//
// With no FILE it formats every agreement file in dataset/. With -check it changes nothing
// and exits 1 when a file is not in canonical form. A file that does not decode is reported
// with every fault, and left as it is.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/regiodialogue/regiodialogue"
)

func main() {
	check := flag.Bool("check", false, "report files not in canonical form; change nothing")
	flag.Parse()
	files := flag.Args()
	if len(files) == 0 {
		all, err := filepath.Glob("dataset/*.json")
		if err != nil {
			fail(err)
		}
		for _, f := range all {
			if filepath.Base(f) != regiodialogue.PackageDescriptor {
				files = append(files, f)
			}
		}
	}
	bad := false
	for _, f := range files {
		changed, err := format(f, *check)
		switch {
		case err != nil:
			fmt.Fprintf(os.Stderr, "%s: %v\n", f, err)
			bad = true
		case changed && *check:
			fmt.Fprintf(os.Stderr, "%s: not in canonical form (go run ./tools/fmtdata %s)\n", f, f)
			bad = true
		case changed:
			fmt.Println("formatted", f)
		}
	}
	if bad {
		os.Exit(1)
	}
}

func format(path string, check bool) (changed bool, err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	a, err := regiodialogue.DecodeAgreement(data)
	if err != nil {
		return false, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(a); err != nil {
		return false, err
	}
	if bytes.Equal(buf.Bytes(), data) {
		return false, nil
	}
	if check {
		return true, nil
	}
	return true, os.WriteFile(path, buf.Bytes(), 0o644)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "fmtdata:", err)
	os.Exit(2)
}
