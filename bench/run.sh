#!/usr/bin/env bash
# Measures regiodialogue against its peers: binary size and init cost of an importer, the
# first use of Default() against Load of the same files in fresh processes, and the
# validation and Load benchmarks with benchstat tables, ratios and the goals' verdicts. It
# prints how long it took at the end; docs/PERFORMANCE.md gives that figure.
#
# Usage: bench/run.sh [-w] [outdir]   (outdir default: a temporary directory)
#   -w  also write the output into docs/PERFORMANCE.md, and the start-up table into
#       docs/LANGUAGES.md, between their generated-section markers
# BENCHTIME, COUNT and FIRSTUSE_N override the defaults.
set -euo pipefail

write=
if [ "${1:-}" = -w ]; then
	write=1
	shift
fi
cd "$(dirname "$0")"
out=${1:-$(mktemp -d)}
mkdir -p "$out"
benchtime=${BENCHTIME:-500ms}
count=${COUNT:-10}
n=${FIRSTUSE_N:-21}
started=$(date +%s)
export GOFLAGS=

measure() {
echo "# machine"
echo "$(go version), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ //' || true)"

echo
echo "# binary sizes (go build -trimpath -buildvcs=false; stripped: also -ldflags='-s -w')"
for p in hello xtext importer localeimp firstuse; do
	go build -trimpath -buildvcs=false -o "$out/$p" "./startup/$p"
	go build -trimpath -buildvcs=false -ldflags='-s -w' -o "$out/$p.stripped" "./startup/$p"
done
printf '%-10s %12s %12s\n' program bytes stripped
for p in hello xtext importer localeimp; do
	printf '%-10s %12d %12d\n' "$p" "$(stat -c %s "$out/$p")" "$(stat -c %s "$out/$p.stripped")"
done
imp=$(stat -c %s "$out/importer")
xt=$(stat -c %s "$out/xtext")
echo "importer - xtext = $((imp - xt)) bytes (goal: <= 1048576)"

echo
echo "# GODEBUG=inittrace=1: regiodialogue's packages, and the totals of all packages"
for p in hello xtext importer localeimp; do
	GODEBUG=inittrace=1 "$out/$p" >/dev/null 2>"$out/$p.inittrace"
	echo "## $p"
	grep -E 'regiodialogue' "$out/$p.inittrace" | sed 's/ @[0-9.]* ms,/,/' || echo "(no init line for a regiodialogue package: it has no init work)"
	awk '/^init /{for(i=1;i<=NF;i++){if($(i+1)=="bytes,")b+=$i; if($(i+1)=="allocs")a+=$i}; n++}
		END{printf "total: %d packages, %d bytes, %d allocs\n", n, b, a}' "$out/$p.inittrace"
done

echo
echo "# first use of Default() in a fresh process, against Load of the same files, $n processes each (alternating)"
: >"$out/firstuse.tsv"
: >"$out/firstload.tsv"
for _ in $(seq "$n"); do
	"$out/firstuse" >>"$out/firstuse.tsv"
	"$out/firstuse" -load ../dataset >>"$out/firstload.tsv"
done
median() { sort -n -k1,1 "$1" | awk -v n="$n" '{t[NR]=$1; b[NR]=$2; a[NR]=$3}
	END{m=int((n+1)/2); printf "%.2f %.2f %.2f %d %d\n", t[m]/1e6, t[1]/1e6, t[n]/1e6, b[m], a[m]}'; }
read -r dt dmin dmax db da <<<"$(median "$out/firstuse.tsv")"
read -r lt lmin lmax lb la <<<"$(median "$out/firstload.tsv")"
printf 'Default()           median %s ms (min %s, max %s); %s bytes, %s allocs\n' "$dt" "$dmin" "$dmax" "$db" "$da"
printf 'Load(os.DirFS(...)) median %s ms (min %s, max %s); %s bytes, %s allocs\n' "$lt" "$lmin" "$lmax" "$lb" "$la"
ratio=$(awk -v d="$dt" -v l="$lt" 'BEGIN{printf "%.2f", d/l}')
echo "Default / Load = ${ratio}x (goal: <= 1.2x)"

echo
echo "# benchmarks: go test -run '^\$' -bench . -count $count -benchtime $benchtime"
go test -run '^$' -bench . -count "$count" -benchtime "$benchtime" >"$out/bench.txt"
echo "# Ajv (allErrors) on the same payload sets, in the same run: node ajv.js"
if command -v node >/dev/null && (cd ../tools/difftest && npm ci --no-audit --no-fund --loglevel=error >/dev/null); then
	BENCH_PAYLOADS="$out/payloads" go test -count=1 -run '^TestWritePayloads$' . >/dev/null
	node ajv.js ../schema "$out/payloads" "$count" "${benchtime%ms}" >>"$out/bench.txt"
else
	echo "Ajv skipped: node, npm or 'npm ci' in tools/difftest is not available"
fi
benchstat=$(command -v benchstat || true)
if [ -z "$benchstat" ]; then
	gobin=$(go env GOBIN)
	benchstat=${gobin:-$(go env GOPATH)/bin}/benchstat
	[ -x "$benchstat" ] || go install golang.org/x/perf/cmd/benchstat@latest
fi
"$benchstat" -filter .name:Validate -col /peer -row /set "$out/bench.txt" ||
	"$benchstat" "$out/bench.txt"
echo
"$benchstat" -filter .name:Load -col /impl "$out/bench.txt"
echo
echo "# ratios"
go run ./internal/ratios "$out/bench.txt"
verdict() { if [ "$1" = 1 ]; then echo met; else echo missed; fi; }
echo "| importer - xtext ≤ 1 MiB | $(verdict $((imp - xt <= 1048576))) | $((imp - xt)) bytes |"
echo "| first Default() ≤ 1.2× Load of the same files | $(verdict "$(awk -v r="$ratio" 'BEGIN{print (r <= 1.2)}')") | ${ratio}× |"
echo
echo "# bench/run.sh took $(( ($(date +%s) - started) / 60 )) min $(( ($(date +%s) - started) % 60 )) s"
}

measure | tee "$out/run.txt"
echo "raw output: $out/bench.txt, $out/run.txt"

if [ -n "$write" ]; then
	{ echo '```'; cat "$out/run.txt"; echo '```'; } | go run ./internal/docmark ../docs/PERFORMANCE.md "bench/run.sh output"
	size() { stat -c %s "$out/$1"; }
	sum() { awk '{for(i=1;i<=NF;i++){if($(i+1)=="bytes,")b+=$i; if($(i+1)=="allocs")a+=$i}} END{printf "%d bytes, %d allocs", b, a}'; }
	initcost() { grep -E '^init github.com/regiodialogue/' "$out/$1.inittrace" | sum; }
	total() { grep -E '^init ' "$out/$1.inittrace" | sum; }
	{
		echo '| program | binary | stripped | init, regiodialogue packages | init, all packages |'
		echo '|---|---:|---:|---|---|'
		for p in importer localeimp; do
			echo "| \`$p\` | $(size "$p") | $(size "$p.stripped") | $(initcost "$p") | $(total "$p") |"
		done
	} | go run ./internal/docmark ../docs/LANGUAGES.md "bench/run.sh start-up table"
	echo "wrote docs/PERFORMANCE.md and docs/LANGUAGES.md"
fi
