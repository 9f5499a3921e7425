// Command firstuse times the first call of regiodialogue.Default() in a fresh process (the
// embedded dataset is decoded and checked then, once) and prints the nanoseconds, the
// bytes and the allocations it took, tab-separated.
package main

import (
	"fmt"
	"runtime"
	"time"

	"github.com/regiodialogue/regiodialogue"
)

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	ds := regiodialogue.Default()
	d := time.Since(start)
	runtime.ReadMemStats(&after)
	if ds.Len() == 0 {
		panic("empty dataset")
	}
	fmt.Printf("%d\t%d\t%d\n", d.Nanoseconds(), after.TotalAlloc-before.TotalAlloc, after.Mallocs-before.Mallocs)
}
