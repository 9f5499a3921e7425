package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
	"testing"
	"time"
)

// startServer serves the service on a loopback port with the given read and write
// timeouts, logging to the returned buffer; stop shuts it down and waits.
func startServer(t *testing.T, readTimeout, writeTimeout time.Duration) (addr string, logs *syncBuffer, stop func()) {
	t.Helper()
	logs = &syncBuffer{}
	logger := slog.New(slog.NewTextHandler(logs, nil))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := newServer(newHandler(options{}, logger), logger)
	srv.ReadTimeout, srv.WriteTimeout = readTimeout, writeTimeout
	srv.MaxHeaderBytes = 1 << 10
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serveWith(ctx, ln, srv, logger) }()
	return ln.Addr().String(), logs, func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	}
}

// TestSlowBodyLog: a client that sends its body too slowly gets no answer (the write
// deadline has passed), and the log says the answer was not delivered, never that its
// bytes were sent.
func TestSlowBodyLog(t *testing.T) {
	addr, logs, stop := startServer(t, 200*time.Millisecond, 200*time.Millisecond)
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(c, "POST /validate/agreement HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"id\"")
	time.Sleep(400 * time.Millisecond) // past both deadlines
	_ = c.SetReadDeadline(time.Now().Add(2 * time.Second))
	got, _ := io.ReadAll(c)
	c.Close()
	stop()
	line := logs.String()
	t.Logf("client received %d bytes; log:\n%s", len(got), line)
	if !strings.Contains(line, "path=/validate/agreement") || !strings.Contains(line, "status=400") {
		t.Fatalf("no log line for the request:\n%s", line)
	}
	if len(got) == 0 && !strings.Contains(line, "delivered=false") {
		t.Errorf("the client got nothing, but the log does not say so:\n%s", line)
	}
	if len(got) > 0 && !strings.Contains(line, "delivered=true") {
		t.Errorf("the client got the answer, but the log says otherwise:\n%s", line)
	}
}

// TestNetHTTPAnswersLogged: the answers net/http writes without a handler are logged.
func TestNetHTTPAnswersLogged(t *testing.T) {
	addr, logs, stop := startServer(t, time.Second, time.Second)
	for _, tc := range []struct {
		request string
		status  int
	}{
		{"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + strings.Repeat("a", 8<<10) + "\r\n\r\n", 431},
		{"GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n", 400},
		{"NONSENSE\r\n\r\n", 400},
	} {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = io.WriteString(c, tc.request)
		_ = c.SetReadDeadline(time.Now().Add(2 * time.Second))
		b, _ := io.ReadAll(c)
		c.Close()
		if !strings.HasPrefix(string(b), fmt.Sprintf("HTTP/1.1 %d", tc.status)) {
			t.Errorf("answer %.40q, want %d", b, tc.status)
		}
	}
	stop()
	line := logs.String()
	for _, want := range []string{"by=net/http", "status=431", "status=400", "delivered=true"} {
		if !strings.Contains(line, want) {
			t.Errorf("log lacks %q:\n%s", want, line)
		}
	}
	if n := strings.Count(line, "by=net/http"); n != 3 {
		t.Errorf("%d answers of net/http logged, want 3:\n%s", n, line)
	}
}
