package main

import (
	"bytes"
	"context"
	"log/slog"
	"net"
	"strconv"
	"sync"
)

// connKey is the request context key of the request's *trackedConn.
type connKey struct{}

// connContext puts the connection into each request's context, for logRequests.
func connContext(ctx context.Context, c net.Conn) context.Context {
	if tc, ok := c.(*trackedConn); ok {
		return context.WithValue(ctx, connKey{}, tc)
	}
	return ctx
}

// trackConns wraps ln so that every answer written on its connections is logged: the
// handlers' answers by logRequests, and the answers net/http writes itself outside any
// handler (431 Request Header Fields Too Large, 400 Bad Request for a malformed request
// line or header) here, with their status, size and whether the write succeeded.
func trackConns(ln net.Listener, logger *slog.Logger) net.Listener {
	return &trackingListener{Listener: ln, logger: logger}
}

type trackingListener struct {
	net.Listener
	logger *slog.Logger
}

func (l *trackingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return &trackedConn{Conn: c, logger: l.logger}, nil
}

// trackedConn is a connection that knows whether a handler is answering on it.
type trackedConn struct {
	net.Conn
	logger *slog.Logger

	mu        sync.Mutex
	inHandler bool
}

func (c *trackedConn) handlerStarted() {
	if c == nil {
		return
	}
	c.mu.Lock()
	c.inHandler = true
	c.mu.Unlock()
}

func (c *trackedConn) handlerDone() {
	if c == nil {
		return
	}
	c.mu.Lock()
	c.inHandler = false
	c.mu.Unlock()
}

// Write writes b; an answer that no handler writes is net/http's own, and is logged.
func (c *trackedConn) Write(b []byte) (int, error) {
	n, err := c.Conn.Write(b)
	c.mu.Lock()
	own := !c.inHandler
	c.mu.Unlock()
	if own && bytes.HasPrefix(b, []byte("HTTP/1.")) {
		attrs := []slog.Attr{
			slog.String("by", "net/http"),
			slog.String("remote", c.RemoteAddr().String()),
			slog.Int("status", statusOf(b)),
			slog.Int("size", n),
			slog.Bool("delivered", err == nil && n == len(b)),
		}
		if err != nil {
			attrs = append(attrs, slog.String("writeErr", err.Error()))
		}
		c.logger.LogAttrs(context.Background(), slog.LevelInfo, "request", attrs...)
	}
	return n, err
}

// statusOf reads the status code of an HTTP/1.x status line ("HTTP/1.1 431 …"); 0 when
// there is none.
func statusOf(b []byte) int {
	_, rest, ok := bytes.Cut(b, []byte(" "))
	if !ok || len(rest) < 3 {
		return 0
	}
	code, err := strconv.Atoi(string(rest[:3]))
	if err != nil {
		return 0
	}
	return code
}
