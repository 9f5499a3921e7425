package schema_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/regiodialogue/regiodialogue/schema"
)

// ExampleValidateAgreementContext bounds a validation in time, as a service does with its
// request's context: a validation that outlives the context stops with its error.
func ExampleValidateAgreementContext() {
	data, err := os.ReadFile("../testdata/mini/aa.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	fmt.Println("valid:", schema.ValidateAgreementContext(ctx, data) == nil)

	cancel() // the client went away
	err = schema.ValidateAgreementContext(ctx, data)
	fmt.Println("stopped:", errors.Is(err, context.Canceled))
	// Output:
	// valid: true
	// stopped: true
}
