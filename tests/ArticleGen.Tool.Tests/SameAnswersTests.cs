using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Text.Json;
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

        (string[] expected, string[] expectedWhole) = await FromAnalyzer(folder.Path, corpus.Select(f => f.Path), new Dictionary<string, string>());
        (string[] fromTool, string[] fromToolWhole) = FromTool(folder.Path, "check", ".");

        Assert.True(expected.Length > 100, "the corpus should raise diagnostics");
        AssertSame(expected, fromTool);
        AssertSame(expectedWhole, fromToolWhole);
    }

    /// <summary>
    /// The cases the tool once reported its own way (issue 18): ART010 named the bare file name, not the path from the
    /// project folder; and the others that concern a file as a whole: ART009, and a subject long enough to be shortened.
    /// </summary>
    [Fact]
    public async Task Check_reports_what_the_analyzer_reports_on_files_in_subfolders()
    {
        using var folder = new TempFolder();
        string[] files =
        [
            folder.Bytes("Articles/2019/latin1.txt", [.. "Caf"u8, 0xE9, .. " au lait\n[July 4, 2019]\n\nText.\n"u8]),
            folder.File("Articles/2019/big.txt", Samples.Clean + new string('x', 400)),
            folder.File("Articles/geneva-swim.txt", Samples.Clean),
            folder.File("Articles/2019/geneva.swim.txt", Samples.Dirty.Replace("Send a link to a friend", "[to top of second column of the page where the rest of the long story about the lake swim continues]")),
        ];

        (string[] expected, string[] expectedWhole) = await FromAnalyzer(folder.Path, files, new Dictionary<string, string> { ["ArticleGenMaxFileSize"] = "400" });
        (string[] fromTool, string[] fromToolWhole) = FromTool(folder.Path, "check", "Articles", "--max-file-size", "400");

        Assert.Contains("Articles/2019/latin1.txt(1,4): warning ART010: Unreadable article file 'Articles/2019/latin1.txt': the text holds replacement characters from bytes that are not valid UTF-8", fromTool);
        Assert.Contains("Articles/geneva-swim.txt(1,1): warning ART009: Article name 'GenevaSwim' is already taken by 'Articles/2019/geneva.swim.txt'; this file's member gets a numeric suffix", fromTool);
        Assert.Contains(fromTool, l => l.Contains("ART010: Unreadable article file 'Articles/2019/big.txt': it is over the size cap of 400 bytes"));
        Assert.Contains(fromTool, l => l.Contains("\u2026'"));
        AssertSame(expected, fromTool);
        AssertSame(expectedWhole, fromToolWhole);
    }

    private static void AssertSame(string[] expected, string[] actual)
    {
        string onlyAnalyzer = string.Join("\n", expected.Except(actual)), onlyTool = string.Join("\n", actual.Except(expected));
        Assert.True(onlyAnalyzer.Length == 0 && onlyTool.Length == 0, $"only the analyzer:\n{onlyAnalyzer}\nonly the tool:\n{onlyTool}");
        Assert.Equal(expected, actual);
    }

    /// <returns>The build lines without help links, and the same with whole messages (as JSON carries them), sorted.</returns>
    private static (string[] Lines, string[] Whole) FromTool(string folder, params string[] args)
    {
        ToolRun run = Articlegen.Run(folder, args);
        string[] lines = CheckTests.Lines(run.Output).Select(WithoutHelpLink).Order(System.StringComparer.Ordinal).ToArray();
        ToolRun json = Articlegen.Run(folder, [.. args, "--format", "json"]);
        using JsonDocument document = JsonDocument.Parse(json.Output);
        string[] whole = document.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("path").GetString()}({d.GetProperty("line").GetInt32()},{d.GetProperty("column").GetInt32()}): {d.GetProperty("severity").GetString()} {d.GetProperty("id").GetString()}: {d.GetProperty("message").GetString()}")
            .Order(System.StringComparer.Ordinal).ToArray();
        return (lines, whole);
    }

    /// <summary>The analyzer in a compilation whose project is <paramref name="folder"/>, as the tool run in the folder takes it.</summary>
    private static async Task<(string[] Lines, string[] Whole)> FromAnalyzer(string folder, IEnumerable<string> paths, Dictionary<string, string> properties)
    {
        var files = paths.Select(p => (AdditionalText)new FileText(p)).ToImmutableArray();
        var compilation = CSharpCompilation.Create("Corpus", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        properties["ProjectDir"] = folder;
        var project = new TestOptionsProvider(properties, []);
        ImmutableArray<Diagnostic> fromAnalyzer = await compilation
            .WithAnalyzers([new ArticleAnalyzer()], new AnalyzerOptions(files, project))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        string[] lines = fromAnalyzer.Select(d => AsBuildLine(d, folder, d.GetMessage(CultureInfo.InvariantCulture))).Order(System.StringComparer.Ordinal).ToArray();
        string[] whole = fromAnalyzer
            .Select(d => AsBuildLine(d, folder, d.Properties.TryGetValue(FileDiagnostics.FullMessageKey, out string? full) ? full! : d.GetMessage(CultureInfo.InvariantCulture)))
            .Order(System.StringComparer.Ordinal).ToArray();
        return (lines, whole);
    }

    private static string AsBuildLine(Diagnostic d, string root, string message)
    {
        FileLinePositionSpan place = d.Location.GetLineSpan();
        string path = Path.GetRelativePath(root, place.Path).Replace('\\', '/');
        string severity = d.Severity.ToString().ToLowerInvariant() switch { "warning" => "warning", "error" => "error", _ => "info" };
        return $"{path}({place.StartLinePosition.Line + 1},{place.StartLinePosition.Character + 1}): {severity} {d.Id}: {message}";
    }

    private static string WithoutHelpLink(string line) => line.Substring(0, line.LastIndexOf(" (", System.StringComparison.Ordinal));

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            SourceText.From(File.ReadAllText(Path), System.Text.Encoding.UTF8);
    }
}
