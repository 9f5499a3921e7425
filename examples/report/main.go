// Command report writes a report of the agreements in the regiodialogue dataset: an
// overview table, then for each agreement its partner, dialogue, signed instruments (kind,
// date at its precision, place, parties and signatories, framework, whether binding,
// document language versions), themes, summary, activities in date order, notes and
// sources.
//
// Usage:
//
//	go run ./examples/report [-lang TAG] [-format md|html|csv] [-o FILE] [-partner ID] [-data DIR]
//
// The flags are:
//
//	-lang TAG     BCP 47 language of the report (default en). Headings, code labels, dates
//	              and counts are in the best match among package locale's UI languages
//	              (English, Spanish, Portuguese, French, German, Chinese, Japanese, Russian,
//	              Ukrainian, Romanian, Georgian, Hindi), English when none matches well;
//	              country and language names come from the CLDR tables in the language
//	              asked, whatever it is; dataset texts are picked with Text.Match, falling
//	              back to English.
//	-format FMT   md (Markdown, the default), html (one self-contained page) or csv (one
//	              row per agreement; codes and language tags are written as codes).
//	-o FILE       write to FILE instead of standard output.
//	-partner ID   report only the agreement with this id ("pe", "sica"), in any case.
//	-data DIR     read the agreements from DIR instead of the embedded dataset.
//
// Dates are written in words at the precision the sources give ("May 2013", "15 мая
// 2013 г."); a date the compilers inferred gets the language's mark ("c. 15 July 2010").
// A text the compilers translated is marked ‡ and, in HTML, tagged with its language tag
// ("es-t-en"); a legend explains the mark. The exit status is 2 for bad usage (an unknown flag,
// a malformed -lang, an unknown -format or -partner) and 1 for other errors.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/regiodialogue/regiodialogue"
	"github.com/regiodialogue/regiodialogue/internal/render"
	"github.com/regiodialogue/regiodialogue/locale"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// options are the parsed command line.
type options struct {
	lang, format, out, partner, data string
}

// usageError is an error in the command line: exit status 2.
type usageError struct{ error }

var writers = map[string]func(io.Writer, *view) error{
	"md":   writeMarkdown,
	"html": writeHTML,
	"csv":  writeCSV,
}

// run is the program: it parses args, writes the report to stdout or the -o file, writes
// diagnostics to stderr and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	opts, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		return 2 // the flag package has said why
	}
	if err := report(opts, stdout); err != nil {
		fmt.Fprintln(stderr, "report:", err)
		if errors.As(err, new(usageError)) {
			return 2
		}
		return 1
	}
	return 0
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.lang, "lang", "en", "BCP 47 `tag` of the report's language")
	fs.StringVar(&o.format, "format", "md", "output `format`: md, html or csv")
	fs.StringVar(&o.out, "o", "", "write to `file` instead of standard output")
	fs.StringVar(&o.partner, "partner", "", "report only the agreement with this `id`")
	fs.StringVar(&o.data, "data", "", "read the agreements from `dir` instead of the embedded dataset")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "usage: report [flags]\n\nWrites a report of the DG REGIO regional policy cooperation agreements.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "report: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return o, errors.New("unexpected arguments")
	}
	return o, nil
}

// report checks the options, builds the report and writes it.
func report(o options, stdout io.Writer) error {
	tag, err := render.ParseLang(o.lang)
	if err != nil {
		return usageError{err}
	}
	write, ok := writers[o.format]
	if !ok {
		return usageError{fmt.Errorf("unknown format %q (want md, html or csv)", o.format)}
	}
	ds, err := render.Open(o.data)
	if err != nil {
		return err
	}
	agreements, err := selectAgreements(ds, o.partner)
	if err != nil {
		return err
	}
	version := ""
	if o.data == "" {
		version = regiodialogue.DataVersion
	}
	var buf bytes.Buffer
	if err := write(&buf, newView(ds, agreements, locale.New(tag), version)); err != nil {
		return err
	}
	if o.out == "" {
		_, err = stdout.Write(buf.Bytes())
		return err
	}
	return os.WriteFile(o.out, buf.Bytes(), 0o644)
}

// selectAgreements returns every agreement in signing order, or only the one with id, in
// any letter case ("pe", "PE").
func selectAgreements(ds *regiodialogue.Dataset, id string) ([]regiodialogue.Agreement, error) {
	if id != "" {
		a, ok := ds.Agreement(id)
		if !ok {
			return nil, usageError{fmt.Errorf("no agreement with id %q", id)}
		}
		return []regiodialogue.Agreement{a}, nil
	}
	var all []regiodialogue.Agreement
	for a := range ds.Agreements() {
		all = append(all, a)
	}
	return all, nil
}
