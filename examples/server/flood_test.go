package main

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/regiodialogue/regiodialogue/internal/rules"
	"github.com/regiodialogue/regiodialogue/schema"
)

// worstPayload returns a valid agreement of at most schema.DefaultMaxSize bytes whose
// partner.languages holds as many distinct canonical tags as fit: the costliest payload per
// byte for the validator (each tag is parsed, and checked against all the others).
func worstPayload(t *testing.T) []byte {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(readFile(t, "../../testdata/mini/aa.json"), &doc); err != nil {
		t.Fatal(err)
	}
	var langs, regions []string
	for a := 'a'; a <= 'z'; a++ {
		for b := 'a'; b <= 'z'; b++ {
			if s := string([]rune{a, b}); rules.Tag(s).Msg == "" {
				langs = append(langs, s)
			}
		}
	}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			if r := string([]rune{a, b}); rules.Tag("es-"+r).Msg == "" {
				regions = append(regions, r)
			}
		}
	}
	var tags []string
	size := 0
	for _, ext := range append([]string{""}, langs...) {
		for _, l := range langs {
			for _, r := range regions {
				tag := l + "-" + r
				if ext != "" {
					tag += "-t-" + ext
				}
				if size += len(tag) + 3; size > schema.DefaultMaxSize-4096 {
					goto done
				}
				if rules.Tag(tag).Msg == "" {
					tags = append(tags, tag)
				}
			}
		}
	}
done:
	doc["partner"].(map[string]any)["languages"] = tags
	data, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) > schema.DefaultMaxSize || len(data) < schema.DefaultMaxSize*9/10 {
		t.Fatalf("worst payload is %d bytes", len(data))
	}
	return data
}

// TestFlood sends 20 worst-case 1 MiB payloads at once and, while the server works on them,
// a small valid one: the small one must be answered within a second (10 under the race
// detector, which slows everything down several times) and before any large one, and every
// large one
// gets either its verdict or 503 with Retry-After; the log records the status each got.
func TestFlood(t *testing.T) {
	if testing.Short() {
		t.Skip("sends 20 MiB")
	}
	worst := worstPayload(t)
	small := readFile(t, "../../testdata/mini/aa.json")
	var logs syncBuffer
	started := make(chan struct{}, 100)
	h := newHandler(options{onValidate: func(size int) {
		if size > largeBody {
			started <- struct{}{}
		}
	}}, slog.New(slog.NewTextHandler(&logs, nil)))
	srv := httptest.NewServer(h)
	defer srv.Close()
	client := srv.Client()

	const n = 20
	type answer struct {
		status     int
		retryAfter string
		took       time.Duration
		done       time.Time
		err        error
	}
	answers := make([]answer, n)
	var wg sync.WaitGroup
	begin := time.Now()
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			start := time.Now()
			res, err := client.Post(srv.URL+"/validate/agreement", "application/json", bytes.NewReader(worst))
			if err != nil {
				answers[i] = answer{err: err}
				return
			}
			_, err = io.Copy(io.Discard, res.Body)
			res.Body.Close()
			answers[i] = answer{res.StatusCode, res.Header.Get("Retry-After"), time.Since(start), time.Now(), err}
		}()
	}
	select {
	case <-started:
	case <-time.After(30 * time.Second):
		t.Fatal("no large validation started within 30s")
	}
	smallStart := time.Now()
	r := do(t, client, "POST", srv.URL+"/validate/agreement", "application/json", small)
	smallDone := time.Now()
	smallTook := smallDone.Sub(smallStart)
	wg.Wait()
	total := time.Since(begin)
	srv.Close() // wait for the handlers, so that the log is complete

	t.Logf("small valid request during the flood: status %d in %v", r.status, smallTook)
	if r.status != http.StatusOK || string(r.body) != `{"valid":true}` {
		t.Errorf("small request: %d %s, want 200 {\"valid\":true}", r.status, r.body)
	}
	if bound := latencyScale * time.Second; smallTook > bound {
		t.Errorf("small request took %v during the flood, want at most %v", smallTook, bound)
	}
	// Whatever the machine's load, the small request overtakes the flood: it is answered
	// before the large validation under way when it was sent, and so before any large one.
	first := slices.MinFunc(answers, func(a, b answer) int { return a.done.Compare(b.done) })
	if !smallDone.Before(first.done) {
		t.Errorf("small request answered %v after the first large one", smallDone.Sub(first.done))
	}

	counts := map[int]int{}
	var took []time.Duration
	for i, a := range answers {
		switch {
		case a.err != nil:
			t.Errorf("large request %d: %v", i, a.err)
		case a.status == http.StatusOK:
		case a.status == http.StatusServiceUnavailable && a.retryAfter == "1":
		default:
			t.Errorf("large request %d: status %d, Retry-After %q; want 200, or 503 with Retry-After: 1", i, a.status, a.retryAfter)
		}
		counts[a.status]++
		took = append(took, a.took)
	}
	slices.Sort(took)
	t.Logf("%d large requests in %v: %d answered 200, %d answered 503; time to answer min %v, median %v, max %v",
		n, total, counts[200], counts[503], took[0], took[n/2], took[n-1])
	if counts[http.StatusOK] == 0 {
		t.Error("no large request was validated")
	}

	// The log has one line per request with the status the client got.
	logged := map[int]int{}
	for _, line := range strings.Split(strings.TrimSpace(logs.buf.String()), "\n") {
		if !strings.Contains(line, "path=/validate/agreement") {
			continue
		}
		i := strings.Index(line, " status=")
		if i < 0 {
			t.Fatalf("log line without status: %s", line)
		}
		status, _ := strconv.Atoi(strings.Fields(line[i+len(" status="):])[0])
		logged[status]++
	}
	counts[r.status]++
	if len(logged) != len(counts) || logged[200] != counts[200] || logged[503] != counts[503] {
		t.Errorf("log statuses %v, clients got %v", logged, counts)
	}
}

// TestDeadline checks that a validation that outlives the request's deadline is answered
// 503 with Retry-After, and logged so.
func TestDeadline(t *testing.T) {
	var logs syncBuffer
	h := newHandler(options{RequestTimeout: time.Nanosecond}, slog.New(slog.NewTextHandler(&logs, nil)))
	srv := httptest.NewServer(h)
	defer srv.Close()
	r := do(t, srv.Client(), "POST", srv.URL+"/validate/agreement", "application/json", readFile(t, "../../testdata/mini/aa.json"))
	if r.status != http.StatusServiceUnavailable || r.header.Get("Retry-After") != "1" || !strings.Contains(string(r.body), "did not finish in time") {
		t.Errorf("got %d, Retry-After %q, %s; want 503 saying the deadline passed", r.status, r.header.Get("Retry-After"), r.body)
	}
	srv.Close()
	if line := logs.buf.String(); !strings.Contains(line, "status=503") || strings.Contains(line, "status=200") {
		t.Errorf("log %q, want status=503", line)
	}
}

// TestByteOrderMark checks that the server says that a body starts with a byte-order mark.
func TestByteOrderMark(t *testing.T) {
	srv, _ := testServer(t, 0)
	body, err := os.ReadFile("../../testdata/bad/byte-order-mark.json")
	if err != nil {
		t.Fatal(err)
	}
	r := do(t, srv.Client(), "POST", srv.URL+"/validate/agreement", "application/json", body)
	p := decodeProblem(t, r)
	if r.status != http.StatusBadRequest || len(p.Violations) != 1 || p.Violations[0].Keyword != "syntax" ||
		p.Violations[0].Message != "input starts with a UTF-8 byte-order mark; remove it" {
		t.Errorf("got %d %s\nwant 400 with the syntax violation", r.status, r.body)
	}
}
