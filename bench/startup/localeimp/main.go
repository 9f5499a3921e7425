// Command localeimp imports package locale and prints the number of agreements in Russian:
// the size and start-up cost of a program that presents the data in a reader's language.
package main

import (
	"fmt"

	"github.com/regiodialogue/regiodialogue"
	"github.com/regiodialogue/regiodialogue/locale"
	"golang.org/x/text/language"
)

func main() {
	fmt.Println(locale.New(language.Russian).Count(regiodialogue.Default().Len(), locale.Agreements))
}
