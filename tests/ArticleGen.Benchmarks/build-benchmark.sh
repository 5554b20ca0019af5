#!/usr/bin/env bash
# Whole-build cost of ArticleGen: times `dotnet build` of a generated project holding N articles in several forms, in
# alternating runs, and prints medians and ratios:
#   embedded   - the files as EmbeddedResource: what a user does without ArticleGen;
#   floor      - a trivial generator + analyzer that only read each file's first line (the bare mechanism);
#   articlegen - ArticleGen's generator and analyzer, as the package wires them;
#   properties - the same with ArticleGenTextConstants=false (Raw and Body as static properties, not const);
#   before     - another build of the generator, for a before/after in one session: set ARTICLEGEN_BEFORE to its
#                ArticleGen.Generator.dll (e.g. built from an older commit in a git worktree).
# Two ways to build (the compiler runs as the environment says: here UseSharedCompilation=false, so every build
# starts a new csc process):
#   warm  - `dotnet build --no-restore --no-incremental --no-dependencies` of a restored project;
#   fresh - as a user meets it: the project copied to a new folder (no obj/bin) and `dotnet build --no-incremental`,
#           restore included.
# Usage: [ARTICLEGEN_BEFORE=old.dll] tests/ArticleGen.Benchmarks/build-benchmark.sh [articles=1000] [pairs=3] [warm|fresh] [kinds="embedded floor articlegen properties"]
set -euo pipefail
articles=${1:-1000}
pairs=${2:-3}
mode=${3:-warm}
read -r -a kinds <<< "${4:-embedded floor articlegen properties}"
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/articlegen-build-bench.XXXXXX)
trap 'dotnet build-server shutdown >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

dotnet build -c Release -nologo -v:q "$repo/src/ArticleGen.Generator" >/dev/null
dotnet build -c Release -nologo -v:q "$repo/src/ArticleGen" >/dev/null
dotnet build -c Release -nologo -v:q "$repo/tests/ArticleGen.Benchmarks.Floor" >/dev/null
# Copies, so that rebuilding the repository while this runs cannot change what is measured.
mkdir -p "$work/bin"
cp "$repo/src/ArticleGen.Generator/bin/Release/netstandard2.0/ArticleGen.Generator.dll" \
   "$repo/src/ArticleGen/bin/Release/net8.0/ArticleGen.dll" \
   "$repo/tests/ArticleGen.Benchmarks.Floor/bin/Release/netstandard2.0/ArticleGen.Benchmarks.Floor.dll" \
   "$repo/src/ArticleGen.Generator/build/ArticleGen.props" "$work/bin/"
generator="$work/bin/ArticleGen.Generator.dll"
if [ -n "${ARTICLEGEN_BEFORE:-}" ]; then
  mkdir -p "$work/before" && cp "$ARTICLEGEN_BEFORE" "$work/before/ArticleGen.Generator.dll"
fi
runtime="$work/bin/ArticleGen.dll"
floor="$work/bin/ArticleGen.Benchmarks.Floor.dll"

mapfile -t corpus < <(ls "$repo"/tests/ArticleGen.Generator.Tests/Corpus/{seed,synth}/articles/*.txt | LC_ALL=C sort)
make_project() { # name, items, properties
  local dir="$work/$1"
  mkdir -p "$dir/Articles"
  echo '<Project />' > "$dir/Directory.Build.props"
  echo '<Project />' > "$dir/Directory.Packages.props"
  cat > "$dir/$1.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$work/bin/ArticleGen.props" />
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable>$3</PropertyGroup>
  <ItemGroup>$2</ItemGroup>
</Project>
PROJ
  echo 'namespace Bench; public static class Code { public static int Answer => 42; }' > "$dir/Code.cs"
  cp -r "$work/articles/." "$dir/Articles/"
}
mkdir -p "$work/articles" # once: at 10,000 articles, one cp per file and project takes minutes on a busy machine
for ((i = 0; i < articles; i++)); do
  src=${corpus[$((i % ${#corpus[@]}))]}
  cp "$src" "$work/articles/$(printf '%05d' "$i")-$(basename "$src")"
done
articlegen_items="<AdditionalFiles Include=\"Articles/*.txt\" /><Analyzer Include=\"$generator\" /><Reference Include=\"$runtime\" />"
for kind in "${kinds[@]}"; do
  case $kind in
    embedded) make_project embedded '<EmbeddedResource Include="Articles/*.txt" />' '' ;;
    floor) make_project floor "<AdditionalFiles Include=\"Articles/*.txt\" /><Analyzer Include=\"$floor\" />" '' ;;
    articlegen) make_project articlegen "$articlegen_items" '' ;;
    properties) make_project properties "$articlegen_items" '<ArticleGenTextConstants>false</ArticleGenTextConstants>' ;;
    before) make_project before "${articlegen_items//$generator/$work/before/ArticleGen.Generator.dll}" '' ;;
    *) echo "unknown kind: $kind" >&2; exit 2 ;;
  esac
done

for kind in "${kinds[@]}"; do # restore, and a first build
  dotnet build -nologo -v:q "$work/$kind" >/dev/null
done


# Wall time, and CPU time (user + system, the build and every compiler process it waited for): on a shared machine the
# CPU time moves far less with other people's work than the wall time does.
declare -A times cpus
TIMEFORMAT='%R %U %S'
for ((run = 1; run <= pairs; run++)); do
  for kind in "${kinds[@]}"; do
    if [ "$mode" = fresh ]; then # the copy is not part of the build
      rm -rf "$work/run" && cp -r "$work/$kind" "$work/run" && rm -rf "$work/run/obj" "$work/run/bin"
      measured=$({ time dotnet build --no-incremental -nologo -v:q "$work/run/$kind.csproj" >/dev/null; } 2>&1)
    else
      measured=$({ time dotnet build --no-restore --no-incremental --no-dependencies -nologo -v:q "$work/$kind" >/dev/null; } 2>&1)
    fi
    read -r wall user sys <<< "$measured"
    times[$kind]+="$wall "
    cpus[$kind]+="$(echo "$user + $sys" | bc) "
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
base=$(echo "${times[${kinds[0]}]}" | median)
base_cpu=$(echo "${cpus[${kinds[0]}]}" | median)
echo "| build ($articles articles, $pairs alternating runs, $mode) | wall (s) | median | ratio | CPU (s) | median | ratio |"
echo "|---|---|---:|---:|---|---:|---:|"
for kind in "${kinds[@]}"; do
  m=$(echo "${times[$kind]}" | median)
  c=$(echo "${cpus[$kind]}" | median)
  printf '| %s | %s | %.2f | %.2f | %s | %.2f | %.2f |\n' "$kind" "${times[$kind]% }" "$m" "$(echo "$m / $base" | bc -l)" \
    "${cpus[$kind]% }" "$c" "$(echo "$c / $base_cpu" | bc -l)"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

for kind in before articlegen properties; do
  [ -d "$work/$kind" ] || continue
  echo
  echo "ReportAnalyzer for the $kind build:"
  dotnet build --no-restore --no-incremental --no-dependencies -nologo -v:d -p:ReportAnalyzer=true "$work/$kind" \
    | grep -E 'Total (analyzer|generator) execution time|ArticleGen\.Generator\.(ArticleGenerator|Diagnostics)' | sed 's/^ *//' | awk '!seen[$0]++' || true
  gen_dir="$work/$kind/obj/gen"
  dotnet build --no-restore --no-incremental --no-dependencies -nologo -v:q -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$gen_dir" "$work/$kind" >/dev/null
  echo "Generated source: $(find "$gen_dir" -name '*.g.cs' | wc -l) files, $(du -sb "$gen_dir" | cut -f1) bytes; articles: $(du -sb "$work/$kind/Articles" | cut -f1) bytes"
done
