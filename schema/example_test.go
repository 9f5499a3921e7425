package schema_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/regiodialogue/regiodialogue"
	"github.com/regiodialogue/regiodialogue/schema"
)

// Validate an activity payload and list every violation, with the sentinel error each
// stands for.
func ExampleValidateActivity() {
	payload := []byte(`{
		"id": "pe-2013-seminar",
		"kind": "party",
		"title": {"es": "Seminario"},
		"start": "2013-05",
		"end": "2013-04",
		"framework": "dialogue",
		"partners": ["pe"],
		"sources": [{"url": "https://example.org/seminar", "kind": "other", "publisher": "Example", "accessed": "2026-11", "language": "en"}],
		"venue": "Lima"
	}`)
	err := schema.ValidateActivity(payload)
	var se *schema.Error
	if errors.As(err, &se) {
		for _, v := range se.Violations {
			fmt.Printf("%s %s (%v)\n", v.Pointer, v.Keyword, v.Err())
		}
	}
	fmt.Println(errors.Is(err, regiodialogue.ErrDateOrder))
	// Output:
	// /end dateOrder (end before start)
	// /kind enum (invalid value)
	// /title/en required (text has no English)
	// /venue additionalProperties (unknown field)
	// true
}

// problem is an RFC 9457 problem details object, with the violations as an extension
// member.
type problem struct {
	Type   string             `json:"type"`
	Title  string             `json:"title"`
	Status int                `json:"status"`
	Detail string             `json:"detail"`
	Errors []schema.Violation `json:"errors,omitempty"`
}

// validateAgreement is an HTTP handler that validates an agreement posted as JSON and
// answers a failure as application/problem+json (RFC 9457).
func validateAgreement(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, schema.DefaultMaxSize))
	if err != nil {
		writeProblem(w, problem{Type: "about:blank", Title: "Request Entity Too Large", Status: http.StatusRequestEntityTooLarge, Detail: err.Error()})
		return
	}
	err = schema.ValidateAgreement(body)
	if err == nil {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	var se *schema.Error
	if !errors.As(err, &se) {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	p := problem{Type: "https://github.com/regiodialogue/regiodialogue/schema#invalid-agreement",
		Title: "Invalid agreement", Status: http.StatusUnprocessableEntity,
		Detail: fmt.Sprintf("the agreement breaks the format in %d places", len(se.Violations)), Errors: se.Violations}
	if errors.Is(err, regiodialogue.ErrSyntax) || errors.Is(err, regiodialogue.ErrDuplicateKey) || errors.Is(err, regiodialogue.ErrTooDeep) {
		p.Type, p.Title, p.Status, p.Detail = "about:blank", "Bad Request", http.StatusBadRequest, "the body is not well-formed JSON"
	}
	writeProblem(w, p)
}

func writeProblem(w http.ResponseWriter, p problem) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(p.Status)
	_ = json.NewEncoder(w).Encode(p)
}

// An HTTP handler answering invalid payloads with RFC 9457 problem details.
func Example_problemDetails() {
	srv := httptest.NewServer(http.HandlerFunc(validateAgreement))
	defer srv.Close()

	for _, body := range []string{`{"id": "pe", "group": "nowhere", "colour": "blue"}`, `{"id": "pe",`} {
		res, err := http.Post(srv.URL, "application/json", strings.NewReader(body))
		if err != nil {
			fmt.Println(err)
			return
		}
		var p problem
		err = json.NewDecoder(res.Body).Decode(&p)
		res.Body.Close()
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(res.StatusCode, res.Header.Get("Content-Type"))
		fmt.Println(p.Title+":", p.Detail)
		for _, v := range p.Errors {
			fmt.Printf("  %q %s\n", v.Pointer, v.Keyword)
		}
	}
	// Output:
	// 422 application/problem+json
	// Invalid agreement: the agreement breaks the format in 7 places
	//   "/colour" additionalProperties
	//   "/dialogue" required
	//   "/group" enum
	//   "/instruments" required
	//   "/partner" required
	//   "/sources" required
	//   "/summary" required
	// 400 application/problem+json
	// Bad Request: the body is not well-formed JSON
	//   "" syntax
}
