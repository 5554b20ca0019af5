using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using ArticleGen.Benchmarks.Floor;
using ArticleGen.Generator.Diagnostics;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ArticleGen.Benchmarks;

/// <summary>The analyzer over every file of a 1,000-article project, through <see cref="CompilationWithAnalyzers"/>.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class AnalyzerBenchmarks
{
    private RoslynInputs _inputs = null!;
    private AnalyzerOptions _options = null!;

    [Params(1_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _inputs = new RoslynInputs(Articles);
        _options = new AnalyzerOptions(_inputs.Texts, _inputs.Options);
    }

    [Benchmark(Baseline = true, Description = "floor: read first lines")]
    public Task<ImmutableArray<Diagnostic>> Floor() => Analyze(new FirstLineAnalyzer());

    [Benchmark(Description = "ArticleAnalyzer")]
    public Task<ImmutableArray<Diagnostic>> ArticleGen() => Analyze(new ArticleAnalyzer());

    private Task<ImmutableArray<Diagnostic>> Analyze(DiagnosticAnalyzer analyzer) =>
        _inputs.Compilation
            .WithAnalyzers(ImmutableArray.Create(analyzer), _options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
}
