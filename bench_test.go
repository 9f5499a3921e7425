package regiodialogue

import (
	"encoding/json"
	"io/fs"
	"os"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// embeddedFS returns the dataset directory, whose agreement files the package embeds.
func embeddedFS(*testing.B) fs.FS { return os.DirFS("dataset") }

// BenchmarkLoad reads, decodes and checks the agreement files of dataset/. Compare it with
// BenchmarkLoadBaseline and BenchmarkDefaultFirstUse, measured in the same run.
func BenchmarkLoad(b *testing.B) {
	fsys := embeddedFS(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDefaultFirstUse does what the first call of Default does: it inflates the
// embedded files, then decodes and checks them as Load does. Compare it with BenchmarkLoad,
// the same data read from uncompressed files.
func BenchmarkDefaultFirstUse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadEmbedded(); err != nil {
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

// joinBefore names the partner of every activity the way a program had to before
// Activity.Partners and Dataset.Partner: by cutting the agreement id off the activity id and
// copying the whole agreement with Agreement.
func joinBefore(ds *Dataset) int {
	n := 0
	for act := range ds.Activities() {
		id, _, _ := strings.Cut(act.ID, "-")
		a, _ := ds.Agreement(id)
		n += len(a.Partner.Name.In(language.Spanish))
	}
	return n
}

// joinAfter names every partner of every activity through Activity.Partners and
// Dataset.Partner, which copies only the partner.
func joinAfter(ds *Dataset) int {
	n := 0
	for act := range ds.Activities() {
		for _, id := range act.Partners {
			p, _ := ds.Partner(id)
			n += len(p.Name.In(language.Spanish))
		}
	}
	return n
}

// BenchmarkJoinPartnerNames joins every activity to its partners' names, the old way
// (before) and through Activity.Partners (after), in the same run.
func BenchmarkJoinPartnerNames(b *testing.B) {
	ds := Default()
	for _, bm := range []struct {
		name string
		join func(*Dataset) int
	}{{"before", joinBefore}, {"after", joinAfter}} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if bm.join(ds) == 0 {
					b.Fatal("no names")
				}
			}
		})
	}
}

// BenchmarkAgreementCopy reports what Agreement(id) allocates per byte of the agreement's
// own JSON form, with every activity that concerns it.
func BenchmarkAgreementCopy(b *testing.B) {
	ds := Default()
	for _, id := range []string{"pe", "ru"} {
		a, _ := ds.Agreement(id)
		data, err := json.Marshal(a)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(id, func(b *testing.B) {
			b.ReportAllocs()
			var ms0, ms1 runtime.MemStats
			runtime.ReadMemStats(&ms0)
			for b.Loop() {
				if _, ok := ds.Agreement(id); !ok {
					b.Fatal("not found")
				}
			}
			runtime.ReadMemStats(&ms1)
			b.ReportMetric(float64(ms1.TotalAlloc-ms0.TotalAlloc)/float64(b.N)/float64(len(data)), "B/JSON-byte")
		})
	}
}

// BenchmarkLabel measures a code's label for a label language asked as is (found without
// the matcher) and for a regional variant (es-PE), which goes through the matcher.
func BenchmarkLabel(b *testing.B) {
	for _, tag := range []language.Tag{language.Russian, language.MustParse("es-PE")} {
		b.Run(tag.String(), func(b *testing.B) {
			for b.Loop() {
				_ = StudyVisit.Label(tag)
			}
		})
	}
}
