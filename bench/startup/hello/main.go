// Command hello is the smallest program that prints: the floor for binary size.
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
