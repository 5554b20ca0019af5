using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

// Shared by the generator tests and the benchmarks (linked into both), so both drive the generator the same way.
namespace ArticleGen.Generator.Tests.Shared;

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

    public TestOptionsProvider(IReadOnlyDictionary<string, string> properties, IEnumerable<(string Path, string? Include, string? Name)> files)
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
