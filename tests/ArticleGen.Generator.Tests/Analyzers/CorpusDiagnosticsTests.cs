using System;
using System.Linq;
using System.Threading.Tasks;
using ArticleGen.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleGen.Generator.Tests.Analyzers;

/// <summary>Every labelled corpus file raises exactly the warning-or-worse IDs of its expected JSON: no misses, no false positives.</summary>
public class CorpusDiagnosticsTests
{
    [Theory]
    [MemberData(nameof(Corpus.Names), MemberType = typeof(Corpus))]
    public async Task Corpus_file_raises_exactly_its_expected_diagnostics(string name)
    {
        CorpusFile file = Corpus.Get(name);
        var diagnostics = await AnalyzerRunner.RunAsync(new[] { ("/p/Articles/" + name + ".txt", file.Text) });

        var raised = diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.Id)
            .Distinct()
            .OrderBy(id => id, StringComparer.Ordinal);
        Assert.Equal(file.Expected.Diagnostics.OrderBy(id => id, StringComparer.Ordinal), raised);
    }

    [Fact]
    public void Corpus_is_there() => Assert.True(Corpus.All.Count >= 85, "corpus files found: " + Corpus.All.Count);
}
