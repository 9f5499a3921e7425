// Command xtext imports only golang.org/x/text/language, which regiodialogue needs: the
// floor that an importer's binary is compared with.
package main

import (
	"fmt"

	"golang.org/x/text/language"
)

func main() {
	fmt.Println(language.Make("es-PE"))
}
