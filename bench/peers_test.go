package bench

// The peers: each validates one agreement payload against the agreement schema, compiled
// once from the three files in ../schema, registered by their $ids, with every loader that
// could reach the network replaced by one that fails.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	kaptin "github.com/kaptinlin/jsonschema"
	"github.com/regiodialogue/regiodialogue"
	"github.com/regiodialogue/regiodialogue/schema"
	jsv5 "github.com/santhosh-tekuri/jsonschema/v5"
	jsv6 "github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/xeipuuv/gojsonschema"
)

const schemaDir = "../schema"
const datasetDir = "../dataset"

var schemaFiles = []string{"defs.schema.json", "activity.schema.json", "agreement.schema.json"}

// payload is one agreement file, or a broken variant of one.
type payload struct {
	name string
	data []byte
}

// schemaByID reads the three schema files, keyed by $id.
func schemaByID(tb testing.TB) map[string][]byte {
	tb.Helper()
	out := map[string][]byte{}
	for _, name := range schemaFiles {
		data, err := os.ReadFile(filepath.Join(schemaDir, name))
		if err != nil {
			tb.Fatal(err)
		}
		out[schema.BaseID+name] = data
	}
	return out
}

// validPayloads reads the 14 agreement files (every *.json but datapackage.json).
func validPayloads(tb testing.TB) []payload {
	tb.Helper()
	names, err := filepath.Glob(filepath.Join(datasetDir, "*.json"))
	if err != nil {
		tb.Fatal(err)
	}
	sort.Strings(names)
	var out []payload
	for _, n := range names {
		if filepath.Base(n) == "datapackage.json" {
			continue
		}
		data, err := os.ReadFile(n)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, payload{filepath.Base(n), data})
	}
	if len(out) != 14 {
		tb.Fatalf("%d agreement files, want 14", len(out))
	}
	return out
}

// breakPayload returns data with "group" set to an unknown code (if group) and the last
// activity's "kind" set to an unknown code (if kind), re-indented like the dataset files.
func breakPayload(tb testing.TB, data []byte, group, kind bool) []byte {
	return mutate(tb, data, func(m map[string]any) {
		if group {
			m["group"] = "no-such-group"
		}
		if kind {
			lastActivity(m)["kind"] = "no-such-kind"
		}
	})
}

// invalidPayloads are the benchmarked broken variants: both faults in each file.
func invalidPayloads(tb testing.TB) []payload {
	var out []payload
	for _, p := range validPayloads(tb) {
		out = append(out, payload{p.name, breakPayload(tb, p.data, true, true)})
	}
	return out
}

// A peer validates one payload; nil means valid.
type peer struct {
	name  string
	setup func(tb testing.TB) func([]byte) error
	// floor: the peer checks only that the payload is JSON; it is not a validator.
	floor bool
	// wrong, if set, says why the peer is known to disagree with the schema; its
	// benchmark is skipped and the correctness test asserts the disagreement still holds.
	wrong string
}

var errInvalid = errors.New("invalid")

var peers = []peer{
	{name: "ValidateAgreement", setup: func(testing.TB) func([]byte) error { return schema.ValidateAgreement }},
	// decoder: the strict decoder of the root package on its own, which ValidateAgreement
	// reads its violations off: the floor of ValidateAgreement's own cost.
	{name: "decoder", setup: func(testing.TB) func([]byte) error {
		return func(data []byte) error { _, err := regiodialogue.DecodeAgreement(data); return err }
	}},
	{name: "v5raw", setup: setupV5},
	{name: "v6", setup: setupV6},
	{name: "gojsonschema", setup: setupGoJSONSchema(false)},
	{name: "kaptinlin", setup: setupKaptinlin},
	{name: "jsonany", setup: setupJSONAny, floor: true},
}

func setupV5(tb testing.TB) func([]byte) error {
	byID := schemaByID(tb)
	c := jsv5.NewCompiler()
	c.Draft = jsv5.Draft2020
	c.AssertFormat = false
	c.LoadURL = func(url string) (io.ReadCloser, error) {
		if data, ok := byID[strings.TrimSuffix(url, "#")]; ok {
			return io.NopCloser(bytes.NewReader(data)), nil
		}
		return nil, fmt.Errorf("no network: %s", url)
	}
	for id, data := range byID {
		if err := c.AddResource(id, bytes.NewReader(data)); err != nil {
			tb.Fatal(err)
		}
	}
	s, err := c.Compile(schema.AgreementID)
	if err != nil {
		tb.Fatal(err)
	}
	return func(data []byte) error {
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			return err
		}
		return s.Validate(v)
	}
}

type noLoader struct{}

func (noLoader) Load(url string) (any, error) { return nil, fmt.Errorf("no network: %s", url) }

func setupV6(tb testing.TB) func([]byte) error {
	c := jsv6.NewCompiler()
	c.DefaultDraft(jsv6.Draft2020)
	c.UseLoader(noLoader{})
	for id, data := range schemaByID(tb) {
		doc, err := jsv6.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			tb.Fatal(err)
		}
		if err := c.AddResource(id, doc); err != nil {
			tb.Fatal(err)
		}
	}
	s, err := c.Compile(schema.AgreementID)
	if err != nil {
		tb.Fatal(err)
	}
	return func(data []byte) error {
		v, err := jsv6.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			return err
		}
		return s.Validate(v)
	}
}

// setupGoJSONSchema: gojsonschema knows drafts 4, 6 and 7. Given the 2020-12 files as they
// are, it finds no draft it knows in $schema and uses its hybrid mode; $defs is an unknown
// keyword to it, but every $ref into $defs is a JSON pointer, which it resolves on the raw
// document. With draft07 the $schema of each file is rewritten, in memory, to draft-07
// instead; TestPeersAgree passes either way, so only the unmodified files are benchmarked.
func setupGoJSONSchema(draft07 bool) func(tb testing.TB) func([]byte) error {
	return func(tb testing.TB) func([]byte) error {
		byID := schemaByID(tb)
		sl := gojsonschema.NewSchemaLoader()
		sl.Validate = false
		var main gojsonschema.JSONLoader
		for _, name := range schemaFiles {
			data := byID[schema.BaseID+name]
			if draft07 {
				data = bytes.Replace(data, []byte(`"https://json-schema.org/draft/2020-12/schema"`),
					[]byte(`"http://json-schema.org/draft-07/schema#"`), 1)
			}
			l := gojsonschema.NewBytesLoader(data)
			if name == "agreement.schema.json" {
				main = l
				continue
			}
			if err := sl.AddSchemas(l); err != nil {
				tb.Fatal(err)
			}
		}
		s, err := sl.Compile(main)
		if err != nil {
			tb.Fatal(err)
		}
		return func(data []byte) error {
			r, err := s.Validate(gojsonschema.NewBytesLoader(data))
			if err != nil {
				return err
			}
			if !r.Valid() {
				return fmt.Errorf("%w: %v", errInvalid, r.Errors())
			}
			return nil
		}
	}
}

func setupKaptinlin(tb testing.TB) func([]byte) error {
	byID := schemaByID(tb)
	c := kaptin.NewCompiler()
	c.SetAssertFormat(false)
	noNet := func(url string) (io.ReadCloser, error) { return nil, fmt.Errorf("no network: %s", url) }
	c.RegisterLoader("http", noNet)
	c.RegisterLoader("https", noNet)
	var s *kaptin.Schema
	for _, name := range schemaFiles {
		id := schema.BaseID + name
		var err error
		if s, err = c.Compile(byID[id], id); err != nil {
			tb.Fatal(err)
		}
	}
	return func(data []byte) error {
		r := s.Validate(data)
		if !r.IsValid() {
			return fmt.Errorf("%w: %v", errInvalid, r.ToList(false))
		}
		return nil
	}
}

func setupJSONAny(testing.TB) func([]byte) error {
	return func(data []byte) error {
		var v any
		return json.Unmarshal(data, &v)
	}
}

// disagreement runs a peer over the valid files and the broken variants (both faults, the
// group fault alone, the activity-kind fault alone) and describes every wrong answer.
func disagreement(tb testing.TB, p peer) []string {
	validate := p.setup(tb)
	var wrong []string
	for _, v := range validPayloads(tb) {
		if err := validate(v.data); err != nil {
			msg := err.Error()
			if len(msg) > 300 {
				msg = msg[:300] + "…"
			}
			wrong = append(wrong, fmt.Sprintf("%s: valid file rejected: %s", v.name, msg))
		}
		if p.floor {
			continue
		}
		for _, c := range []struct {
			what        string
			group, kind bool
		}{{"group+kind", true, true}, {"group", true, false}, {"kind", false, true}} {
			if err := validate(breakPayload(tb, v.data, c.group, c.kind)); err == nil {
				wrong = append(wrong, fmt.Sprintf("%s: broken (%s) accepted", v.name, c.what))
			}
		}
	}
	// Probes of other keywords, on the first file: each must be rejected.
	first := validPayloads(tb)[0].data
	for _, pr := range probes {
		if err := validate(mutate(tb, first, pr.mutate)); err == nil && !p.floor {
			wrong = append(wrong, "probe accepted: "+pr.name)
		}
	}
	return wrong
}

// probes break one keyword each: additionalProperties, propertyNames (a Text key that is
// not a tag), pattern (an impossible date), minLength, required, type.
var probes = []struct {
	name   string
	mutate func(m map[string]any)
}{
	{"unknown field", func(m map[string]any) { m["colour"] = "blue" }},
	{"Text key not a tag", func(m map[string]any) { m["summary"].(map[string]any)["English"] = "x" }},
	{"impossible date", func(m map[string]any) { lastActivity(m)["start"] = "2013-02-30" }},
	{"empty string", func(m map[string]any) { m["summary"].(map[string]any)["en"] = "" }},
	{"missing required", func(m map[string]any) { delete(m, "sources") }},
	{"wrong type", func(m map[string]any) { m["instruments"] = "none" }},
}

func lastActivity(m map[string]any) map[string]any {
	acts := m["activities"].([]any)
	return acts[len(acts)-1].(map[string]any)
}

// mutate decodes data, applies f and re-encodes it indented like the dataset files.
func mutate(tb testing.TB, data []byte, f func(map[string]any)) []byte {
	tb.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		tb.Fatal(err)
	}
	f(m)
	out, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		tb.Fatal(err)
	}
	return append(out, '\n')
}
