// Command inittrace imports the root package and nothing else, for TestInitAllocatesNothing.
package main

import "github.com/regiodialogue/regiodialogue"

func main() { _ = regiodialogue.DataVersion; _ = regiodialogue.Default }
