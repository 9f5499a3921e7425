// Command server is an HTTP service that validates regiodialogue payloads against the
// JSON Schemas and rules of package schema, and serves the schemas and the embedded dataset.
//
// Usage:
//
//	go run ./examples/server [-addr HOST:PORT] [-max-body BYTES]
//
// The flags are:
//
//	-addr ADDR       listen address (default 127.0.0.1:8080).
//	-max-body BYTES  largest request body accepted (default 1048576, 1 MiB).
//
// The endpoints:
//
//	POST /validate/agreement  validate one agreement (a dataset/<id>.json file)
//	POST /validate/activity   validate one activity
//	GET  /schema/{file}       agreement.schema.json, activity.schema.json, defs.schema.json
//	GET  /agreements          every agreement, in signing order
//	GET  /agreements/{id}     one agreement ("pe", "sica")
//	GET  /                    this list, as plain text
//
// A validation request must have Content-Type application/json (or application/*+json).
// The answer is 200 {"valid":true} for a valid payload and 422
// {"valid":false,"errors":[{"pointer":…,"keyword":…,"message":…}]} for one that breaks the
// format; the same body comes with 400 for malformed JSON (keywords "syntax",
// "duplicateKey", "maxDepth"), 413 for a body over -max-body (keyword "maxSize") and 415
// for another content type (keyword "contentType"). Pointers are RFC 6901 JSON pointers:
// the whole payload is "". Other errors are {"error":…}: 404 for an unknown path, schema or agreement,
// 405 (with an Allow header) for a wrong method, 503 (with Retry-After) when the server is
// too busy or a validation did not finish in time.
//
// Under load: a validation runs under a deadline that ends 1 second before the server's
// 30-second write timeout, and stops when that deadline passes or the client goes away;
// the answer is then 503 with Retry-After (if the client is still there to read it). At
// most GOMAXPROCS-1 payloads over 64 KiB (at least one) are validated at once, so that a
// processor stays free for the rest; one that finds them all busy waits up to 1 second for
// a turn, then gets 503 with Retry-After: 1. Smaller payloads, which take milliseconds,
// have 4×GOMAXPROCS turns of their own and wait for one as long as their deadline allows,
// so that a flood of large payloads does not hold up small ones. Bodies are read before a
// turn is taken, so a slow client holds no turn.
//
// Each request is logged to standard error with log/slog: method, path, the status sent,
// duration, the bytes written, and the write error when the client was gone. SIGINT or
// SIGTERM stops the server gracefully, letting requests in flight finish for up to 10
// seconds.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/regiodialogue/regiodialogue"
	"github.com/regiodialogue/regiodialogue/schema"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stderr))
}

// options configure the handler.
type options struct {
	// MaxBody is the largest request body in bytes; 0 means schema.DefaultMaxSize.
	MaxBody int64
	// Dataset is what /agreements serves; nil means regiodialogue.Default().
	Dataset *regiodialogue.Dataset
	// RequestTimeout bounds each validation; 0 means requestTimeout.
	RequestTimeout time.Duration
	// Turns is how many large payloads are validated at once; 0 means GOMAXPROCS-1 (at
	// least 1), which leaves a processor for everything else.
	Turns int
	// onValidate, when set, is called as each validation starts, with the body's size.
	onValidate func(size int)
}

const (
	// shutdownTimeout bounds the graceful shutdown.
	shutdownTimeout = 10 * time.Second
	// writeTimeout is the server's write timeout: an answer must be written by then.
	writeTimeout = 30 * time.Second
	// requestTimeout is a validation's deadline, early enough to still write its 503.
	requestTimeout = writeTimeout - time.Second
	// largeBody is the size above which a payload takes one of the scarce turns.
	largeBody = 64 << 10
	// largeWait is how long a large payload waits for a turn before a 503.
	largeWait = time.Second
)

// run parses args, serves until ctx is done and returns the exit status: 2 for bad usage,
// 1 when the server fails.
func run(ctx context.Context, args []string, stderr io.Writer) int {
	fset := flag.NewFlagSet("server", flag.ContinueOnError)
	fset.SetOutput(stderr)
	addr := fset.String("addr", "127.0.0.1:8080", "listen `address`")
	maxBody := fset.Int64("max-body", schema.DefaultMaxSize, "largest request body in `bytes`")
	fset.Usage = func() {
		fmt.Fprintln(fset.Output(), "usage: server [-addr HOST:PORT] [-max-body BYTES]")
		fset.PrintDefaults()
	}
	if err := fset.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fset.NArg() > 0 || *maxBody <= 0 || *maxBody > 1<<30 {
		fmt.Fprintln(stderr, "server: -max-body must be between 1 and 1073741824, and no arguments are taken")
		fset.Usage()
		return 2
	}
	logger := slog.New(slog.NewTextHandler(stderr, nil))
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		logger.Error("listen", "err", err)
		return 1
	}
	if err := serve(ctx, ln, newHandler(options{MaxBody: *maxBody}, logger), logger); err != nil {
		logger.Error("serve", "err", err)
		return 1
	}
	return 0
}

// serve serves h on ln until ctx is done, then shuts down gracefully.
func serve(ctx context.Context, ln net.Listener, h http.Handler, logger *slog.Logger) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	logger.Info("listening", "addr", ln.Addr().String())
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

const index = `regiodialogue validation service

POST /validate/agreement  validate one agreement (Content-Type: application/json)
POST /validate/activity   validate one activity (Content-Type: application/json)
GET  /schema/{file}       the JSON Schemas: agreement.schema.json, activity.schema.json, defs.schema.json
GET  /agreements          every agreement of the dataset, in signing order
GET  /agreements/{id}     one agreement, e.g. /agreements/pe
`

// newHandler returns the service's handler, with request logging.
func newHandler(opts options, logger *slog.Logger) http.Handler {
	if opts.MaxBody <= 0 {
		opts.MaxBody = schema.DefaultMaxSize
	}
	if opts.Dataset == nil {
		opts.Dataset = regiodialogue.Default()
	}
	if opts.RequestTimeout <= 0 {
		opts.RequestTimeout = requestTimeout
	}
	if opts.Turns <= 0 {
		opts.Turns = max(1, runtime.GOMAXPROCS(0)-1)
	}
	v := &schema.Validator{MaxSize: int(opts.MaxBody)}
	data := dataJSON(opts.Dataset)
	turns := &turns{large: make(chan struct{}, opts.Turns), small: make(chan struct{}, 4*runtime.GOMAXPROCS(0))}

	mux := http.NewServeMux()
	mux.HandleFunc("POST /validate/agreement", validateHandler(v.ValidateAgreementContext, opts, turns, logger))
	mux.HandleFunc("POST /validate/activity", validateHandler(v.ValidateActivityContext, opts, turns, logger))
	mux.HandleFunc("GET /schema/{file}", serveSchema)
	mux.HandleFunc("GET /agreements", func(w http.ResponseWriter, r *http.Request) {
		all, _, err := data()
		if err != nil {
			internalError(w, logger, err)
			return
		}
		writeRaw(w, http.StatusOK, "application/json", all)
	})
	mux.HandleFunc("GET /agreements/{id}", func(w http.ResponseWriter, r *http.Request) {
		_, byID, err := data()
		if err != nil {
			internalError(w, logger, err)
			return
		}
		one, ok := byID[r.PathValue("id")]
		if !ok {
			writeError(w, http.StatusNotFound, fmt.Sprintf("no agreement with id %q", r.PathValue("id")))
			return
		}
		writeRaw(w, http.StatusOK, "application/json", one)
	})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		writeRaw(w, http.StatusOK, "text/plain; charset=utf-8", []byte(index))
	})
	// Every path with a wrong method: 405 with Allow, as JSON. (ServeMux's own 405 is plain
	// text.)
	for path, allow := range map[string]string{
		"/validate/agreement": "POST",
		"/validate/activity":  "POST",
		"/schema/{file}":      "GET, HEAD",
		"/agreements":         "GET, HEAD",
		"/agreements/{id}":    "GET, HEAD",
		"/{$}":                "GET, HEAD",
	} {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", allow)
			writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("method %s not allowed; use %s", r.Method, allow))
		})
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "not found: "+r.URL.Path+"; GET / lists the endpoints")
	})
	return logRequests(logger, recoverPanics(logger, mux))
}

// dataJSON returns a function encoding the dataset once, on first use: the array of every
// agreement and each agreement by id.
func dataJSON(ds *regiodialogue.Dataset) func() ([]byte, map[string][]byte, error) {
	var (
		once sync.Once
		all  []byte
		byID map[string][]byte
		err  error
	)
	encode := func() {
		list := []regiodialogue.Agreement{}
		byID = map[string][]byte{}
		for a := range ds.Agreements() {
			b, e := json.Marshal(a)
			if e != nil {
				err = fmt.Errorf("encoding agreement %s: %w", a.ID, e)
				return
			}
			byID[a.ID] = b
			list = append(list, a)
		}
		if all, err = json.Marshal(list); err != nil {
			err = fmt.Errorf("encoding agreements: %w", err)
		}
	}
	return func() ([]byte, map[string][]byte, error) {
		once.Do(encode)
		return all, byID, err
	}
}

// result is the body of every answer of the validation endpoints but 405.
type result struct {
	Valid  bool        `json:"valid"`
	Errors []violation `json:"errors,omitempty"`
}

type violation struct {
	Pointer string `json:"pointer"`
	Keyword string `json:"keyword"`
	Message string `json:"message"`
}

// malformed are the keywords of schema violations that mean the body is not well-formed
// JSON: 400 rather than 422.
var malformed = map[string]bool{"syntax": true, "duplicateKey": true, "maxDepth": true}

// turns limits how many validations run at once: large holds the turns of payloads over
// largeBody, small those of the others.
type turns struct {
	large, small chan struct{}
}

// take waits for a turn for a payload of size bytes and returns the function that gives it
// back; ok is false when none came in time (largeWait for a large payload) or ctx ended.
func (t *turns) take(ctx context.Context, size int) (release func(), ok bool) {
	sem, wait := t.small, time.Duration(0)
	if size > largeBody {
		sem, wait = t.large, largeWait
	}
	release = func() { <-sem }
	select {
	case sem <- struct{}{}:
		return release, true
	default:
	}
	var timeout <-chan time.Time
	if wait > 0 {
		timer := time.NewTimer(wait)
		defer timer.Stop()
		timeout = timer.C
	}
	select {
	case sem <- struct{}{}:
		return release, true
	case <-ctx.Done():
	case <-timeout:
	}
	return nil, false
}

func validateHandler(validate func(context.Context, []byte) error, opts options, turns *turns, logger *slog.Logger) http.HandlerFunc {
	limit := opts.MaxBody
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), opts.RequestTimeout)
		defer cancel()
		if !isJSON(r.Header.Get("Content-Type")) {
			writeInvalid(w, http.StatusUnsupportedMediaType, "contentType",
				fmt.Sprintf("Content-Type %q is not application/json", r.Header.Get("Content-Type")))
			return
		}
		tooLarge := fmt.Sprintf("the body is larger than the limit of %d bytes", limit)
		if r.ContentLength > limit {
			writeInvalid(w, http.StatusRequestEntityTooLarge, "maxSize", tooLarge)
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
		if err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				writeInvalid(w, http.StatusRequestEntityTooLarge, "maxSize", tooLarge)
				return
			}
			writeInvalid(w, http.StatusBadRequest, "syntax", "reading the body: "+err.Error())
			return
		}
		release, ok := turns.take(ctx, len(body))
		if !ok {
			unavailable(w, "the server is busy; try again")
			return
		}
		defer release()
		if opts.onValidate != nil {
			opts.onValidate(len(body))
		}
		err = validate(ctx, body)
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
			// The deadline passed or the client left: say so, to whoever is still there.
			unavailable(w, "the validation did not finish before the request's deadline or the client left")
			return
		}
		if err == nil {
			writeJSON(w, http.StatusOK, result{Valid: true})
			return
		}
		var se *schema.Error
		if !errors.As(err, &se) {
			internalError(w, logger, err)
			return
		}
		status := http.StatusUnprocessableEntity
		res := result{Errors: make([]violation, 0, len(se.Violations))}
		for _, v := range se.Violations {
			switch {
			case v.Keyword == "maxSize":
				status = http.StatusRequestEntityTooLarge
			case malformed[v.Keyword] && status == http.StatusUnprocessableEntity:
				status = http.StatusBadRequest
			}
			res.Errors = append(res.Errors, violation{Pointer: v.Pointer, Keyword: v.Keyword, Message: v.Message})
		}
		writeJSON(w, status, res)
	}
}

// isJSON reports whether a Content-Type is application/json or application/*+json,
// parameters allowed.
func isJSON(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	return mt == "application/json" || strings.HasPrefix(mt, "application/") && strings.HasSuffix(mt, "+json")
}

func serveSchema(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	data, err := fs.ReadFile(schema.FS(), name)
	if err != nil || !fs.ValidPath(name) || strings.Contains(name, "/") {
		writeError(w, http.StatusNotFound, fmt.Sprintf("no schema %q; the schemas are agreement.schema.json, activity.schema.json and defs.schema.json", name))
		return
	}
	writeRaw(w, http.StatusOK, "application/schema+json", data)
}

func writeInvalid(w http.ResponseWriter, status int, keyword, msg string) {
	writeJSON(w, status, result{Errors: []violation{{Pointer: "", Keyword: keyword, Message: msg}}})
}

// unavailable answers 503 with Retry-After: 1.
func unavailable(w http.ResponseWriter, msg string) {
	w.Header().Set("Retry-After", "1")
	writeError(w, http.StatusServiceUnavailable, msg)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, struct {
		Error string `json:"error"`
	}{msg})
}

func internalError(w http.ResponseWriter, logger *slog.Logger, err error) {
	logger.Error("internal error", "err", err)
	writeError(w, http.StatusInternalServerError, "internal error")
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil { // unreachable for the types written here
		status, b = http.StatusInternalServerError, []byte(`{"error":"internal error"}`)
	}
	writeRaw(w, status, "application/json", b)
}

func writeRaw(w http.ResponseWriter, status int, contentType string, b []byte) {
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(b) // a failed write means the client left
}

// recorder records the status and size of a response, and the first write error.
type recorder struct {
	http.ResponseWriter
	status   int
	bytes    int64
	writeErr error
}

func (r *recorder) WriteHeader(status int) {
	if r.status == 0 {
		r.status = status
	}
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	if err != nil && r.writeErr == nil {
		r.writeErr = err
	}
	return n, err
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// logRequests logs each request: method, path, the status the handler wrote (net/http's
// implicit 200 when it wrote nothing), duration and bytes written; and, when the answer did
// not reach the client, the write error and the request context's error.
func logRequests(logger *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		attrs := []slog.Attr{
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.Int("status", rec.status),
			slog.Duration("duration", time.Since(start)),
			slog.Int64("bytes", rec.bytes),
		}
		if rec.writeErr != nil {
			attrs = append(attrs, slog.String("writeErr", rec.writeErr.Error()))
		}
		if err := r.Context().Err(); err != nil {
			attrs = append(attrs, slog.String("ctxErr", err.Error()))
		}
		logger.LogAttrs(context.WithoutCancel(r.Context()), slog.LevelInfo, "request", attrs...)
	})
}

// recoverPanics answers 500 instead of dropping the connection if a handler panics.
func recoverPanics(logger *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				internalError(w, logger, fmt.Errorf("panic: %v", p))
			}
		}()
		next.ServeHTTP(w, r)
	})
}
