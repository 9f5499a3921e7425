//go:build race

package main

// latencyScale stretches the latency bounds of the tests under the race detector, which
// makes this code several times slower.
const latencyScale = 10
