using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ArticleGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ArticleGen.Generator.Tests.Analyzers;

/// <summary>Which files are analyzed, the size cap, duplicate names, and severities set in .globalconfig.</summary>
public class AnalyzerConfigurationTests
{
    private const string Folder = AnalyzerVerifier.ArticlesFolder;

    // Ten layout markers: a file that is not parsed must raise none of them.
    private static readonly string Chrome = string.Concat(Enumerable.Repeat("Send a link to a friend\n", 10));

    [Fact]
    public Task File_over_the_size_cap_gets_ART010_and_is_not_parsed()
    {
        var test = AnalyzerVerifier.Create();
        test.TestState.AdditionalFiles.Add((Folder + "big.txt", "{|ART010:|}" + Chrome));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ArticleGenMaxFileSize = 100\n"));
        return test.RunAsync();
    }

    [Fact]
    public async Task Size_cap_message_names_the_file_and_the_cap()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(
            new[] { ("/p/Articles/big.txt", Chrome) },
            "build_property.ArticleGenMaxFileSize = 100\nbuild_property.ProjectDir = /p/");
        Diagnostic diagnostic = Assert.Single(diagnostics);
        Assert.Equal("ART010", diagnostic.Id);
        Assert.Equal(
            "Unreadable article file 'Articles/big.txt': it is over the size cap of 100 bytes (ArticleGenMaxFileSize), so it is not parsed and no article is generated",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Default_size_cap_is_one_megabyte()
    {
        string justUnder = new string('a', 1024 * 1024);
        var under = await AnalyzerRunner.RunAsync(new[] { ("/p/a.txt", justUnder) });
        var over = await AnalyzerRunner.RunAsync(new[] { ("/p/a.txt", justUnder + "\u00E9") }); // one char, two bytes
        Assert.DoesNotContain(under, d => d.GetMessage().Contains("size cap"));
        Assert.Contains(over, d => d.Id == "ART010" && d.GetMessage().Contains("size cap"));
    }

    [Fact]
    public Task Later_file_with_the_same_name_gets_ART009()
    {
        var test = AnalyzerVerifier.Create();
        test.TestState.AdditionalFiles.Add(("/0/a/Russian-military.txt", Articles.Clean));
        test.TestState.AdditionalFiles.Add(("/0/b/russian-military.txt", "{|ART009:|}" + Articles.Clean));
        return test.RunAsync();
    }

    [Fact]
    public async Task Duplicate_name_message_names_the_name_and_the_earlier_file()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(
            new[] { ("/p/b/story.txt", Articles.Clean), ("/p/a/story.txt", Articles.Clean) },
            "build_property.ProjectDir = /p/");
        Diagnostic duplicate = Assert.Single(diagnostics, d => d.Id == "ART009");
        Assert.Equal("/p/b/story.txt", duplicate.Location.GetLineSpan().Path);
        Assert.Equal("Article name 'Story' is already taken by 'a/story.txt'; this file's member gets a numeric suffix", duplicate.GetMessage());
    }

    /// <summary>
    /// A file linked from outside the project (<c>&lt;AdditionalFiles Include="../shared/x.txt" Link="Articles/x.txt" /&gt;</c>)
    /// reaches the compiler by its full path; every message names it by that path relative to the project, as the
    /// generated <c>Path</c> constant does, and never by the machine's absolute path.
    /// </summary>
    [Fact]
    public async Task A_linked_file_reads_the_same_in_every_message()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(
            new[]
            {
                ("/repo/web/Articles/x.txt", "Headline\n\n[March 28, 2019]\n\nMOSCOW (Reuters) - Text.\n\n(Reporting by Maxim Rodionov)\n"),
                ("/repo/shared/x.txt", "Headline\n\n[March 28, 2019]\n\nMOSCOW (Reuters) - Text.\n"),
                ("/repo/shared/big.txt", new string('x', 300)),
            },
            "build_property.ProjectDir = /repo/web/\nbuild_property.ArticleGenMaxFileSize = 200");

        Assert.Equal(
            string.Join("\n", new[]
            {
                "ART003 /repo/shared/x.txt: No credits line or byline in '../shared/x.txt': there is no credits line such as (Reporting by ...; Editing by ...) and no By line",
                "ART009 /repo/web/Articles/x.txt: Article name 'X' is already taken by '../shared/x.txt'; this file's member gets a numeric suffix",
                "ART010 /repo/shared/big.txt: Unreadable article file '../shared/big.txt': it is over the size cap of 200 bytes (ArticleGenMaxFileSize), so it is not parsed and no article is generated",
            }),
            string.Join("\n", diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan().Path}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}").Order(System.StringComparer.Ordinal)));
    }

    [Fact]
    public async Task ArticleGenName_metadata_takes_part_in_duplicate_names()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(
            new[] { ("/p/a.txt", Articles.Clean), ("/p/b.txt", Articles.Clean) },
            fileOptions: new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["/p/b.txt"] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.ArticleGenName"] = "A" },
            });
        Assert.Equal("/p/b.txt", Assert.Single(diagnostics, d => d.Id == "ART009").Location.GetLineSpan().Path);
    }

    // The size cap makes a file raise ART010 without the parser: a file that is not selected raises nothing.
    [Theory]
    [InlineData("/p/NativeMethods.txt", null, null)]
    [InlineData("/p/PublicAPI.Shipped.txt", null, null)]
    [InlineData("/p/notes.md", null, null)]
    [InlineData("/p/a.txt", "false", null)]
    [InlineData("/p/a.txt", null, "false")]
    public async Task Files_that_are_not_articles_are_not_analyzed(string path, string? metadata, string? autoInclude)
    {
        var diagnostics = await AnalyzerRunner.RunAsync(
            new[] { (path, Chrome) },
            Global(autoInclude) + "\nbuild_property.ArticleGenMaxFileSize = 100",
            Metadata(path, metadata));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Opt_in_article_is_analyzed_when_auto_include_is_off()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(
            new[] { ("/p/a.text", Chrome) },
            Global("false") + "\nbuild_property.ArticleGenMaxFileSize = 100",
            Metadata("/p/a.text", "true"));
        Assert.Contains(diagnostics, d => d.Id == "ART010");
    }

    // Severities of diagnostics in additional files come from .globalconfig (or NoWarn/WarningsAsErrors): .editorconfig
    // sections only reach source files (roslyn#31916). The build-level test shows the same through a real dotnet build.
    [Theory]
    [InlineData("none", null)]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    public async Task Severity_of_ART010_is_configurable_in_globalconfig(string severity, DiagnosticSeverity? expected)
    {
        var diagnostics = await AnalyzerRunner.RunAsync(
            new[] { ("/p/a.txt", Chrome) },
            $"build_property.ArticleGenMaxFileSize = 100\ndotnet_diagnostic.ART010.severity = {severity}");
        Assert.Equal(expected is null ? new DiagnosticSeverity[0] : new[] { expected.Value }, diagnostics.Select(d => d.Severity));
    }

    [Theory]
    [InlineData("none", null)]
    [InlineData("error", DiagnosticSeverity.Error)]
    public async Task Severity_of_ART005_is_configurable_in_globalconfig(string severity, DiagnosticSeverity? expected)
    {
        var diagnostics = await AnalyzerRunner.RunAsync(
            new[] { ("/p/a.txt", Articles.WithBetweenParagraphs("[to top of second column]\n\n")) },
            $"dotnet_diagnostic.ART005.severity = {severity}");
        Assert.Equal(expected is null ? new DiagnosticSeverity[0] : new[] { expected.Value }, diagnostics.Where(d => d.Id == "ART005").Select(d => d.Severity));
        Assert.Equal(expected is null ? 0 : 1, diagnostics.Length);
    }

    private static string? Global(string? autoInclude) =>
        autoInclude is null ? null : "build_property.ArticleGenAutoInclude = " + autoInclude;

    private static Dictionary<string, IReadOnlyDictionary<string, string>>? Metadata(string path, string? articleGen) =>
        articleGen is null ? null : new() { [path] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.ArticleGen"] = articleGen } };
}
