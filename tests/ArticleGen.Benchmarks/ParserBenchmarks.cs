using System;
using System.Linq;
using ArticleGen.Generator.Parsing;
using BenchmarkDotNet.Attributes;

namespace ArticleGen.Benchmarks;

/// <summary>
/// Parser throughput against a floor measured in the same run: splitting the same text into lines with
/// <c>MemoryExtensions.EnumerateLines</c>, without parsing. Two corpora: the wire pages (seed and synth, 85 articles,
/// about 0.3 MB) and the real pages of 78 sites (wild, 179 files, about 3.7 MB), where the page classifier does most.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private string[] _texts = Array.Empty<string>();

    [Params("wire", "wild")]
    public string Corpus { get; set; } = "wire";

    public long Bytes => _texts.Sum(t => (long)t.Length * sizeof(char));

    [GlobalSetup]
    public void Setup() => _texts = (Corpus == "wild" ? Inputs.Wild : Inputs.Corpus).Select(f => f.Text).ToArray();

    [Benchmark(Baseline = true, Description = "floor: EnumerateLines")]
    public int Floor()
    {
        int lines = 0;
        foreach (string text in _texts)
        {
            foreach (ReadOnlySpan<char> _ in text.AsSpan().EnumerateLines())
            {
                lines++;
            }
        }

        return lines;
    }

    [Benchmark(Description = "ArticleParser.Parse")]
    public int Parse()
    {
        int findings = 0;
        foreach (string text in _texts)
        {
            findings += ArticleParser.Parse(text).Findings.Count;
        }

        return findings;
    }
}

/// <summary>Hostile input at 1, 4 and 16 MB: the parse/floor ratio must not grow with size (no super-linear step).</summary>
[MemoryDiagnoser]
public class PathologicalParserBenchmarks
{
    private string _text = string.Empty;

    [Params("one-line", "brackets", "pipes", "markers", "markup")]
    public string Kind { get; set; } = "one-line";

    [Params(1, 4, 16)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup() => _text = Inputs.Pathological(Kind, Megabytes * 1024 * 1024);

    [Benchmark(Baseline = true, Description = "floor: EnumerateLines")]
    public int Floor()
    {
        int lines = 0;
        foreach (ReadOnlySpan<char> _ in _text.AsSpan().EnumerateLines())
        {
            lines++;
        }

        return lines;
    }

    [Benchmark(Description = "ArticleParser.Parse")]
    public int Parse() => ArticleParser.Parse(_text).Findings.Count;
}
