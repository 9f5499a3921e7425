// Command report prints the agreements of the regiodialogue dataset.
//
// Usage:
//
//	go run ./examples/report
//
// For now it prints a plain listing, one agreement a line: id, partner, instrument kind and
// signing date (at the precision the sources give; a trailing '?' marks an inferred date).
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/regiodialogue/regiodialogue"
)

func main() {
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: report\n\nPrints the agreements of the regiodialogue dataset, in signing order.\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := list(os.Stdout, regiodialogue.Default()); err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(1)
	}
}

func list(w io.Writer, ds *regiodialogue.Dataset) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPARTNER\tINSTRUMENT\tSIGNED")
	for a := range ds.Agreements() {
		for i, in := range a.Instruments {
			id, name := a.ID, a.Partner.Name.In()
			if i > 0 {
				id, name = "", ""
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", id, name, in.Kind.Label(), in.Signed)
		}
	}
	return tw.Flush()
}
