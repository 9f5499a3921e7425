//go:build !race

package main

// latencyScale stretches the latency bounds of the tests under the race detector; 1 here.
const latencyScale = 1
