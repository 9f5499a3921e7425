// Command importer imports the root package and prints the number of agreements in the
// embedded dataset: the size and start-up cost of a program that uses regiodialogue.
package main

import (
	"fmt"

	"github.com/regiodialogue/regiodialogue"
)

func main() {
	fmt.Println(regiodialogue.Default().Len())
}
