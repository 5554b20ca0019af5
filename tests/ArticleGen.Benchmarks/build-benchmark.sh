#!/usr/bin/env bash
# Whole-build cost of ArticleGen: times `dotnet build` of a generated project holding N articles three ways, in
# alternating runs with the build servers warm, and prints medians and ratios:
#   embedded   - the files as EmbeddedResource: what a user does without ArticleGen;
#   floor      - a trivial generator + analyzer that only read each file's first line (the bare mechanism);
#   articlegen - ArticleGen's generator and analyzer, as the package wires them.
# Usage: tests/ArticleGen.Benchmarks/build-benchmark.sh [articles=1000] [pairs=3]
set -euo pipefail
articles=${1:-1000}
pairs=${2:-3}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/articlegen-build-bench.XXXXXX)
trap 'dotnet build-server shutdown >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

dotnet build -c Release -nologo -v:q "$repo/src/ArticleGen.Generator" >/dev/null
dotnet build -c Release -nologo -v:q "$repo/src/ArticleGen" >/dev/null
dotnet build -c Release -nologo -v:q "$repo/tests/ArticleGen.Benchmarks.Floor" >/dev/null
generator="$repo/src/ArticleGen.Generator/bin/Release/netstandard2.0/ArticleGen.Generator.dll"
runtime="$repo/src/ArticleGen/bin/Release/net8.0/ArticleGen.dll"
floor="$repo/tests/ArticleGen.Benchmarks.Floor/bin/Release/netstandard2.0/ArticleGen.Benchmarks.Floor.dll"

mapfile -t corpus < <(ls "$repo"/tests/ArticleGen.Generator.Tests/Corpus/{seed,synth}/articles/*.txt | LC_ALL=C sort)
make_project() { # name, items
  local dir="$work/$1"
  mkdir -p "$dir/Articles"
  echo '<Project />' > "$dir/Directory.Build.props"
  echo '<Project />' > "$dir/Directory.Packages.props"
  cat > "$dir/$1.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/src/ArticleGen.Generator/build/ArticleGen.props" />
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup>$2</ItemGroup>
</Project>
PROJ
  echo 'namespace Bench; public static class Code { public static int Answer => 42; }' > "$dir/Code.cs"
  for ((i = 0; i < articles; i++)); do
    src=${corpus[$((i % ${#corpus[@]}))]}
    cp "$src" "$dir/Articles/$(printf '%05d' "$i")-$(basename "$src")"
  done
}
make_project embedded '<EmbeddedResource Include="Articles/*.txt" />'
make_project floor "<AdditionalFiles Include=\"Articles/*.txt\" /><Analyzer Include=\"$floor\" />"
make_project articlegen "<AdditionalFiles Include=\"Articles/*.txt\" /><Analyzer Include=\"$generator\" /><Reference Include=\"$runtime\" />"

kinds=(embedded floor articlegen)
for kind in "${kinds[@]}"; do # restore, and warm the build servers
  dotnet build -nologo -v:q "$work/$kind" >/dev/null
done

declare -A times
for ((run = 1; run <= pairs; run++)); do
  for kind in "${kinds[@]}"; do
    start=$(date +%s.%N)
    dotnet build --no-restore --no-incremental --no-dependencies -nologo -v:q "$work/$kind" >/dev/null
    end=$(date +%s.%N)
    times[$kind]+="$(echo "$end - $start" | bc) "
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
base=$(echo "${times[embedded]}" | median)
echo "| build ($articles articles, $pairs alternating runs) | runs (s) | median (s) | ratio to EmbeddedResource |"
echo "|---|---|---:|---:|"
for kind in "${kinds[@]}"; do
  m=$(echo "${times[$kind]}" | median)
  printf '| %s | %s | %.2f | %.2f |\n' "$kind" "${times[$kind]}" "$m" "$(echo "$m / $base" | bc -l)"
done

echo
echo "ReportAnalyzer for the ArticleGen build:"
dotnet build --no-restore --no-incremental --no-dependencies -nologo -v:d -p:ReportAnalyzer=true "$work/articlegen" \
  | grep -E 'Total (analyzer|generator) execution time|ArticleGen\.Generator\.(ArticleGenerator|Diagnostics)' | sed 's/^ *//' | awk '!seen[$0]++' || true
echo
echo "Generated source for the ArticleGen build:"
gen_dir="$work/articlegen/obj/gen"
dotnet build --no-restore --no-incremental --no-dependencies -nologo -v:q -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$gen_dir" "$work/articlegen" >/dev/null
echo "$(find "$gen_dir" -name '*.g.cs' | wc -l) files, $(du -sb "$gen_dir" | cut -f1) bytes; articles: $(du -sb "$work/articlegen/Articles" | cut -f1) bytes"
