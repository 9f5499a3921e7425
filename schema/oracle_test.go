package schema

import (
	"io/fs"
	"runtime"
	"sync"

	"github.com/regiodialogue/regiodialogue/internal/oracle"
)

// The oracle: the schemas evaluated by jsonschema/v5, with the rules no schema can state
// (internal/oracle). The tests hold the validators, which read faults off the decoder, to it.

var (
	oracleOnce    sync.Once
	oracleSchemas *oracle.Schemas
	oracleErr     error
)

// compile returns the embedded schemas compiled by jsonschema/v5.
func compile() (*oracle.Schemas, error) {
	oracleOnce.Do(func() { oracleSchemas, oracleErr = compileFS(files) })
	return oracleSchemas, oracleErr
}

func compileFS(fsys fs.FS) (*oracle.Schemas, error) { return oracle.Compile(fsys, BaseID) }

// validateFull is the oracle's verdict on data as an *Error (nil when valid), with v's
// size and depth limits and every violation listed.
func (v *Validator) validateFull(data []byte, activity bool) error {
	if len(data) > v.maxSize() {
		return &Error{Violations: []Violation{{Keyword: KeywordMaxSize, Message: "payload too large"}}}
	}
	s, err := compile()
	if err != nil {
		return err
	}
	vs, err := s.Validate(data, activity, v.MaxDepth)
	if err != nil {
		return err
	}
	if len(vs) == 0 {
		return nil
	}
	out := make([]Violation, len(vs))
	for i, x := range vs {
		out[i] = Violation{Pointer: x.Pointer, Keyword: x.Keyword, Message: x.Message}
	}
	return &Error{Violations: out}
}

// allocated returns the bytes fn allocates.
func allocated(fn func()) uint64 {
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	fn()
	runtime.ReadMemStats(&m1)
	return m1.TotalAlloc - m0.TotalAlloc
}
