#!/usr/bin/env bash
# Segmenter speed across main's history: builds the core example (`segment_throughput`, the
# release profile each commit has) at every commit given, then times all of them alternated,
# so that a slow phase of the machine hits every build alike. Prints, per commit, the best
# MB/s over the rounds on each corpus file (one document per line).
#
#   benches/speed_history.sh -c "351f5b2 8c88266 HEAD" -f "real.txt gen.txt" [-r 3] [-n 15]
#
# Corpus files: `python benches/corpus.py --mb 1 --format text --out gen.txt`, and real text
# one sentence a line, e.g. `python -c "import corpus; print('\n'.join(corpus.realtext_mb(1)))"`
# run in benches/. Builds go to $CARGO_TARGET_DIR (default /tmp/fluxem-speed-history/target);
# a commit whose example does not build is reported and skipped.
set -euo pipefail
commits="" files="" rounds=3 reps=15
while getopts "c:f:r:n:" opt; do
    case $opt in
        c) commits=$OPTARG ;;
        f) files=$OPTARG ;;
        r) rounds=$OPTARG ;;
        n) reps=$OPTARG ;;
        *) exit 2 ;;
    esac
done
[ -n "$commits" ] && [ -n "$files" ] || { echo "usage: $0 -c COMMITS -f FILES [-r ROUNDS] [-n REPS]" >&2; exit 2; }
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
work=${TMPDIR:-/tmp}/fluxem-speed-history
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$work/target}
mkdir -p "$work/bin"
for c in $commits; do
    src=$work/src
    rm -rf "$src" && mkdir -p "$src"
    # -m: fresh mtimes, or cargo would take the old commit's files for already built
    git -C "$repo" archive "$c" | tar -x -m -C "$src"
    if (cd "$src" && cargo build -q --release -p fluxem-core --example segment_throughput); then
        cp "$CARGO_TARGET_DIR/release/examples/segment_throughput" "$work/bin/$c"
    else
        echo "$c: the example does not build, skipped" >&2
    fi
done
declare -A best
for _ in $(seq "$rounds"); do
    for c in $commits; do
        [ -x "$work/bin/$c" ] || continue
        for f in $files; do
            mbs=$("$work/bin/$c" "$f" "$reps" | sed 's/.*spans: //; s/ MB.*//')
            key="$c $f"
            if [ -z "${best[$key]:-}" ] || awk "BEGIN{exit !($mbs > ${best[$key]})}"; then
                best[$key]=$mbs
            fi
        done
    done
done
for c in $commits; do
    [ -x "$work/bin/$c" ] || continue
    line="$c $(git -C "$repo" log -1 --format=%cs "$c")"
    for f in $files; do line+="  $(basename "$f") ${best["$c $f"]} MB/s"; done
    echo "$line"
done
