package regiodialogue

import (
	"encoding/json"
	"io/fs"
	"testing"

	"golang.org/x/text/language"
)

func embeddedFS(b *testing.B) fs.FS {
	sub, err := fs.Sub(embedded, "dataset")
	if err != nil {
		b.Fatal(err)
	}
	return sub
}

// BenchmarkLoad decodes and checks the embedded dataset. Compare it with
// BenchmarkLoadBaseline, measured in the same run.
func BenchmarkLoad(b *testing.B) {
	fsys := embeddedFS(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadBaseline reads the same files and json.Unmarshals them into the same types,
// with none of Load's checks beyond what the types' own decoders do.
func BenchmarkLoadBaseline(b *testing.B) {
	fsys := embeddedFS(b)
	names, err := fs.Glob(fsys, "*.json")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, name := range names {
			if name == PackageDescriptor {
				continue
			}
			data, err := fs.ReadFile(fsys, name)
			if err != nil {
				b.Fatal(err)
			}
			var a Agreement
			if err := json.Unmarshal(data, &a); err != nil {
				b.Fatal(name, err)
			}
		}
	}
}

func BenchmarkAgreement(b *testing.B) {
	ds := Default()
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := ds.Agreement("pe"); !ok {
			b.Fatal("pe not found")
		}
	}
}

func BenchmarkAgreements(b *testing.B) {
	ds := Default()
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for range ds.Agreements() {
			n++
		}
		if n != ds.Len() {
			b.Fatal(n)
		}
	}
}

func BenchmarkActivities(b *testing.B) {
	ds := Default()
	b.ReportAllocs()
	for b.Loop() {
		for range ds.Activities() {
		}
	}
}

func BenchmarkTextIn(b *testing.B) {
	t := Text{language.English: "Peru", language.Spanish: "Perú", language.MustParse("pt-t-en"): "Peru"}
	pref := language.MustParse("es-PE")
	b.ReportAllocs()
	for b.Loop() {
		if t.In(pref) != "Perú" {
			b.Fatal("wrong match")
		}
	}
}
