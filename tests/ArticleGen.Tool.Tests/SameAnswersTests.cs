using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Tests.Shared;
using ArticleGen.Tool.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ArticleGen.Tool.Tests;

/// <summary>The tool reports on the whole corpus exactly what the analyzer reports in a compilation: IDs, places, messages.</summary>
public class SameAnswersTests
{
    [Fact]
    public async Task Check_reports_what_the_analyzer_reports_on_the_whole_corpus()
    {
        using var folder = new TempFolder();
        IReadOnlyList<CopiedArticle> corpus = CorpusFolders.CopyTo(folder.Path);

        ToolRun run = Articlegen.Run(folder.Path, "check", ".");
        string[] fromTool = CheckTests.Lines(run.Output).Select(WithoutHelpLink).Order(System.StringComparer.Ordinal).ToArray();

        var files = corpus.Select(f => (AdditionalText)new FileText(f.Path)).ToImmutableArray();
        var compilation = CSharpCompilation.Create("Corpus", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        // A project in the folder: messages name files relative to it, as the tool run in the folder does.
        var project = new TestOptionsProvider(new Dictionary<string, string> { ["ProjectDir"] = folder.Path }, []);
        ImmutableArray<Diagnostic> fromAnalyzer = await compilation
            .WithAnalyzers([new ArticleAnalyzer()], new AnalyzerOptions(files, project))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        string[] expected = fromAnalyzer.Select(d => AsBuildLine(d, folder.Path)).Order(System.StringComparer.Ordinal).ToArray();

        Assert.True(expected.Length > 100, "the corpus should raise diagnostics");
        string onlyAnalyzer = string.Join("\n", expected.Except(fromTool)), onlyTool = string.Join("\n", fromTool.Except(expected));
        Assert.True(onlyAnalyzer.Length == 0 && onlyTool.Length == 0, $"only the analyzer:\n{onlyAnalyzer}\nonly the tool:\n{onlyTool}");
        Assert.Equal(expected, fromTool);
    }

    private static string AsBuildLine(Diagnostic d, string root)
    {
        FileLinePositionSpan place = d.Location.GetLineSpan();
        string path = Path.GetRelativePath(root, place.Path).Replace('\\', '/');
        string severity = d.Severity.ToString().ToLowerInvariant() switch { "warning" => "warning", "error" => "error", _ => "info" };
        return $"{path}({place.StartLinePosition.Line + 1},{place.StartLinePosition.Character + 1}): {severity} {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}";
    }

    private static string WithoutHelpLink(string line) => line.Substring(0, line.LastIndexOf(" (", System.StringComparison.Ordinal));

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            SourceText.From(File.ReadAllText(Path), System.Text.Encoding.UTF8);
    }
}
