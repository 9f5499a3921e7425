// Command firstuse times the first call of regiodialogue.Default() in a fresh process (the
// embedded dataset is inflated, decoded and checked then, once) and prints the
// nanoseconds, the bytes and the allocations it took, tab-separated. With -load DIR it
// times regiodialogue.Load(os.DirFS(DIR)) instead: the same work on uncompressed files,
// the baseline of the first use.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"time"

	"github.com/regiodialogue/regiodialogue"
)

func main() {
	dir := flag.String("load", "", "time Load of the agreement files in `dir` instead of Default")
	flag.Parse()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	var ds *regiodialogue.Dataset
	if *dir == "" {
		ds = regiodialogue.Default()
	} else {
		var err error
		if ds, err = regiodialogue.Load(os.DirFS(*dir)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	d := time.Since(start)
	runtime.ReadMemStats(&after)
	if ds.Len() == 0 {
		panic("empty dataset")
	}
	fmt.Printf("%d\t%d\t%d\n", d.Nanoseconds(), after.TotalAlloc-before.TotalAlloc, after.Mallocs-before.Mallocs)
}
