// Command validate checks agreement or activity payloads against the regiodialogue JSON
// Schemas and the rules no schema can state (package schema).
//
// Usage:
//
//	go run ./examples/validate [-kind agreement|activity] [-json] [FILE...]
//
// With no FILE, or with FILE "-", it reads standard input. The flags are:
//
//	-kind KIND  what each file holds: agreement (the default; a whole dataset/<id>.json
//	            file) or activity (one item of an agreement's "activities").
//	-json       write a JSON report instead of text lines:
//	            {"files":[{"file":…,"valid":bool,"errors":[{"pointer":…,"keyword":…,"message":…}]}]}
//
// Without -json, each violation is one line on standard output, "file: pointer: message",
// with pointer "/" for the whole payload and "<stdin>" naming standard input; valid files
// print nothing. In the JSON report pointers are RFC 6901 JSON pointers: the whole payload
// is "".
//
// The exit status is 0 when every file is valid, 1 when some file is invalid and 2 for bad
// usage (an unknown flag or -kind) or a file that cannot be read; the message is then on
// standard error.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/regiodialogue/regiodialogue/schema"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// stdinName names standard input in the output.
const stdinName = "<stdin>"

// report is the -json output.
type report struct {
	Files []fileReport `json:"files"`
}

type fileReport struct {
	File   string      `json:"file"`
	Valid  bool        `json:"valid"`
	Errors []violation `json:"errors"`
}

type violation struct {
	Pointer string `json:"pointer"`
	Keyword string `json:"keyword"`
	Message string `json:"message"`
}

// run is the program: it validates the files named in args (or stdin), writes the results
// to stdout, diagnostics to stderr, and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	kind := fs.String("kind", "agreement", "payload kind: agreement or activity")
	asJSON := fs.Bool("json", false, "write a JSON report")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: validate [-kind agreement|activity] [-json] [FILE...]")
		fmt.Fprintln(fs.Output(), "Validates regiodialogue payloads; no FILE or \"-\" reads standard input.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	var validate func([]byte) error
	switch *kind {
	case "agreement":
		validate = schema.ValidateAgreement
	case "activity":
		validate = schema.ValidateActivity
	default:
		fmt.Fprintf(stderr, "validate: unknown -kind %q (want agreement or activity)\n", *kind)
		fs.Usage()
		return 2
	}
	names := fs.Args()
	if len(names) == 0 {
		names = []string{"-"}
	}

	// Read every input first, so an I/O error exits 2 before any result is written.
	rep := report{Files: make([]fileReport, 0, len(names))}
	inputs := make([][]byte, len(names))
	for i, name := range names {
		data, err := read(name, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "validate: %v\n", err)
			return 2
		}
		inputs[i] = data
	}
	status := 0
	for i, name := range names {
		if name == "-" {
			name = stdinName
		}
		fr := fileReport{File: name, Valid: true, Errors: []violation{}}
		if err := validate(inputs[i]); err != nil {
			var se *schema.Error
			if !errors.As(err, &se) {
				fmt.Fprintf(stderr, "validate: %s: %v\n", name, err)
				return 2
			}
			fr.Valid = false
			status = 1
			for _, v := range se.Violations {
				fr.Errors = append(fr.Errors, violation{Pointer: v.Pointer, Keyword: v.Keyword, Message: v.Message})
			}
		}
		rep.Files = append(rep.Files, fr)
	}

	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			fmt.Fprintf(stderr, "validate: %v\n", err)
			return 2
		}
		return status
	}
	for _, fr := range rep.Files {
		for _, v := range fr.Errors {
			if _, err := fmt.Fprintf(stdout, "%s: %s: %s\n", fr.File, pointer(v.Pointer), v.Message); err != nil {
				fmt.Fprintf(stderr, "validate: %v\n", err)
				return 2
			}
		}
	}
	return status
}

// read returns the contents of the named file, or of stdin for "-". It reads at most one
// byte more than schema.DefaultMaxSize, so a huge input is reported as too large by the
// validator without being held in memory.
func read(name string, stdin io.Reader) ([]byte, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	} else {
		name = stdinName
	}
	data, err := io.ReadAll(io.LimitReader(r, schema.DefaultMaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return data, nil
}

// pointer writes the whole payload's pointer "" as "/" for text output.
func pointer(p string) string {
	if p == "" {
		return "/"
	}
	return p
}
