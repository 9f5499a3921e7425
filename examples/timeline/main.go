// Command timeline draws the agreements of the regiodialogue dataset as an SVG timeline:
// one labelled lane per agreement, in signing order, on a year axis from 2006 to the
// latest date in the data. Diamonds mark the signing of instruments; circles mark
// activities, blue for those under the dialogue itself and orange for those under a
// programme; lines show how long an activity lasted; inferred dates are drawn hollow and
// dashed. Dates known only to the year or month sit in the middle of that period, and a grey
// bracket spans a year-only date. Every marker has a <title> (partner, date, kind, title)
// that screen readers read and browsers show as a tooltip.
//
// Usage:
//
//	go run ./examples/timeline [-o FILE] [-lang TAG] [-data DIR]
//
// The flags are:
//
//	-o FILE     write to FILE instead of standard output.
//	-lang TAG   BCP 47 language of labels and titles (default en): the legend, code labels
//	            and dates in the best match among package locale's UI languages, English
//	            when none matches well; partner names from the dataset or the CLDR tables
//	            in the language asked; dataset texts picked with Text.Match, falling back
//	            to English.
//	-data DIR   read the agreements from DIR instead of the embedded dataset.
//
// The output is the same for the same data and flags. The exit status is 2 for bad usage
// (an unknown flag, a malformed -lang) and 1 for other errors.
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

// run is the program: it parses args, writes the SVG to stdout or the -o file, writes
// diagnostics to stderr and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("timeline", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write the SVG to `file` instead of standard output")
	lang := fs.String("lang", "en", "BCP 47 `tag` of the labels' language")
	data := fs.String("data", "", "read the agreements from `dir` instead of the embedded dataset")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "usage: timeline [flags]\n\nDraws the DG REGIO regional policy cooperation agreements as an SVG timeline.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "timeline: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	tag, err := render.ParseLang(*lang)
	if err != nil {
		fmt.Fprintln(stderr, "timeline:", err)
		return 2
	}
	if err := draw(*data, *out, locale.New(tag), stdout); err != nil {
		fmt.Fprintln(stderr, "timeline:", err)
		return 1
	}
	return 0
}

// draw loads the dataset and writes the timeline to the file out, or to stdout.
func draw(data, out string, loc locale.Locale, stdout io.Writer) error {
	ds, err := render.Open(data)
	if err != nil {
		return err
	}
	var agreements []regiodialogue.Agreement
	for a := range ds.Agreements() {
		agreements = append(agreements, a)
	}
	var buf bytes.Buffer
	if err := writeSVG(&buf, agreements, loc); err != nil {
		return err
	}
	if out == "" {
		_, err = stdout.Write(buf.Bytes())
		return err
	}
	return os.WriteFile(out, buf.Bytes(), 0o644)
}
