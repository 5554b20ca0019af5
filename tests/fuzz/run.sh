#!/usr/bin/env bash
# Fuzzes ArticleParser.Parse with AFL++ through SharpFuzz, then turns every crash and hang into a minimized
# regression file under tests/ArticleGen.Generator.Tests/Fuzz/Regressions/ (replayed by RegressionReplayTests).
#
#   tests/fuzz/run.sh [minutes]      # default 15; FRESH=1 starts over instead of resuming the last run
#
# Idempotent; works from a fresh clone as root. Needs apt (for AFL++) and the NuGet registry (for SharpFuzz).
# Everything it builds or finds goes to tests/fuzz/work/ (ignored by git) except the regression files.
set -euo pipefail

minutes="${1:-15}"
case "$minutes" in ''|*[!0-9]*) echo "usage: $0 [minutes]" >&2; exit 2 ;; esac

fuzz_dir="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$fuzz_dir/../.." && pwd)"
work="$fuzz_dir/work"
bin="$work/bin"
plain="$work/plain"
seeds="$work/seeds"
findings="$work/findings"
regressions="$repo/tests/ArticleGen.Generator.Tests/Fuzz/Regressions"
corpus="$repo/tests/ArticleGen.Generator.Tests/Corpus"
timeout_ms="${TIMEOUT_MS:-5000}"   # per input; TIMEOUT_MS=2000 tests/fuzz/run.sh 30 for a tighter hang check

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\n== %s\n' "$*"; }

# --- 1. AFL++ -------------------------------------------------------------------------------------------------------
if ! command -v afl-fuzz >/dev/null || ! command -v afl-tmin >/dev/null; then
  log "installing AFL++ with apt"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y afl++
fi
afl-fuzz -h 2>&1 | head -n 1 || true

# --- 2. SharpFuzz command-line tool, local to tests/fuzz (manifest: tests/fuzz/dotnet-tools.json) -------------------
log "restoring the SharpFuzz command-line tool"
cd "$fuzz_dir"
if ! dotnet tool restore; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0
fi

# --- 3. Publish the target and instrument the generator assembly ---------------------------------------------------
# Two copies: plain/ replays files outside AFL++ (an instrumented assembly run without AFL++'s shared memory dies of
# an AccessViolationException), bin/ is instrumented. Both are made afresh each time: sharpfuzz rewrites the DLL in
# place and must never see an instrumented one.
log "publishing the fuzz target"
rm -rf "$bin" "$plain"
dotnet publish "$fuzz_dir/ArticleGen.Fuzz/ArticleGen.Fuzz.csproj" -c Release -o "$plain" -nologo -v quiet
cp -R "$plain" "$bin"
log "instrumenting ArticleGen.Generator.dll"
dotnet sharpfuzz "$bin/ArticleGen.Generator.dll"
target=(dotnet "$bin/ArticleGen.Fuzz.dll")
replay=(dotnet "$plain/ArticleGen.Fuzz.dll")

# --- 4. Seeds: small pieces of the corpus (AFL++ works best on inputs under ~1 KB) and the regression files ---------
log "preparing seeds"
rm -rf "$seeds"
mkdir -p "$seeds"
n=0
for f in "$corpus"/seed/articles/*.txt "$corpus"/synth/articles/*.txt; do
  n=$((n + 1))
  name="$(basename "$f" .txt)"
  # The head (chrome, headline, date line, dateline) and the tail (captions, credits, copyright), cut at line ends.
  head -c 1100 "$f" | head -n -1 > "$seeds/head-$name.txt"
  tail -c 700 "$f" | tail -n +2 > "$seeds/tail-$name.txt"
  if [ "$(wc -c < "$f")" -le 1000 ]; then cp "$f" "$seeds/full-$name.txt"; fi
done
# Whole pages for the page stage: the first ~3 KB (chrome, headline) and for long pages the last ~2.5 KB (comments,
# footer) of saved pages and articles from the wild and snippet corpora, kept in tests/fuzz/seeds/.
for f in "$fuzz_dir"/seeds/*.txt; do
  [ -f "$f" ] && cp "$f" "$seeds/page-$(basename "$f")"
done
# Regression files that still break the contract cannot be seeds (AFL++ refuses a crashing seed), nor can large ones
# (they slow every cycle down); the replay test covers both.
if [ -d "$regressions" ]; then
  "${replay[@]}" "$regressions" > "$work/replay-before.log" || true
  sed -n 's/^ok    //p' "$work/replay-before.log" | while IFS= read -r f; do
    if [ "$(wc -c < "$f")" -le 4096 ]; then cp "$f" "$seeds/regression-$(basename "$f")"; fi
  done
fi
find "$seeds" -type f -size 0 -delete
echo "$(find "$seeds" -type f | wc -l) seeds from $n corpus files and the regression folder"

# --- 5. Fuzz ----------------------------------------------------------------------------------------------------------
export AFL_SKIP_BIN_CHECK=1                  # the target is `dotnet`, not an AFL-compiled binary
export AFL_SKIP_CPUFREQ=1                    # no say over the CPU governor here
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1   # core_pattern pipes to a handler we may not change
export AFL_NO_AFFINITY=1                     # a shared 2-core machine: do not pin a core
export AFL_FORKSRV_INIT_TMOUT=60000          # .NET start-up under load can take seconds
export AFL_NO_UI=1                           # plain status lines instead of the curses screen
if [ "${FRESH:-0}" = 1 ]; then rm -rf "$findings"; fi
if [ -d "$findings/default/queue" ]; then
  export AFL_AUTORESUME=1
  echo "resuming the previous run in $findings (FRESH=1 to start over)"
fi
mkdir -p "$findings"

log "fuzzing for $minutes minute(s)"
set +e
nice -n 10 afl-fuzz -i "$seeds" -o "$findings" -t "$timeout_ms" -m none -V $((minutes * 60)) \
  -x "$fuzz_dir/articles.dict" -- "${target[@]}"
status=$?
set -e
stats="$findings/default/fuzzer_stats"
if [ ! -f "$stats" ]; then
  echo "afl-fuzz exited with $status and wrote no fuzzer_stats" >&2
  exit 1
fi

# --- 6. Every crash and hang becomes a minimized regression file -------------------------------------------------
mkdir -p "$regressions"
export_findings() {
  local kind="$1" dir="$findings/default/$2"
  local mode=()
  if [ "$kind" = hang ]; then mode=(-H); fi
  [ -d "$dir" ] || return 0
  local f min sum
  for f in "$dir"/id:*; do
    [ -f "$f" ] || continue
    min="$work/tmin.bin"
    rm -f "$min"
    echo "minimizing $kind $(basename "$f")"
    if ! nice -n 10 timeout 900 afl-tmin "${mode[@]}" -i "$f" -o "$min" -t "$timeout_ms" -m none -- "${target[@]}" >"$work/tmin.log" 2>&1 \
      || [ ! -s "$min" ]; then
      echo "  afl-tmin could not minimize it (see $work/tmin.log); keeping it as found"
      cp "$f" "$min"
    fi
    sum="$(sha1sum "$min" | cut -c1-12)"
    if [ -e "$regressions/$kind-$sum.bin" ]; then
      echo "  already saved as $kind-$sum.bin"
    else
      cp "$min" "$regressions/$kind-$sum.bin"
      echo "  saved as $kind-$sum.bin ($(wc -c < "$min") bytes)"
    fi
  done
}
export_findings crash crashes
export_findings hang hangs

# --- 7. Report --------------------------------------------------------------------------------------------------------
log "afl-fuzz exited with $status; fuzzer_stats:"
grep -E '^(start_time|last_update|run_time|execs_done|execs_per_sec|corpus_count|corpus_found|corpus_favored|max_depth|bitmap_cvg|edges_found|total_edges|saved_crashes|saved_hangs|unique_crashes|unique_hangs|stability|afl_version) ' "$stats" || cat "$stats"

log "replaying the regression folder"
"${replay[@]}" "$regressions" || echo "some regression files still break the parser's contract (see above)"
