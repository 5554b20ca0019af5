using ArticleGen.Benchmarks.Floor;
using ArticleGen.Generator;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleGen.Benchmarks;

/// <summary>
/// The generator in-process (<see cref="CSharpGeneratorDriver"/>) at 100, 1,000 and 10,000 articles: a cold run, a
/// re-run after one article is edited, and a re-run after an unrelated C# edit. The floor is
/// <see cref="FirstLineGenerator"/>, which only reads each file's first line, measured the same way in the same run.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class GeneratorBenchmarks
{
    private RoslynInputs _inputs = null!;
    private (AdditionalText Old, AdditionalText New) _edit;
    private CSharpCompilation _unrelatedEdit = null!;
    private GeneratorDriver _warm = null!, _warmFloor = null!;

    [Params(100, 1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _inputs = new RoslynInputs(Articles);
        _edit = _inputs.EditOne();
        _unrelatedEdit = _inputs.WithUnrelatedEdit();
        _warm = Create(new ArticleGenerator()).RunGenerators(_inputs.Compilation);
        _warmFloor = Create(new FirstLineGenerator()).RunGenerators(_inputs.Compilation);
    }

    [Benchmark(Baseline = true, Description = "floor: cold")]
    public GeneratorDriver FloorCold() => Create(new FirstLineGenerator()).RunGenerators(_inputs.Compilation);

    [Benchmark(Description = "ArticleGen: cold")]
    public GeneratorDriver Cold() => Create(new ArticleGenerator()).RunGenerators(_inputs.Compilation);

    [Benchmark(Description = "floor: one article edited")]
    public GeneratorDriver FloorOneEdit() => _warmFloor.ReplaceAdditionalText(_edit.Old, _edit.New).RunGenerators(_inputs.Compilation);

    [Benchmark(Description = "ArticleGen: one article edited")]
    public GeneratorDriver OneEdit() => _warm.ReplaceAdditionalText(_edit.Old, _edit.New).RunGenerators(_inputs.Compilation);

    [Benchmark(Description = "floor: unrelated C# edit")]
    public GeneratorDriver FloorUnrelatedEdit() => _warmFloor.RunGenerators(_unrelatedEdit);

    [Benchmark(Description = "ArticleGen: unrelated C# edit")]
    public GeneratorDriver UnrelatedEdit() => _warm.RunGenerators(_unrelatedEdit);

    private GeneratorDriver Create(IIncrementalGenerator generator) => CSharpGeneratorDriver.Create(
        new[] { generator.AsSourceGenerator() },
        _inputs.Texts,
        RoslynInputs.ParseOptions,
        _inputs.Options);
}
