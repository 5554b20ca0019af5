using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;
using ArticleGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace ArticleGen.Generator.Tests.Generator;

/// <summary>
/// Files no article should come from: the analyzer reports each as ART010 and nothing else, the generator skips it,
/// and the good article beside it is generated as usual. This is the table the README states under "What ArticleGen guarantees for bad input".
/// </summary>
public class HostileInputTests(ITestOutputHelper output)
{
    private const long SizeCap = 1000;

    private static readonly ArticleFile Good = ArticleFile.At("Articles/good.txt", "Good\n\n[March 1, 2019]\n\nLONDON (Reuters) - Text.\n\n(Reporting by A; Editing by B)\n");

    public static TheoryData<string> Unreadable => new(Cases.Keys);

    private static readonly Dictionary<string, ArticleFile> Cases = new()
    {
        ["empty"] = ArticleFile.At("Articles/bad.txt", ""),
        ["whitespace only"] = ArticleFile.At("Articles/bad.txt", " \t\r\n\u00A0\n  "),
        ["only a BOM"] = ArticleFile.At("Articles/bad.txt", "\uFEFF"),
        ["binary with NUL"] = ArticleFile.At("Articles/bad.txt", "\u0089PNG\r\n\u001A\n\0\0\0\rIHDR\0\0\u0001"),
        ["binary without NUL"] = ArticleFile.At("Articles/bad.txt", "MZ\u0090\u0003\u0004\u0001\u0002\u0005\u0006\u0007 This program cannot be run\u0008\u000E\u000F"),
        ["NUL in a text"] = ArticleFile.At("Articles/bad.txt", "Headline\n\n[March 1, 2019]\n\nText\0.\n"),
        ["U+FFFD from bytes that were not UTF-8"] = ArticleFile.At("Articles/bad.txt", "Headline\n\n[March 1, 2019]\n\nCaf\uFFFD opens.\n"),
        ["read in a legacy code page"] = ArticleFile.At("Articles/bad.txt", "Headline\n\n[March 1, 2019]\n\nCaf\u00E9 opens.\n") with { Encoding = Encoding.Latin1 },
        ["lone high surrogate"] = ArticleFile.At("Articles/bad.txt", "Headline\n\n[March 1, 2019]\n\nA \uD800 B.\n"),
        ["lone low surrogate"] = ArticleFile.At("Articles/bad.txt", "Headline \uDC00\n"),
        ["over the size cap"] = ArticleFile.At("Articles/bad.txt", "Headline\n\n" + new string('x', (int)SizeCap)),
        ["over the size cap in UTF-8 bytes only"] = ArticleFile.At("Articles/bad.txt", "Headline\n\n" + new string('\u00E9', (int)SizeCap / 2)),
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task Unreadable_file_is_ART010_alone_and_gets_no_article(string name)
    {
        ArticleFile bad = Cases[name];
        var project = new TestProject(new[] { Good, bad }, Properties());

        Dictionary<string, string> generated = project.Generate();
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(project);

        Assert.Equal(new[] { "Articles.Part001.g.cs", "Articles.g.cs" }, generated.Keys.Order(System.StringComparer.Ordinal));
        Assert.DoesNotContain("Bad", generated["Articles.g.cs"]);
        Assert.DoesNotContain("Bad", generated["Articles.Part001.g.cs"]);
        Assert.Contains("Article Good => ", generated["Articles.Part001.g.cs"]);
        Diagnostic art010 = Assert.Single(diagnostics, d => d.Location.GetLineSpan().Path == bad.Path);
        Assert.True(art010.Id == "ART010", name + ": " + art010);
        Assert.DoesNotContain(diagnostics, d => d.Id == "ART010" && d.Location.GetLineSpan().Path == Good.Path);
    }

    [Fact]
    public void File_just_under_the_size_cap_is_an_article()
    {
        var under = ArticleFile.At("Articles/under.txt", "Headline\n\n" + new string('x', (int)SizeCap - 10));

        Assert.Contains("Article Under => ", new TestProject(new[] { under }, Properties()).Generate()["Articles.Part001.g.cs"]);
    }

    /// <summary>
    /// Ten thousand articles (the corpus over and over, about 14 MB of text) go through the generator in one run,
    /// as in a real build: no step tracking. Memory is reported, not asserted; nor is time.
    /// </summary>
    [Fact]
    public void Ten_thousand_articles_generate_without_running_out_of_memory()
    {
        const int Count = 10_000;
        var corpus = TestSupport.Corpus.All;
        var files = Enumerable.Range(0, Count)
            .Select(i => ArticleFile.At($"Articles/{i / 1000:D2}/{i:D5}-{System.IO.Path.GetFileName(corpus[i % corpus.Count].Path)}", corpus[i % corpus.Count].Text))
            .ToArray();
        long textBytes = files.Sum(f => (long)Encoding.UTF8.GetByteCount(f.Text));
        long before = System.GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();

        var project = new TestProject(files) { TrackSteps = false };
        GeneratorDriver driver = project.CreateDriver().RunGeneratorsAndUpdateCompilation(project.Compilation, out Compilation compilation, out var diagnostics);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        long afterRun = System.GC.GetTotalMemory(forceFullCollection: false);
        long generatedChars = result.GeneratedSources.Sum(s => (long)s.SourceText.Length);
        output.WriteLine($"{Count} articles, {textBytes / 1024 / 1024} MB of text -> {result.GeneratedSources.Length} files, {generatedChars / 1024 / 1024} M chars generated in {clock.Elapsed.TotalSeconds:F1} s");
        output.WriteLine($"managed heap: {before / 1024 / 1024} MB before, {afterRun / 1024 / 1024} MB after (driver and output alive); process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");

        Assert.Null(result.Exception);
        Assert.Empty(diagnostics);
        int parts = (Count + Model.ArticleNames.ArticlesPerPart - 1) / Model.ArticleNames.ArticlesPerPart;
        Assert.Equal(parts + 1, result.GeneratedSources.Length);
        Assert.Equal(parts + 1, compilation.SyntaxTrees.Count());
        Assert.Equal(parts + 1, result.GeneratedSources.Select(s => s.HintName).Distinct(System.StringComparer.OrdinalIgnoreCase).Count());
        string index = result.GeneratedSources.Single(s => s.HintName == "Articles.g.cs").SourceText.ToString();
        Assert.Equal(Count, IncrementalityTests.IndexEntries(index));
        System.GC.KeepAlive(driver);
    }

    /// <summary>Names and settings that look like code become plain identifiers; the project compiles and nothing runs.</summary>
    [Fact]
    public void Code_looking_names_and_settings_stay_names()
    {
        var properties = TestProject.DefaultProperties();
        properties["ArticleGenNamespace"] = "Evil; class X { } namespace Y";
        properties["ArticleGenClassName"] = "A\"; static void M() { } //";
        string[] badNames =
        {
            "\"; System.Diagnostics.Process.Start(\"x\"); \"",
            "*/ #line 1 \"x\"",
            "#error boom",
            "cl\\u0061ss",
            "\"\"\"",
        };
        var project = new TestProject(
            badNames.Select((n, i) => ArticleFile.At($"Articles/n{i}.txt", "Headline " + n + "\n\n[March 1, 2019]\n\n" + n + "\n", name: n))
                .Append(ArticleFile.At("Articles/*; Process.Start(x); /*.txt", "X\n"))
                .Append(ArticleFile.At("Articles/#line 1 \"x\".txt", "Y\n")),
            properties);

        Assembly consumer = project.CompileAndLoad();

        System.Type type = consumer.GetTypes().Single(t => t.GetProperty("All") is not null);
        output.WriteLine(type.FullName);
        var all = (IReadOnlyList<Article>)type.GetProperty("All")!.GetValue(null)!;
        Assert.Equal(badNames.Length + 2, all.Count);
        Assert.All(all, a => Assert.True(Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(a.Name), a.Name));
        Assert.Subset(all.Select(a => a.Headline).ToHashSet(), badNames.Select(n => "Headline " + n).ToHashSet());
        Assert.Equal("EvilclassXnamespaceY.AstaticvoidM", type.FullName);
        Assert.DoesNotContain(consumer.GetTypes(), t => t.Name is "X" or "Y");
    }

    private static Dictionary<string, string> Properties()
    {
        var properties = TestProject.DefaultProperties();
        properties["ArticleGenMaxFileSize"] = SizeCap.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return properties;
    }

    /// <summary>The analyzer over the same files and options the generator saw.</summary>
    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(TestProject project)
    {
        var options = new AnalyzerOptions(project.AdditionalTexts.ToImmutableArray(), project.Options);
        ImmutableArray<Diagnostic> diagnostics = await project.Compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ArticleAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }
}
