package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os/exec"
	"strings"

	"github.com/regiodialogue/regiodialogue"
	"github.com/regiodialogue/regiodialogue/schema"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// verdict is one validator's answer on one variant.
type verdict struct {
	Valid   bool   `json:"valid"`
	Message string `json:"message"`
}

// validator is one way of checking a payload. A "go" validator applies the Go-only rules;
// a "schema" validator applies the JSON Schemas alone.
type validator struct {
	name     string
	full     bool                                                 // applies the Go-only rules too
	sizeFree bool                                                 // has no size limit (the maxSize rule is not its business)
	verdicts map[string]verdict                                   // by variant file name
	check    func(data []byte) verdict                            // an in-process validator
	run      func(dir string) (string, map[string]verdict, error) // an external one: its own name, verdicts
}

func fromErr(err error) verdict {
	if err == nil {
		return verdict{Valid: true}
	}
	msg := err.Error()
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i]
	}
	if len(msg) > 300 {
		msg = msg[:300]
	}
	return verdict{Message: msg}
}

// goValidators are the in-process validators: the package's two entry points, and the
// schemas compiled by jsonschema/v5 on its own over encoding/json, with no Go-only rule.
func goValidators() ([]*validator, error) {
	raw, err := compileRaw(schema.FS())
	if err != nil {
		return nil, err
	}
	return []*validator{
		{name: "go schema.ValidateAgreement", full: true, check: func(data []byte) verdict {
			return fromErr(schema.ValidateAgreement(data))
		}},
		{name: "go regiodialogue.DecodeAgreement", full: true, sizeFree: true, check: func(data []byte) verdict {
			_, err := regiodialogue.DecodeAgreement(data)
			return fromErr(err)
		}},
		{name: "go jsonschema/v5 alone (encoding/json)", check: func(data []byte) verdict {
			var doc any
			dec := json.NewDecoder(bytes.NewReader(data))
			dec.UseNumber()
			if err := dec.Decode(&doc); err != nil {
				return fromErr(err)
			}
			if _, err := dec.Token(); err != io.EOF {
				return verdict{Message: "data after the top-level value"}
			}
			return fromErr(raw.Validate(doc))
		}},
	}, nil
}

// compileRaw compiles the agreement schema with jsonschema/v5 from the schema files, every
// $ref resolved among them.
func compileRaw(fsys fs.FS) (*jsonschema.Schema, error) {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	names, err := fs.Glob(fsys, "*.schema.json")
	if err != nil {
		return nil, err
	}
	byID := map[string][]byte{}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		byID[schema.BaseID+name] = data
		if err := c.AddResource(schema.BaseID+name, bytes.NewReader(data)); err != nil {
			return nil, err
		}
	}
	c.LoadURL = func(url string) (io.ReadCloser, error) {
		data, ok := byID[strings.TrimSuffix(url, "#")]
		if !ok {
			return nil, fmt.Errorf("$ref to %q leaves the schema files", url)
		}
		return io.NopCloser(bytes.NewReader(data)), nil
	}
	return c.Compile(schema.AgreementID)
}

// external is a validator run as a program over the variant directory; it prints a first
// line {"validator": NAME} and then one {"file", "valid", "message"} line per file.
func external(label string, args ...string) *validator {
	return &validator{name: label, run: func(dir string) (string, map[string]verdict, error) {
		cmd := exec.Command(args[0], append(args[1:len(args):len(args)], dir)...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			return "", nil, fmt.Errorf("%s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
		}
		name := label
		verdicts := map[string]verdict{}
		sc := bufio.NewScanner(bytes.NewReader(out))
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var line struct {
				Validator string `json:"validator"`
				File      string `json:"file"`
				verdict
			}
			if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
				return "", nil, fmt.Errorf("%s: output line %q: %v", label, sc.Text(), err)
			}
			if line.Validator != "" {
				name = line.Validator
				continue
			}
			verdicts[line.File] = line.verdict
		}
		return name, verdicts, sc.Err()
	}}
}
