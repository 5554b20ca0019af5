using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using ArticleGen.Generator.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Benchmarks;

/// <summary>A consumer project in memory, as the compiler sees it: one C# file, N article files, MSBuild properties.</summary>
internal sealed class RoslynInputs
{
    public const string ProjectDirectory = "/bench/";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net100.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(ArticleGen.Article).Assembly.Location))
        .ToImmutableArray();

    public RoslynInputs(int articles, IReadOnlyDictionary<string, string>? properties = null)
    {
        Texts = Inputs.Articles(articles)
            .Select(a => (AdditionalText)new MemoryAdditionalText(ProjectDirectory + a.Path, SourceText.From(a.Text, Encoding.UTF8)))
            .ToImmutableArray();
        Options = new TestOptionsProvider(
            new Dictionary<string, string>(properties ?? new Dictionary<string, string>()) { ["RootNamespace"] = "Bench", ["ProjectDir"] = ProjectDirectory },
            Enumerable.Empty<(string, string?, string?)>());
        Compilation = CSharpCompilation.Create(
            "Bench",
            new[] { CSharpSyntaxTree.ParseText("namespace Bench; public static class Code { public const int Version = 1; }", ParseOptions, ProjectDirectory + "Code.cs") },
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    public ImmutableArray<AdditionalText> Texts { get; }

    public TestOptionsProvider Options { get; }

    public CSharpCompilation Compilation { get; }

    /// <summary>The same compilation after an edit to its C# file that has nothing to do with articles.</summary>
    public CSharpCompilation WithUnrelatedEdit()
    {
        SyntaxTree tree = Compilation.SyntaxTrees.Single();
        return Compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From("namespace Bench; public static class Code { public const int Version = 2; }")));
    }

    /// <summary>The middle article with one word changed.</summary>
    public (AdditionalText Old, AdditionalText New) EditOne()
    {
        AdditionalText old = Texts[Texts.Length / 2];
        string text = old.GetText()!.ToString();
        int at = text.IndexOf(" said", System.StringComparison.Ordinal);
        string edited = at < 0 ? text + " Edited." : text.Substring(0, at) + " stated" + text.Substring(at + 5);
        return (old, new MemoryAdditionalText(old.Path, SourceText.From(edited, Encoding.UTF8)));
    }
}
