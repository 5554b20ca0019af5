using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using ArticleGen.Generator;
using ArticleGen.Generator.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ArticleGen.Generator.Tests.Generator;

/// <summary>
/// A consumer project in memory: C# sources, article files and MSBuild properties, compiled against .NET 10 and the
/// ArticleGen runtime, with the generator run over it.
/// </summary>
internal sealed class TestProject
{
    public const string Directory = "/proj/";
    public const string Namespace = "Tests";

    private static readonly CSharpParseOptions DefaultParseOptions = new(LanguageVersion.Latest);

    public static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net100.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(ArticleGen.Article).Assembly.Location))
        .ToImmutableArray();

    public TestProject(IEnumerable<ArticleFile> articles, IReadOnlyDictionary<string, string>? properties = null, params string[] sources)
    {
        Articles = articles.ToList();
        AdditionalTexts = Articles.Select(a => a.ToAdditionalText()).ToList();
        Properties = properties ?? DefaultProperties();
        Compilation = CSharpCompilation.Create(
            "Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, DefaultParseOptions, $"{Directory}Code{i}.cs")),
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                // As the SDK does: the net8.0 runtime library binds to .NET 10's System.Runtime without remark.
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
                {
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                }));
    }

    public List<ArticleFile> Articles { get; }

    /// <summary>The files as the driver sees them; edits replace these very objects.</summary>
    public List<AdditionalText> AdditionalTexts { get; }

    public AdditionalText AdditionalText(string path) => AdditionalTexts.Single(t => t.Path == path);

    public IReadOnlyDictionary<string, string> Properties { get; }

    public CSharpCompilation Compilation { get; }

    /// <summary>How generated files are parsed; <see cref="DocumentationMode.Diagnose"/> checks their XML docs as <c>GenerateDocumentationFile</c> does.</summary>
    public CSharpParseOptions ParseOptions { get; init; } = DefaultParseOptions;

    /// <summary>False for a driver that records no steps, as in a real build: for large projects.</summary>
    public bool TrackSteps { get; init; } = true;

    public static Dictionary<string, string> DefaultProperties() => new()
    {
        ["RootNamespace"] = Namespace,
        ["ProjectDir"] = Directory,
    };

    /// <summary>The analyzer config MSBuild would write for this project.</summary>
    public TestOptionsProvider Options => new(Properties, Articles.Select(a => (a.Path, a.Include, a.Name)));

    /// <summary>A driver that records every step (unless <see cref="TrackSteps"/> is off), ready to run.</summary>
    public GeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
        new[] { new ArticleGenerator().AsSourceGenerator() },
        AdditionalTexts,
        ParseOptions,
        Options,
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: TrackSteps));

    /// <summary>Runs the generator; fails on any exception or diagnostic it reports.</summary>
    public GeneratorRunResult Run() => Run(CreateDriver(), out _);

    public GeneratorRunResult Run(GeneratorDriver driver, out GeneratorDriver ran)
    {
        ran = driver.RunGenerators(Compilation);
        GeneratorRunResult result = ran.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        return result;
    }

    /// <summary>The generated files by hint name.</summary>
    public Dictionary<string, string> Generate() =>
        Run().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>Runs the generator, compiles the result without errors or warnings, and loads it.</summary>
    public Assembly CompileAndLoad()
    {
        CreateDriver().RunGeneratorsAndUpdateCompilation(Compilation, out Compilation output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        using var image = new MemoryStream();
        var emit = output.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        image.Position = 0;

        // The runtime types resolve to the copy the tests already loaded, so values can be compared as Articles.
        return new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(image);
    }

    /// <summary>A generated static property or constant of the loaded consumer.</summary>
    public static object? Read(Assembly assembly, string typeName, string member)
    {
        System.Type type = assembly.GetType(typeName, throwOnError: true)!;
        if (type.GetProperty(member) is { } property)
        {
            return property.GetValue(null);
        }

        FieldInfo field = type.GetField(member) ?? throw new System.MissingMemberException(typeName, member);
        return field.GetValue(null);
    }
}
