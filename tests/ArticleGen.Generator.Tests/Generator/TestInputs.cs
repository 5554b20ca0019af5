using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
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

internal sealed class MemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public MemoryAdditionalText(string path, SourceText text)
    {
        Path = path;
        _text = text;
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Analyzer config as MSBuild would write it: project properties, and item metadata per file.</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, DictionaryOptions> _files;

    public TestOptionsProvider(IReadOnlyDictionary<string, string> properties, IEnumerable<ArticleFile> files)
    {
        GlobalOptions = new DictionaryOptions(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value));
        _files = files.ToDictionary(
            f => f.Path,
            f => new DictionaryOptions(new Dictionary<string, string>
            {
                ["build_metadata.AdditionalFiles.ArticleGen"] = f.Include ?? string.Empty,
                ["build_metadata.AdditionalFiles.ArticleGenName"] = f.Name ?? string.Empty,
            }));
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _files.TryGetValue(textFile.Path, out DictionaryOptions? options) ? options : DictionaryOptions.Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        private readonly ImmutableDictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) =>
            _values = values.ToImmutableDictionary(KeyComparer);

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
