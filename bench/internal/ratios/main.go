// Command ratios reads `go test -bench` output (from a file or stdin) and prints, from the
// median of each benchmark's runs, the ratios the performance goals are stated in:
// each validator against schema.ValidateAgreement and against raw jsonschema/v5 on the valid
// and the invalid set, and Load against json.Unmarshal of the same files.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

type sample struct{ ns, bytes, allocs []float64 }

func main() {
	in := io.Reader(os.Stdin)
	if len(os.Args) > 1 {
		f, err := os.Open(os.Args[1])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer f.Close()
		in = f
	}
	runs := map[string]*sample{}
	sc := bufio.NewScanner(in)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := f[0]
		if i := strings.LastIndexByte(name, '-'); i > 0 {
			if _, err := strconv.Atoi(name[i+1:]); err == nil {
				name = name[:i]
			}
		}
		s := runs[name]
		if s == nil {
			s = &sample{}
			runs[name] = s
		}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			switch f[i+1] {
			case "ns/op":
				s.ns = append(s.ns, v)
			case "B/op":
				s.bytes = append(s.bytes, v)
			case "allocs/op":
				s.allocs = append(s.allocs, v)
			}
		}
	}
	peers := []string{"ValidateAgreement", "decoder", "v5raw", "v6", "ajv", "gojsonschema", "kaptinlin", "jsonany"}
	for _, set := range []string{"valid", "invalid"} {
		base := runs["BenchmarkValidate/set="+set+"/peer=ValidateAgreement"]
		raw := runs["BenchmarkValidate/set="+set+"/peer=v5raw"]
		ajv := runs["BenchmarkValidate/set="+set+"/peer=ajv"]
		fmt.Printf("\nset=%s (one op = 14 payloads; medians)\n", set)
		fmt.Printf("| peer | time/op | × ValidateAgreement | × raw v5 | × Ajv | allocs/op | × raw v5 allocs |\n|---|---:|---:|---:|---:|---:|---:|\n")
		for _, p := range peers {
			s := runs["BenchmarkValidate/set="+set+"/peer="+p]
			if s == nil || len(s.ns) == 0 {
				continue
			}
			allocs := "–" // Ajv's are not counted
			if len(s.allocs) > 0 {
				allocs = fmt.Sprintf("%.0f", median(s.allocs))
			}
			fmt.Printf("| %s | %s | %s | %s | %s | %s | %s |\n", p, dur(median(s.ns)),
				ratio(s.ns, base), ratio(s.ns, raw), ratio(s.ns, ajv), allocs, ratioAllocs(s, raw))
		}
	}
	load, un := runs["BenchmarkLoad/impl=Load"], runs["BenchmarkLoad/impl=unmarshal"]
	if load != nil && un != nil {
		fmt.Printf("\nLoad vs read + json.Unmarshal into Agreement (medians)\n")
		fmt.Printf("| impl | time/op | × unmarshal | B/op | allocs/op |\n|---|---:|---:|---:|---:|\n")
		for _, r := range []struct {
			n string
			s *sample
		}{{"Load", load}, {"unmarshal", un}} {
			fmt.Printf("| %s | %s | %s | %.0f | %.0f |\n", r.n, dur(median(r.s.ns)), ratio(r.s.ns, un), median(r.s.bytes), median(r.s.allocs))
		}
	}
	goals(runs, peers)
}

// goals prints the verdict on each goal stated in benchmark ratios (medians).
func goals(runs map[string]*sample, peers []string) {
	fmt.Printf("\ngoals (medians of this run)\n| goal | verdict | ratio |\n|---|---|---|\n")
	verdict := func(ok bool) string {
		if ok {
			return "met"
		}
		return "missed"
	}
	for _, set := range []string{"valid", "invalid"} {
		base := runs["BenchmarkValidate/set="+set+"/peer=ValidateAgreement"]
		if base == nil || len(base.ns) == 0 {
			continue
		}
		fastest, best := true, ""
		for _, p := range peers[1:] {
			if s := runs["BenchmarkValidate/set="+set+"/peer="+p]; s != nil && len(s.ns) > 0 && p != "jsonany" &&
				median(s.ns) < median(base.ns) {
				fastest, best = false, best+fmt.Sprintf(" %s %s", p, ratio(s.ns, base))
			}
		}
		fmt.Printf("| ValidateAgreement fastest of the validators, set=%s | %s |%s |\n", set, verdict(fastest), best)
		if raw := runs["BenchmarkValidate/set="+set+"/peer=v5raw"]; raw != nil && len(raw.ns) > 0 {
			r := median(base.ns) / median(raw.ns)
			fmt.Printf("| ValidateAgreement ≤ 1.0× raw v5, set=%s | %s | %.2f× |\n", set, verdict(r <= 1), r)
		}
	}
	if load, un := runs["BenchmarkLoad/impl=Load"], runs["BenchmarkLoad/impl=unmarshal"]; load != nil && un != nil {
		r := median(load.ns) / median(un.ns)
		fmt.Printf("| Load ≤ 1.2× read + json.Unmarshal | %s | %.2f× |\n", verdict(r <= 1.2), r)
	}
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func ratio(xs []float64, base *sample) string {
	if base == nil || median(base.ns) == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f×", median(xs)/median(base.ns))
}

func ratioAllocs(s, base *sample) string {
	if base == nil || median(base.allocs) == 0 || len(s.allocs) == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f×", median(s.allocs)/median(base.allocs))
}

func dur(ns float64) string {
	switch {
	case ns >= 1e6:
		return fmt.Sprintf("%.2f ms", ns/1e6)
	case ns >= 1e3:
		return fmt.Sprintf("%.1f µs", ns/1e3)
	}
	return fmt.Sprintf("%.0f ns", ns)
}
