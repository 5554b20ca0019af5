using System.Threading.Tasks;
using ArticleGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace ArticleGen.Generator.Tests.Analyzers;

/// <summary>Analyzer.Testing set up for article files: markup spans in the .txt, references that need no download.</summary>
internal static class AnalyzerVerifier
{
    public const string ArticlesFolder = "/0/Articles/";

    /// <summary>A test with one consumer source file and nothing else; add articles and config to it.</summary>
    public static CSharpAnalyzerTest<ArticleAnalyzer, DefaultVerifier> Create()
    {
        var test = new CSharpAnalyzerTest<ArticleAnalyzer, DefaultVerifier>
        {
            // The named sets (ReferenceAssemblies.Net.Net100) fail here; Basic.Reference.Assemblies needs no download.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        test.TestState.Sources.Add("namespace Consumer; public static class Program { }");
        return test;
    }

    /// <summary>Checks that the article, with its expected diagnostics marked up as <c>{|ART005:...|}</c>, raises exactly those.</summary>
    public static Task VerifyArticleAsync(string fileName, string markup, string? globalConfig = null)
    {
        var test = Create();
        test.TestState.AdditionalFiles.Add((ArticlesFolder + fileName, markup));
        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        }

        return test.RunAsync();
    }
}
