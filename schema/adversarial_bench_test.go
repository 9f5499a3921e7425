package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/regiodialogue/regiodialogue"
	"github.com/regiodialogue/regiodialogue/internal/rules"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// Adversarial payloads: valid agreements blown up to a given size along one dimension, to
// show that every check costs time linear in the input. Each benchShape starts from
// testdata/mini/aa.json and grows one part of it until the next item would pass the size.

// shapeSizes are the payload sizes of the benchmarks; the largest is DefaultMaxSize.
var shapeSizes = []struct {
	name string
	n    int
}{{"64KiB", 64 << 10}, {"256KiB", 256 << 10}, {"1MiB", 1 << 20}}

// A benchShape grows one part of the base agreement.
type benchShape struct {
	name  string
	field string             // the part of the base replaced (a top-level key or "partner")
	item  func(i int) []byte // the i-th item of the grown list or object, comma excluded
	open  string             // what the grown value starts with, its first item(s) included
	close string             // what closes it
	wrap  func(grown []byte) any
	noV5  bool // jsonschema/v5 alone cannot take it
}

// adversarialShapes are the shapes of the benchmarks:
//
//   - tags: many distinct canonical tags in partner.languages (a uniqueItems list);
//   - textLanguages: many languages in one Text (summary), each a distinct language;
//   - activities: many activities, ids distinct;
//   - sources: many sources of the agreement;
//   - longStrings: many notes whose text is 10,000 characters, partly outside ASCII.
var adversarialShapes = []benchShape{
	{name: "tags", field: "partner", open: "[", close: "]", item: func(i int) []byte { return []byte(strconv.Quote(distinctTag(i))) },
		wrap: func(grown []byte) any {
			return map[string]any{"code": "AA", "kind": "country", "region": "south-america", "name": map[string]string{"en": "Avalonia"}, "languages": json.RawMessage(grown)}
		}},
	{name: "textLanguages", field: "summary", open: `{"en":"A summary."`, close: "}",
		item: func(i int) []byte { return []byte(strconv.Quote(distinctLanguage(i)) + `:"x"`) }},
	{name: "activities", field: "activities", open: "[", close: "]", item: func(i int) []byte {
		return fmt.Appendf(nil, `{"id":"aa-act-%d","kind":"workshop","title":{"en":"Workshop"},"start":"2012-11","framework":"dialogue","partners":["aa"],"sources":[{"url":"https://example.org/aa/%d","kind":"other","publisher":"Example","accessed":"2026-11","language":"en"}]}`, i, i)
	}},
	{name: "sources", field: "sources", open: "[", close: "]", item: func(i int) []byte {
		return fmt.Appendf(nil, `{"url":"https://example.org/aa/%d","kind":"other","publisher":"Example","accessed":"2026-11","language":"en"}`, i)
	}},
	{name: "longStrings", field: "notes", open: "[", close: "]", item: func(i int) []byte {
		return fmt.Appendf(nil, `{"kind":"conflict","text":{"en":%q}}`, longText)
	}},
}

// invalidShapes are payloads with one violation per item: activities that are numbers, activities with an unknown field, and
// distinct numbers with exponents near a million in partner.languages (a uniqueItems list,
// where jsonschema/v5 alone spends about 25 ms a number in math/big: it is not run on it).
var invalidShapes = []benchShape{
	{name: "hugeExponents", field: "partner", open: "[", close: "]", noV5: true,
		item: func(i int) []byte { return fmt.Appendf(nil, "1e9%05d", i%100000) },
		wrap: func(grown []byte) any {
			return map[string]any{"code": "AA", "kind": "country", "region": "south-america", "name": map[string]string{"en": "Avalonia"}, "languages": json.RawMessage(grown)}
		}},
	{name: "numberActivities", field: "activities", open: "[", close: "]", item: func(i int) []byte { return strconv.AppendInt(nil, int64(i), 10) }},
	{name: "unknownFields", field: "activities", open: "[", close: "]", item: func(i int) []byte {
		return fmt.Appendf(nil, `{"id":"aa-act-%d","venue":"x","kind":"workshop","title":{"en":"Workshop"},"start":"2012-11","framework":"dialogue","partners":["aa"],"sources":[{"url":"https://example.org/aa/%d","kind":"other","publisher":"Example","accessed":"2026-11","language":"en"}]}`, i, i)
	}},
}

// longText is 10,000 characters (the most a string may have), one in ten outside ASCII.
var longText = strings.Repeat("Regional é", 1000)

// distinctTag returns the i-th of a sequence of distinct tags that rules.Tag accepts:
// language-REGION pairs, then the same with a "-t-" source language.
func distinctTag(i int) string {
	ls, rs := tagParts()
	pairs := len(ls) * len(rs)
	base := ls[i%pairs/len(rs)] + "-" + rs[i%len(rs)]
	if i < pairs {
		return base
	}
	return base + "-t-" + ls[i/pairs-1]
}

// distinctLanguage returns the i-th of a sequence of tags that rules.Tag accepts and that
// name distinct languages (none is "en"): language-REGION pairs, then language-Script-REGION.
func distinctLanguage(i int) string {
	ls, rs := tagParts()
	pairs := len(ls) * len(rs)
	scripts := []string{"", "Latn-", "Cyrl-", "Arab-", "Grek-", "Hans-"}
	return ls[i%pairs/len(rs)] + "-" + scripts[i/pairs] + rs[i%len(rs)]
}

var tagLangs, tagRegions []string

// tagParts returns the two-letter languages and the regions that make canonical tags
// together.
func tagParts() (langs, regions []string) {
	if tagLangs != nil {
		return tagLangs, tagRegions
	}
	for a := 'a'; a <= 'z'; a++ {
		for b := 'a'; b <= 'z'; b++ {
			if s := string([]rune{a, b}); rules.Tag(s).Msg == "" && s != "en" {
				tagLangs = append(tagLangs, s)
			}
		}
	}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r := string([]rune{a, b})
			ok := true
			for _, l := range tagLangs {
				if rules.Tag(l+"-"+r).Msg != "" {
					ok = false
					break
				}
			}
			if ok {
				tagRegions = append(tagRegions, r)
			}
		}
	}
	return tagLangs, tagRegions
}

// adversarial returns the base agreement with sh's part grown to at most size bytes.
func adversarial(tb testing.TB, sh benchShape, size int) []byte {
	tb.Helper()
	base, err := os.ReadFile("../testdata/mini/aa.json")
	if err != nil {
		tb.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(base, &doc); err != nil {
		tb.Fatal(err)
	}
	doc[sh.field] = json.RawMessage("null")
	rest, err := json.Marshal(doc)
	if err != nil {
		tb.Fatal(err)
	}
	room := size - len(rest) - 200 // the wrapping of the grown value, and slack
	grown := []byte(sh.open)
	for i := 0; ; i++ {
		it := sh.item(i)
		if len(grown)+len(it)+1+len(sh.close) > room {
			break
		}
		if i > 0 || sh.open != "[" {
			grown = append(grown, ',')
		}
		grown = append(grown, it...)
	}
	grown = append(grown, sh.close...)
	if sh.wrap != nil {
		doc[sh.field] = sh.wrap(grown)
	} else {
		doc[sh.field] = json.RawMessage(grown)
	}
	out, err := json.Marshal(doc)
	if err != nil {
		tb.Fatal(err)
	}
	if len(out) > size {
		tb.Fatalf("%s: %d bytes, want at most %d", sh.name, len(out), size)
	}
	return out
}

// TestAdversarialShapes checks that the generated payloads are valid for the decoder, the
// validator and jsonschema/v5 alike, and fill their size: the benchmarks measure the accept
// path on every benchShape.
func TestAdversarialShapes(t *testing.T) {
	raw := rawV5(t)
	for _, sh := range adversarialShapes {
		size := shapeSizes[0].n
		data := adversarial(t, sh, size)
		if len(data) < size*8/10 {
			t.Errorf("%s: %d bytes, want about %d", sh.name, len(data), size)
		}
		if _, err := regiodialogue.DecodeAgreement(data); err != nil {
			t.Errorf("%s: DecodeAgreement: %v", sh.name, err)
		}
		if err := ValidateAgreement(data); err != nil {
			t.Errorf("%s: ValidateAgreement: %v", sh.name, err)
		}
		if err := raw(data); err != nil {
			t.Errorf("%s: jsonschema/v5: %v", sh.name, err)
		}
	}
	for _, sh := range invalidShapes {
		data := adversarial(t, sh, shapeSizes[0].n)
		if err := ValidateAgreement(data); !hasKeyword(err, "type") && !hasKeyword(err, "additionalProperties") {
			t.Errorf("%s: ValidateAgreement = %.200v, want type or additionalProperties violations", sh.name, err)
		}
	}
	// The tag sequences hold enough distinct values for the largest payloads.
	seen := map[string]bool{}
	for i := range 600_000 {
		s := distinctTag(i)
		if seen[s] {
			t.Fatalf("distinctTag(%d) = %q repeats", i, s)
		}
		seen[s] = true
	}
	if s := distinctTag(599_999); rules.Tag(s).Msg != "" {
		t.Errorf("distinctTag: %s", rules.Tag(s).Msg)
	}
	if s := distinctLanguage(150_000); rules.Tag(s).Msg != "" {
		t.Errorf("distinctLanguage: %s", rules.Tag(s).Msg)
	}
}

// rawV5 returns the baseline: the embedded schemas compiled from FS with jsonschema/v5
// alone, and a function that decodes a payload with encoding/json (UseNumber) and
// validates it against the agreement schema, with none of this package's checks.
func rawV5(tb testing.TB) func([]byte) error {
	tb.Helper()
	s, err := compileFS(FS())
	if err != nil {
		tb.Fatal(err)
	}
	return func(data []byte) error { return validateV5(s.Agreement(), data) }
}

func validateV5(s *jsonschema.Schema, data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return err
	}
	return s.Validate(v)
}

// BenchmarkAdversarial measures, for each benchShape and size, ns/byte of schema.ValidateAgreement
// (impl=validate), regiodialogue.DecodeAgreement (impl=decode) and the raw jsonschema/v5
// baseline (impl=v5) on the same bytes. Linear checks give flat ns/byte across sizes.
func BenchmarkAdversarial(b *testing.B) {
	raw := rawV5(b)
	impls := []struct {
		name string
		fn   func([]byte) error
	}{
		{"validate", ValidateAgreement},
		{"decode", func(data []byte) error { _, err := regiodialogue.DecodeAgreement(data); return err }},
		{"v5", raw},
	}
	for _, sh := range adversarialShapes {
		for _, sz := range shapeSizes {
			data := adversarial(b, sh, sz.n)
			for _, impl := range impls {
				b.Run("benchShape="+sh.name+"/size="+sz.name+"/impl="+impl.name, func(b *testing.B) {
					b.SetBytes(int64(len(data)))
					for b.Loop() {
						if err := impl.fn(data); err != nil {
							b.Fatal(err)
						}
					}
					reportPerByte(b, len(data))
				})
			}
		}
	}
}

// BenchmarkAdversarialInvalid measures ns/byte of schema.ValidateAgreement on the invalid
// shapes, listing the first 100 violations (validate) and every one (every), and of the raw
// jsonschema/v5 baseline on the same bytes.
func BenchmarkAdversarialInvalid(b *testing.B) {
	raw := rawV5(b)
	impls := []struct {
		name string
		fn   func([]byte) error
	}{{"validate", ValidateAgreement}, {"every", every.ValidateAgreement}, {"v5", raw}}
	for _, sh := range invalidShapes {
		for _, sz := range shapeSizes {
			data := adversarial(b, sh, sz.n)
			for _, impl := range impls {
				if impl.name == "v5" && sh.noV5 {
					continue
				}
				b.Run("benchShape="+sh.name+"/size="+sz.name+"/impl="+impl.name, func(b *testing.B) {
					b.SetBytes(int64(len(data)))
					for b.Loop() {
						if err := impl.fn(data); err == nil {
							b.Fatal("accepted")
						}
					}
					reportPerByte(b, len(data))
				})
			}
		}
	}
}

// BenchmarkLoadWorst is regiodialogue.Load of one file of MaxFileSize bytes of the tags
// benchShape, beside the raw jsonschema/v5 baseline on the same bytes.
func BenchmarkLoadWorst(b *testing.B) {
	sh := adversarialShapes[0]
	data := adversarial(b, sh, regiodialogue.MaxFileSize)
	fsys := fstest.MapFS{"aa.json": {Data: data}}
	b.Run("impl=Load", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, err := regiodialogue.Load(fsys); err != nil {
				b.Fatal(err)
			}
		}
		reportPerByte(b, len(data))
	})
	raw := rawV5(b)
	b.Run("impl=v5", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if err := raw(data); err != nil {
				b.Fatal(err)
			}
		}
		reportPerByte(b, len(data))
	})
}

func reportPerByte(b *testing.B, n int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/byte")
}
