package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/regiodialogue/regiodialogue"
	"github.com/regiodialogue/regiodialogue/problem"
	"github.com/regiodialogue/regiodialogue/schema"
)

// testServer serves newHandler with the given body limit; logs go to the test log buffer.
func testServer(t *testing.T, maxBody int64) (*httptest.Server, *bytes.Buffer) {
	t.Helper()
	var logs syncBuffer
	h := newHandler(options{MaxBody: maxBody}, slog.New(slog.NewTextHandler(&logs, nil)))
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv, &logs.buf
}

type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// activity returns the first activity of the Peru agreement.
func activity(t *testing.T) []byte {
	t.Helper()
	var a struct{ Activities []json.RawMessage }
	if err := json.Unmarshal(readFile(t, "../../dataset/pe.json"), &a); err != nil || len(a.Activities) == 0 {
		t.Fatalf("pe.json: %v", err)
	}
	return a.Activities[0]
}

type response struct {
	status int
	header http.Header
	body   []byte
}

func do(t *testing.T, client *http.Client, method, url, contentType string, body []byte) response {
	t.Helper()
	req, err := http.NewRequest(method, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	res, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{res.StatusCode, res.Header, b}
}

// result is a validation answer: valid, or the problem.
type result struct {
	Valid  bool
	Errors []problem.Violation
	problem.Details
}

// decodeResult decodes a validation answer strictly and checks its content type:
// application/json {"valid":true} for 200, application/problem+json otherwise.
func decodeResult(t *testing.T, r response) result {
	t.Helper()
	var res result
	if r.status == http.StatusOK {
		if ct := r.header.Get("Content-Type"); ct != "application/json" {
			t.Errorf("Content-Type %q, want application/json", ct)
		}
		var v valid
		dec := json.NewDecoder(bytes.NewReader(r.body))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("body %q: %v", r.body, err)
		}
		res.Valid = v.Valid
		return res
	}
	res.Details = decodeProblem(t, r)
	res.Errors = res.Details.Violations
	return res
}

// decodeProblem decodes a problem details answer strictly and checks its headers.
func decodeProblem(t *testing.T, r response) problem.Details {
	t.Helper()
	if ct := r.header.Get("Content-Type"); ct != problem.ContentType {
		t.Errorf("Content-Type %q, want %s", ct, problem.ContentType)
	}
	if r.header.Get("Content-Language") == "" || !strings.Contains(r.header.Get("Vary"), "Accept-Language") {
		t.Errorf("Content-Language %q, Vary %q", r.header.Get("Content-Language"), r.header.Get("Vary"))
	}
	var p problem.Details
	dec := json.NewDecoder(bytes.NewReader(r.body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		t.Fatalf("body %q: %v", r.body, err)
	}
	if p.Status != r.status || p.Title == "" || !strings.HasPrefix(p.Type, problem.TypeBase) {
		t.Errorf("problem %+v with status %d", p, r.status)
	}
	return p
}

func TestValidate(t *testing.T) {
	srv, _ := testServer(t, 0)
	agreement := readFile(t, "../../testdata/mini/aa.json")
	act := activity(t)
	deep := strings.Repeat("[", 100) + strings.Repeat("]", 100)
	tests := []struct {
		name, path, contentType string
		body                    []byte
		status                  int
		keyword                 string // of the first violation
	}{
		{"valid agreement", "/validate/agreement", "application/json", agreement, 200, ""},
		{"charset parameter", "/validate/agreement", "application/json; charset=utf-8", agreement, 200, ""},
		{"+json type", "/validate/agreement", "application/vnd.regiodialogue+json", agreement, 200, ""},
		{"valid activity", "/validate/activity", "application/json", act, 200, ""},
		{"activity as agreement", "/validate/agreement", "application/json", act, 422, ""},
		{"agreement as activity", "/validate/activity", "application/json", agreement, 422, ""},
		{"end before start", "/validate/agreement", "application/json", readFile(t, "../../testdata/bad/end-before-start.json"), 422, "dateOrder"},
		{"unknown field", "/validate/agreement", "application/json", readFile(t, "../../testdata/bad/unknown-field.json"), 422, "additionalProperties"},
		{"top-level array", "/validate/agreement", "application/json", []byte(`[]`), 422, ""},
		{"malformed", "/validate/agreement", "application/json", readFile(t, "../../testdata/bad/malformed-json.json"), 400, "syntax"},
		{"empty body", "/validate/agreement", "application/json", nil, 400, "syntax"},
		{"trailing data", "/validate/activity", "application/json", []byte(`{} {}`), 400, "syntax"},
		{"duplicate key", "/validate/agreement", "application/json", readFile(t, "../../testdata/bad/duplicate-key.json"), 400, "duplicateKey"},
		{"too deep", "/validate/activity", "application/json", []byte(deep), 400, "maxDepth"},
		{"too large", "/validate/agreement", "application/json", bytes.Repeat([]byte(" "), schema.DefaultMaxSize+1), 413, ""},
		{"text/plain", "/validate/agreement", "text/plain", agreement, 415, ""},
		{"no content type", "/validate/activity", "", act, 415, ""},
		{"application/jsonx", "/validate/activity", "application/jsonx", act, 415, ""},
		{"bad media type", "/validate/activity", "application/json; =", act, 415, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := do(t, srv.Client(), "POST", srv.URL+tc.path, tc.contentType, tc.body)
			if r.status != tc.status {
				t.Fatalf("status %d, want %d; body %s", r.status, tc.status, r.body)
			}
			res := decodeResult(t, r)
			if res.Valid != (tc.status == 200) {
				t.Errorf("valid %v with status %d", res.Valid, r.status)
			}
			if tc.status == 200 {
				if string(r.body) != `{"valid":true}` {
					t.Errorf("body %s, want {\"valid\":true}", r.body)
				}
				return
			}
			if (r.status == 400 || r.status == 422) && len(res.Errors) == 0 {
				t.Fatalf("no errors: %s", r.body)
			}
			if (r.status == 413 || r.status == 415) && (len(res.Errors) != 0 || res.Detail == "") {
				t.Errorf("a %d lists violations or has no detail: %s", r.status, r.body)
			}
			for _, v := range res.Errors {
				if (v.Pointer != "" && !strings.HasPrefix(v.Pointer, "/")) || v.Keyword == "" || v.Message == "" {
					t.Errorf("incomplete violation %+v", v)
				}
			}
			if tc.keyword != "" && res.Errors[0].Keyword != tc.keyword {
				t.Errorf("keyword %q, want %q; body %s", res.Errors[0].Keyword, tc.keyword, r.body)
			}
		})
	}
}

func TestValidateErrorsMatchLibrary(t *testing.T) {
	srv, _ := testServer(t, 0)
	body := readFile(t, "../../testdata/bad/end-before-start.json")
	r := do(t, srv.Client(), "POST", srv.URL+"/validate/agreement", "application/json", body)
	p := decodeProblem(t, r)
	err := schema.ValidateAgreement(body)
	var se *schema.Error
	if !errors.As(err, &se) {
		t.Fatal(err)
	}
	if r.status != 422 || p.Type != problem.Invalid.Type() || p.Title != "Invalid payload" || p.Detail != "1 violation" || len(p.Violations) != len(se.Violations) {
		t.Fatalf("got %d %s", r.status, r.body)
	}
	for i, v := range se.Violations {
		got := p.Violations[i]
		if got.Pointer != v.Pointer || got.Keyword != v.Keyword || got.Message != v.Message {
			t.Errorf("violation %d: %+v, the library says %+v", i, got, v)
		}
	}
}

func TestEveryBadFileRejected(t *testing.T) {
	srv, _ := testServer(t, 0)
	files, err := filepath.Glob("../../testdata/bad/*.json")
	if err != nil || len(files) == 0 {
		t.Fatal("no bad files", err)
	}
	for _, f := range files {
		r := do(t, srv.Client(), "POST", srv.URL+"/validate/agreement", "application/json", readFile(t, f))
		if r.status != 400 && r.status != 422 {
			t.Errorf("%s: status %d, want 400 or 422", f, r.status)
		}
		if res := decodeResult(t, r); res.Valid || len(res.Errors) == 0 {
			t.Errorf("%s: %s", f, r.body)
		}
	}
}

func TestBodyLimit(t *testing.T) {
	agreement := readFile(t, "../../testdata/mini/aa.json")
	srv, _ := testServer(t, int64(len(agreement)))
	if r := do(t, srv.Client(), "POST", srv.URL+"/validate/agreement", "application/json", agreement); r.status != 200 {
		t.Errorf("body at the limit: status %d, %s", r.status, r.body)
	}
	big := append(append([]byte{}, agreement...), ' ')
	r := do(t, srv.Client(), "POST", srv.URL+"/validate/agreement", "application/json", big)
	if res := decodeResult(t, r); r.status != 413 || res.Type != problem.TooLarge.Type() {
		t.Errorf("one byte over: status %d, %s", r.status, r.body)
	}
	// Without a Content-Length, the limit is hit while reading.
	req, _ := http.NewRequest("POST", srv.URL+"/validate/agreement", io.MultiReader(bytes.NewReader(big)))
	req.Header.Set("Content-Type", "application/json")
	req.ContentLength = -1
	res, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 413 || !strings.Contains(string(b), problem.TooLarge.Type()) {
		t.Errorf("chunked: status %d, %s", res.StatusCode, b)
	}
}

func TestMethodNotAllowed(t *testing.T) {
	srv, _ := testServer(t, 0)
	for _, tc := range []struct{ method, path, allow string }{
		{"GET", "/validate/agreement", "POST"},
		{"PUT", "/validate/activity", "POST"},
		{"POST", "/agreements", "GET, HEAD"},
		{"DELETE", "/agreements/pe", "GET, HEAD"},
		{"POST", "/schema/agreement.schema.json", "GET, HEAD"},
		{"POST", "/", "GET, HEAD"},
	} {
		r := do(t, srv.Client(), tc.method, srv.URL+tc.path, "application/json", nil)
		if r.status != 405 || r.header.Get("Allow") != tc.allow || decodeProblem(t, r).Type != problem.MethodNotAllowed.Type() {
			t.Errorf("%s %s: %d Allow %q %q %s", tc.method, tc.path, r.status, r.header.Get("Allow"), r.header.Get("Content-Type"), r.body)
		}
	}
}

func TestNotFound(t *testing.T) {
	srv, _ := testServer(t, 0)
	for _, path := range []string{"/agreements/xx", "/schema/nope.json", "/schema/..%2Fschema.go", "/nope", "/validate"} {
		r := do(t, srv.Client(), "GET", srv.URL+path, "", nil)
		if p := decodeProblem(t, r); r.status != 404 || p.Detail == "" || p.Type != problem.NotFound.Type() {
			t.Errorf("GET %s: %d %q %s", path, r.status, r.header.Get("Content-Type"), r.body)
		}
	}
}

func TestSchemas(t *testing.T) {
	srv, _ := testServer(t, 0)
	names, err := fs.Glob(schema.FS(), "*.schema.json")
	if err != nil || len(names) != 3 {
		t.Fatalf("schema files %v, %v", names, err)
	}
	for _, name := range names {
		want, _ := fs.ReadFile(schema.FS(), name)
		r := do(t, srv.Client(), "GET", srv.URL+"/schema/"+name, "", nil)
		if r.status != 200 || r.header.Get("Content-Type") != "application/schema+json" || !bytes.Equal(r.body, want) {
			t.Errorf("GET /schema/%s: %d %q, %d bytes", name, r.status, r.header.Get("Content-Type"), len(r.body))
		}
	}
}

func TestAgreements(t *testing.T) {
	srv, _ := testServer(t, 0)
	r := do(t, srv.Client(), "GET", srv.URL+"/agreements", "", nil)
	if r.status != 200 || r.header.Get("Content-Type") != "application/json" {
		t.Fatalf("GET /agreements: %d %q", r.status, r.header.Get("Content-Type"))
	}
	var list []json.RawMessage
	if err := json.Unmarshal(r.body, &list); err != nil {
		t.Fatal(err)
	}
	var want []string
	for a := range regiodialogue.Default().Agreements() {
		want = append(want, a.ID)
	}
	if len(list) != len(want) {
		t.Fatalf("%d agreements, want %d", len(list), len(want))
	}
	for i, raw := range list {
		var a struct{ ID string }
		if err := json.Unmarshal(raw, &a); err != nil || a.ID != want[i] {
			t.Errorf("agreement %d: id %q, want %q (signing order)", i, a.ID, want[i])
		}
		// What the service serves is valid by its own schema.
		if err := schema.ValidateAgreement(raw); err != nil {
			t.Errorf("%s does not validate: %v", a.ID, err)
		}
	}

	r = do(t, srv.Client(), "GET", srv.URL+"/agreements/pe", "", nil)
	if r.status != 200 || r.header.Get("Content-Type") != "application/json" {
		t.Fatalf("GET /agreements/pe: %d %q", r.status, r.header.Get("Content-Type"))
	}
	pe, _ := regiodialogue.Default().Agreement("pe")
	wantPE, _ := json.Marshal(pe)
	if !bytes.Equal(r.body, wantPE) {
		t.Errorf("GET /agreements/pe differs from json.Marshal of Agreement(\"pe\")")
	}
	// And it round-trips through the validation endpoint.
	if v := do(t, srv.Client(), "POST", srv.URL+"/validate/agreement", "application/json", r.body); v.status != 200 {
		t.Errorf("served pe does not validate: %d %s", v.status, v.body)
	}
}

func TestIndexAndLogging(t *testing.T) {
	srv, logs := testServer(t, 0)
	r := do(t, srv.Client(), "GET", srv.URL+"/", "", nil)
	if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), "text/plain") ||
		!strings.Contains(string(r.body), "POST /validate/agreement") {
		t.Errorf("GET /: %d %q %s", r.status, r.header.Get("Content-Type"), r.body)
	}
	srv.Close() // wait for the handlers to finish before reading the log
	line := logs.String()
	for _, want := range []string{"msg=request", "method=GET", "path=/", "status=200", "duration=", fmt.Sprintf("size=%d", len(r.body)), "delivered=true"} {
		if !strings.Contains(line, want) {
			t.Errorf("log %q lacks %q", line, want)
		}
	}
}

func TestConcurrentValidation(t *testing.T) {
	srv, _ := testServer(t, 0)
	good := readFile(t, "../../testdata/mini/aa.json")
	bad := readFile(t, "../../testdata/bad/end-before-start.json")
	malformed := readFile(t, "../../testdata/bad/truncated.json")
	act := activity(t)
	cases := []struct {
		path   string
		body   []byte
		status int
	}{
		{"/validate/agreement", good, 200},
		{"/validate/agreement", bad, 422},
		{"/validate/agreement", malformed, 400},
		{"/validate/activity", act, 200},
		{"/validate/activity", good, 422},
	}
	var wg sync.WaitGroup
	errs := make(chan string, 100)
	for i := range 100 {
		tc := cases[i%len(cases)]
		wg.Add(1)
		go func() {
			defer wg.Done()
			req, _ := http.NewRequest("POST", srv.URL+tc.path, bytes.NewReader(tc.body))
			req.Header.Set("Content-Type", "application/json")
			res, err := srv.Client().Do(req)
			if err != nil {
				errs <- err.Error()
				return
			}
			defer res.Body.Close()
			var out struct {
				Valid      bool
				Violations []problem.Violation
			}
			if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
				errs <- fmt.Sprintf("request %d: %v", i, err)
				return
			}
			if res.StatusCode != tc.status || out.Valid != (tc.status == 200) || (tc.status != 200) == (len(out.Violations) == 0) {
				errs <- fmt.Sprintf("request %d %s: status %d valid %v, want %d", i, tc.path, res.StatusCode, out.Valid, tc.status)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestServeShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip("cannot listen on 127.0.0.1:0:", err)
	}
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serve(ctx, ln, newHandler(options{}, logger), logger) }()
	res, err := http.Get("http://" + ln.Addr().String() + "/agreements/pe")
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Errorf("status %d", res.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("serve did not return after cancel")
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{{"-nope"}, {"-max-body", "0"}, {"-max-body", "x"}, {"extra"}} {
		var stderr bytes.Buffer
		if code := run(context.Background(), args, io.Discard, &stderr); code != 2 || !strings.Contains(stderr.String(), "usage: server") {
			t.Errorf("%q: exit %d, stderr %q", args, code, stderr.String())
		}
	}
}
