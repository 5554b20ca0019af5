using System.Collections.Generic;
using ArticleGen.Generator.Tests.Shared;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Generator.Tests.Generator;

/// <summary>An AdditionalFiles item: its path, text and ArticleGen item metadata.</summary>
internal sealed record ArticleFile(string Path, string Text, string? Include = null, string? Name = null)
{
    /// <summary>A file of the project under <see cref="TestProject.Directory"/>.</summary>
    public static ArticleFile At(string relativePath, string text, string? include = null, string? name = null) =>
        new(TestProject.Directory + relativePath, text, include, name);

    /// <summary>The encoding the compiler read the file in: a file that is not valid UTF-8 is read in a legacy code page.</summary>
    public Encoding Encoding { get; init; } = Encoding.UTF8;

    public AdditionalText ToAdditionalText() => new MemoryAdditionalText(Path, SourceText.From(Text, Encoding));
}

/// <summary>Corpus files (<see cref="TestSupport.Corpus"/>) as article files of the test project.</summary>
internal static class Fixtures
{
    public const string Seed = "seed/russian-military-team-arrived-in-caracas";

    public static string Text(string corpusName) => TestSupport.Corpus.Get(corpusName).Text;

    /// <summary>The corpus file as an article at <c>Articles/NAME.txt</c>.</summary>
    public static ArticleFile Article(string corpusName) =>
        ArticleFile.At("Articles/" + corpusName.Substring(corpusName.IndexOf('/') + 1) + ".txt", Text(corpusName));

    public static IEnumerable<ArticleFile> Synth() =>
        TestSupport.Corpus.All.Where(f => f.Name.StartsWith("synth/", System.StringComparison.Ordinal)).Select(f => Article(f.Name));
}
