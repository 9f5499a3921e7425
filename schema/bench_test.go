package schema

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"
)

func peru(b *testing.B) []byte {
	data, err := os.ReadFile("../dataset/pe.json")
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// BenchmarkValidateAgreement is ValidateAgreement on the Peru record: the input checks, the
// schema and the rules. Compare with BenchmarkBaselineStdlibV5 in the same run.
func BenchmarkValidateAgreement(b *testing.B) {
	data := peru(b)
	if err := ValidateAgreement(data); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := ValidateAgreement(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBaselineStdlibV5 is the plain path: encoding/json with UseNumber, then
// jsonschema/v5's Validate on the same compiled schema, with none of the extra checks.
func BenchmarkBaselineStdlibV5(b *testing.B) { baselineV5(b, peru(b), true) }

// baselineV5 decodes data with encoding/json (UseNumber) and validates it with v5 alone,
// failing unless the verdict is valid.
func baselineV5(b *testing.B, data []byte, valid bool) {
	s, err := compile()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			b.Fatal(err)
		}
		if err := s.Agreement().Validate(v); (err == nil) != valid {
			b.Fatalf("Validate = %v, want valid %v", err, valid)
		}
	}
}

func brokenPeru(b *testing.B) []byte {
	data := bytes.Replace(peru(b), []byte(`"group": "latin-america"`), []byte(`"group": "south-america"`), 1)
	if err := ValidateAgreement(data); err == nil {
		b.Fatal("the broken payload validates")
	}
	return data
}

// BenchmarkValidateAgreementInvalid is ValidateAgreement on a Peru record with an unknown
// group: the decoder lists the violation with its keyword; no schema is evaluated.
func BenchmarkValidateAgreementInvalid(b *testing.B) {
	data := brokenPeru(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := ValidateAgreement(data); err == nil {
			b.Fatal("accepted")
		}
	}
}

// BenchmarkBaselineStdlibV5Invalid is the plain path on the same invalid payload.
func BenchmarkBaselineStdlibV5Invalid(b *testing.B) { baselineV5(b, brokenPeru(b), false) }
