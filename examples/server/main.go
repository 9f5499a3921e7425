// Command server is an HTTP service that validates regiodialogue payloads against the
// JSON Schemas and rules of package schema, and serves the schemas and the embedded dataset.
//
// Usage:
//
//	go run ./examples/server [-addr HOST:PORT] [-max-body BYTES] [-openapi]
//
// The flags are:
//
//	-addr ADDR       listen address (default 127.0.0.1:8080).
//	-max-body BYTES  largest request body accepted (default 1048576, 1 MiB).
//	-openapi         print the OpenAPI 3.1 description (GET /openapi.json) and exit.
//
// The endpoints:
//
//	POST /validate/agreement  validate one agreement (a dataset/<id>.json file)
//	POST /validate/activity   validate one activity
//	GET  /schema/{file}       agreement.schema.json, activity.schema.json, defs.schema.json
//	GET  /agreements          every agreement, in signing order
//	GET  /agreements/{id}     one agreement ("pe", "PE", "sica": any letter case)
//	GET  /openapi.json        the OpenAPI 3.1 description of every route, request and answer
//	GET  /                    this list, as plain text
//
// A validation request must have Content-Type application/json (or application/*+json).
// A valid payload gets 200 {"valid":true}. Every error is an RFC 9457 problem details
// object (application/problem+json, package problem) in the language of the request's
// Accept-Language (English, Spanish, Portuguese, French, German, Chinese, Japanese,
// Russian, Ukrainian, Romanian, Georgian or Hindi; English when none matches), with
// Content-Language and Vary: Accept-Language: 422 for a payload that breaks the format,
// listing each violation (pointer, keyword, parameters, message); 400 for malformed JSON
// (keywords "syntax", "duplicateKey", "maxDepth") or a body that could not be read; 413
// for a body over -max-body; 415 for another content type; 404 for an unknown path, schema
// or agreement; 405 (with an Allow header) for a wrong method; 503 (with Retry-After) when
// the server is too busy or a validation did not finish in time. An answer is at most
// 64 KiB: violations beyond are counted in "omitted". Pointers are RFC 6901 JSON pointers:
// the whole payload is "".
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
// Each request is logged to standard error with log/slog: method, path, the status,
// duration, the size of the answer's body, and delivered=true once the answer was written
// to the connection, or delivered=false with the write error when it could not be (the
// client was too slow, or gone). The answers net/http writes itself, outside any handler
// (431 for headers too large, 400 for a malformed request), are logged too, with by=net/http. SIGINT or
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
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/regiodialogue/regiodialogue"
	"github.com/regiodialogue/regiodialogue/locale"
	"github.com/regiodialogue/regiodialogue/problem"
	"github.com/regiodialogue/regiodialogue/schema"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
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
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fset := flag.NewFlagSet("server", flag.ContinueOnError)
	fset.SetOutput(stderr)
	addr := fset.String("addr", "127.0.0.1:8080", "listen `address`")
	maxBody := fset.Int64("max-body", schema.DefaultMaxSize, "largest request body in `bytes`")
	printOpenAPI := fset.Bool("openapi", false, "print the OpenAPI 3.1 description of the service and exit")
	fset.Usage = func() {
		fmt.Fprintln(fset.Output(), "usage: server [-addr HOST:PORT] [-max-body BYTES] [-openapi]")
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
	if *printOpenAPI {
		doc, err := openAPI()
		if err != nil {
			fmt.Fprintln(stderr, "server:", err)
			return 1
		}
		_, err = stdout.Write(doc)
		if err != nil {
			return 1
		}
		return 0
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
	return serveWith(ctx, ln, newServer(h, logger), logger)
}

// newServer returns the http.Server of the service: its timeouts, its error log, and the
// connection tracking that logs the answers net/http writes itself (trackConns).
func newServer(h http.Handler, logger *slog.Logger) *http.Server {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	srv.ConnContext = connContext
	return srv
}

// serveWith serves srv on ln until ctx is done, then shuts down gracefully.
func serveWith(ctx context.Context, ln net.Listener, srv *http.Server, logger *slog.Logger) error {
	ln = trackConns(ln, logger)
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
GET  /agreements/{id}     one agreement, e.g. /agreements/pe (any letter case)
GET  /openapi.json        the OpenAPI 3.1 description of this service
`

// route is one endpoint: its method, its ServeMux pattern and what the OpenAPI
// description calls the path.
type route struct {
	method, pattern string
	handler         http.HandlerFunc
}

// openAPIPath returns the path of a ServeMux pattern as the OpenAPI description writes it.
func openAPIPath(pattern string) string { return strings.TrimSuffix(pattern, "{$}") }

// newHandler returns the service's handler, with request logging.
func newHandler(opts options, logger *slog.Logger) http.Handler {
	mux, _ := newMux(opts, logger)
	return logRequests(logger, recoverPanics(logger, mux))
}

// newMux returns the service's routes on a ServeMux, and the routes.
func newMux(opts options, logger *slog.Logger) (*http.ServeMux, []route) {
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

	routes := []route{
		{"POST", "/validate/agreement", validateHandler(v.ValidateAgreementContext, opts, turns, logger)},
		{"POST", "/validate/activity", validateHandler(v.ValidateActivityContext, opts, turns, logger)},
		{"GET", "/schema/{file}", serveSchema},
		{"GET", "/agreements", func(w http.ResponseWriter, r *http.Request) {
			all, _, err := data()
			if err != nil {
				internalError(w, r, logger, err)
				return
			}
			writeRaw(w, http.StatusOK, "application/json", all)
		}},
		{"GET", "/agreements/{id}", func(w http.ResponseWriter, r *http.Request) {
			_, byID, err := data()
			if err != nil {
				internalError(w, r, logger, err)
				return
			}
			one, ok := byID[strings.ToLower(r.PathValue("id"))]
			if !ok {
				l := readerLocale(r)
				problem.New(problem.NotFound, l, l.Message("problem.detail.agreement", r.PathValue("id"))).Write(varyLanguage(w))
				return
			}
			writeRaw(w, http.StatusOK, "application/json", one)
		}},
		{"GET", "/openapi.json", func(w http.ResponseWriter, r *http.Request) {
			doc, err := openAPI()
			if err != nil {
				internalError(w, r, logger, err)
				return
			}
			writeRaw(w, http.StatusOK, "application/json", doc)
		}},
		{"GET", "/{$}", func(w http.ResponseWriter, r *http.Request) {
			writeRaw(w, http.StatusOK, "text/plain; charset=utf-8", []byte(index))
		}},
	}
	mux := http.NewServeMux()
	allowed := map[string][]string{}
	var patterns []string
	for _, rt := range routes {
		mux.HandleFunc(rt.method+" "+rt.pattern, rt.handler)
		if _, seen := allowed[rt.pattern]; !seen {
			patterns = append(patterns, rt.pattern)
		}
		allowed[rt.pattern] = append(allowed[rt.pattern], rt.method)
		if rt.method == "GET" {
			allowed[rt.pattern] = append(allowed[rt.pattern], "HEAD")
		}
	}
	// Every path with a wrong method: 405 with Allow, as problem details. (ServeMux's own
	// 405 is plain text.)
	for _, pattern := range patterns {
		allow := strings.Join(allowed[pattern], ", ")
		mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", allow)
			l := readerLocale(r)
			problem.New(problem.MethodNotAllowed, l, l.Message("problem.detail.method", r.Method, allow)).Write(varyLanguage(w))
		})
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		l := readerLocale(r)
		problem.New(problem.NotFound, l, l.Message("problem.detail.path", r.URL.Path)).Write(varyLanguage(w))
	})
	return mux, routes
}

// readerLocale is the reader's language, from Accept-Language.
func readerLocale(r *http.Request) locale.Locale {
	return locale.FromAcceptLanguage(r.Header.Get("Accept-Language"))
}

// varyLanguage marks an answer as depending on Accept-Language, for caches.
func varyLanguage(w http.ResponseWriter) http.ResponseWriter {
	w.Header().Add("Vary", "Accept-Language")
	return w
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

// valid is the answer to a valid payload.
type valid struct {
	Valid bool `json:"valid"`
}

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
		l := readerLocale(r)
		w = varyLanguage(w)
		if !isJSON(r.Header.Get("Content-Type")) {
			problem.New(problem.UnsupportedMediaType, l, l.Message("problem.detail.mediatype", r.Header.Get("Content-Type"))).Write(w)
			return
		}
		if r.ContentLength > limit {
			problem.New(problem.TooLarge, l, l.Message("problem.detail.toolarge", limit)).Write(w)
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
		if err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				problem.New(problem.TooLarge, l, l.Message("problem.detail.toolarge", limit)).Write(w)
				return
			}
			// The body could not be read (the client was too slow, or left): say so to
			// whoever is still there.
			problem.New(problem.Malformed, l, err.Error()).Write(w)
			return
		}
		release, ok := turns.take(ctx, len(body))
		if !ok {
			unavailable(w, l, l.Message("problem.detail.busy"))
			return
		}
		defer release()
		if opts.onValidate != nil {
			opts.onValidate(len(body))
		}
		err = validate(ctx, body)
		if err == nil {
			writeJSON(w, http.StatusOK, valid{Valid: true})
			return
		}
		p := problem.FromError(err, l)
		switch p.Status {
		case http.StatusServiceUnavailable:
			// The deadline passed or the client left: say so, to whoever is still there.
			w.Header().Set("Retry-After", "1")
		case http.StatusInternalServerError:
			logger.Error("internal error", "err", err)
		}
		p.Write(w)
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
		l := readerLocale(r)
		problem.New(problem.NotFound, l, l.Message("problem.detail.schema", name,
			l.List([]string{"agreement.schema.json", "activity.schema.json", "defs.schema.json"}))).Write(varyLanguage(w))
		return
	}
	writeRaw(w, http.StatusOK, "application/schema+json", data)
}

// unavailable answers 503 with Retry-After: 1.
func unavailable(w http.ResponseWriter, l locale.Locale, detail string) {
	w.Header().Set("Retry-After", "1")
	problem.New(problem.Unavailable, l, detail).Write(w)
}

func internalError(w http.ResponseWriter, r *http.Request, logger *slog.Logger, err error) {
	logger.Error("internal error", "err", err)
	problem.New(problem.Internal, readerLocale(r), "").Write(varyLanguage(w))
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil { // unreachable for the types written here
		status, b = http.StatusInternalServerError, []byte(`{"valid":false}`)
	}
	writeRaw(w, status, "application/json", b)
}

func writeRaw(w http.ResponseWriter, status int, contentType string, b []byte) {
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("Content-Length", strconv.Itoa(len(b)))
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
// implicit 200 when it wrote nothing), duration, the size of the body, and whether the
// answer reached the client's connection: the answer is flushed before the line is
// written, so a write that fails (the client timed out or left) is logged as
// delivered=false with its error, never as sent. The answers net/http writes itself,
// without a handler (431 for headers too large, 400 for a malformed request), are logged
// by trackConns.
func logRequests(logger *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w}
		tc, _ := r.Context().Value(connKey{}).(*trackedConn)
		tc.handlerStarted()
		next.ServeHTTP(rec, r)
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		// Push the answer to the connection now, to know whether it got there.
		if err := http.NewResponseController(rec).Flush(); err != nil && rec.writeErr == nil {
			rec.writeErr = err
		}
		tc.handlerDone()
		attrs := []slog.Attr{
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.Int("status", rec.status),
			slog.Duration("duration", time.Since(start)),
			slog.Int64("size", rec.bytes),
			slog.Bool("delivered", rec.writeErr == nil),
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
				internalError(w, r, logger, fmt.Errorf("panic: %v", p))
			}
		}()
		next.ServeHTTP(w, r)
	})
}
