//go:build ignore

// gen.go writes dataset.flate from the agreement files of ../../dataset (every *.json but
// datapackage.json). Run it with go generate ./internal/embedded from the repository root.
package main

import (
	"bytes"
	"log"
	"os"
	"path/filepath"

	"github.com/regiodialogue/regiodialogue/internal/embedded"
)

func main() {
	files, err := embedded.ReadDir(filepath.Join("..", "..", "dataset"))
	if err != nil {
		log.Fatal(err)
	}
	var out bytes.Buffer
	if err := embedded.Encode(&out, files); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("dataset.flate", out.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("dataset.flate: %d files, %d bytes", len(files), out.Len())
}
