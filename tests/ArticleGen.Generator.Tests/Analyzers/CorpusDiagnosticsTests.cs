using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleGen.Generator.Tests.Analyzers;

/// <summary>Every labelled corpus file raises exactly the warning-or-worse IDs of its expected JSON: no misses, no false positives.</summary>
public class CorpusDiagnosticsTests
{
    [Theory]
    [MemberData(nameof(CorpusCase.Names), MemberType = typeof(CorpusCase))]
    public async Task Corpus_file_raises_exactly_its_expected_diagnostics(string name)
    {
        CorpusCase corpus = CorpusCase.Get(name);
        var diagnostics = await AnalyzerRunner.RunAsync(new[] { ("/p/Articles/" + name + ".txt", corpus.Text) });

        var raised = diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.Id)
            .Distinct()
            .OrderBy(id => id, StringComparer.Ordinal);
        Assert.Equal(corpus.ExpectedDiagnostics, raised);
    }

    [Fact]
    public void Corpus_is_there() => Assert.True(CorpusCase.All.Count >= 85, "corpus files found: " + CorpusCase.All.Count);
}
