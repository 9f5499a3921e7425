package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/google/go-cmp/cmp"
	"github.com/regiodialogue/regiodialogue/internal/oracle"
	"github.com/regiodialogue/regiodialogue/schema"
)

// keywordCheck holds the violations schema.ValidateAgreement reads off the decoder to those
// of the oracle, jsonschema/v5 evaluating the schemas with the rules no schema can state
// (internal/oracle): on every variant, the same pointers with the same keywords, every
// violation listed. Variants with an empty object key are left out: jsonschema/v5 reports
// a fault under an empty key at its parent's pointer. It returns one problem per variant
// on which they differ, and how many variants were compared.
func keywordCheck(variants []variant) ([]problem, int, error) {
	o, err := oracle.Compile(schema.FS(), schema.BaseID)
	if err != nil {
		return nil, 0, err
	}
	v := schema.Validator{MaxFaults: -1}
	var out []problem
	n := 0
	for _, x := range variants {
		if len(x.data) > schema.DefaultMaxSize || strings.Contains(string(x.data), `""`) {
			continue
		}
		n++
		want, err := o.Validate(x.data, false, 0)
		if err != nil {
			return nil, 0, err
		}
		var wantKeys []string
		for _, w := range want {
			wantKeys = append(wantKeys, w.Pointer+" "+w.Keyword)
		}
		var gotKeys []string
		var se *schema.Error
		if err := v.ValidateAgreement(x.data); errors.As(err, &se) {
			for _, g := range se.Violations {
				gotKeys = append(gotKeys, g.Pointer+" "+g.Keyword)
			}
		} else if err != nil {
			return nil, 0, err
		}
		slices.Sort(wantKeys)
		slices.Sort(gotKeys)
		if d := cmp.Diff(wantKeys, gotKeys); d != "" {
			out = append(out, problem{x.name, fmt.Sprintf("violations differ from the oracle's (-oracle +schema.ValidateAgreement):\n%s", d)})
		}
	}
	return out, n, nil
}
