using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using ArticleGen.Generator.Tests.TestSupport;
using ArticleGen.Tool.Tests.TestSupport;
using Xunit;

namespace ArticleGen.Tool.Tests;

/// <summary><c>articlegen fix</c>: what it changes, what it leaves, how it writes, and the round trip on the whole corpus.</summary>
public class FixTests
{
    [Fact]
    public void Fix_applies_every_fix_and_says_what_it_did()
    {
        using var folder = new TempFolder();
        string path = folder.File("geneva.txt", Samples.Dirty);

        ToolRun run = Articlegen.Run(folder.Path, "fix", "geneva.txt");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("geneva.txt: fixed 1 ART001, 1 ART005, 1 ART011\n", run.Output);
        Assert.Equal("1 of 1 file changed", run.Errors.Trim());
        Assert.Equal(Samples.DirtyFixed, File.ReadAllText(path));
    }

    [Fact]
    public void Only_applies_the_named_fixes()
    {
        using var folder = new TempFolder();
        string path = folder.File("geneva.txt", Samples.Dirty);

        Articlegen.Run(folder.Path, "fix", "geneva.txt", "--only", "ART005");

        Assert.Equal(Samples.Dirty.Replace("Send a link to a friend\n", string.Empty), File.ReadAllText(path));
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_changes_nothing_and_exits_1()
    {
        using var folder = new TempFolder();
        string path = folder.File("geneva.txt", Samples.Dirty);

        ToolRun run = Articlegen.Run(folder.Path, "fix", "geneva.txt", "--dry-run");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            """
            --- a/geneva.txt
            +++ b/geneva.txt
            @@ -1,9 +1,8 @@
             Geneva lake swim draws record crowd
             [July 4, 2019]
             
            -Geneva (Reuters) -More than 2,000 swimmers crossed the lake on Thursday, the organisers said.
            -Send a link to a friend
            +GENEVA (Reuters) - More than 2,000 swimmers crossed the lake on Thursday, the organisers said.
             
            -The race started at dawn &amp; ended before noon.
            +The race started at dawn & ended before noon.
             
             (Reporting by Jane Doe; Editing by John Roe)

            """,
            run.Output);
        Assert.Equal(Samples.Dirty, File.ReadAllText(path));
    }

    [Fact]
    public void Dry_run_on_clean_files_prints_nothing_and_exits_0()
    {
        using var folder = new TempFolder();
        folder.File("geneva.txt", Samples.Clean);

        ToolRun run = Articlegen.Run(folder.Path, "fix", ".", "--dry-run");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Output));
    }

    [Fact]
    public void Fix_keeps_the_byte_order_mark_and_CRLF_line_endings()
    {
        using var folder = new TempFolder();
        byte[] bom = [0xEF, 0xBB, 0xBF];
        string path = folder.Bytes("geneva.txt", [.. bom, .. Encoding.UTF8.GetBytes(Samples.Dirty.Replace("\n", "\r\n"))]);

        Articlegen.Run(folder.Path, "fix", "geneva.txt");

        Assert.Equal([.. bom, .. Encoding.UTF8.GetBytes(Samples.DirtyFixed.Replace("\n", "\r\n"))], File.ReadAllBytes(path));
    }

    [Fact]
    public void Fix_keeps_UTF16_and_its_byte_order_mark()
    {
        using var folder = new TempFolder();
        string path = folder.Bytes("geneva.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Samples.Dirty)]);

        Articlegen.Run(folder.Path, "fix", "geneva.txt");

        Assert.Equal([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Samples.DirtyFixed)], File.ReadAllBytes(path));
    }

    [Fact]
    public void Files_that_need_no_fix_are_not_written()
    {
        using var folder = new TempFolder();
        string clean = folder.File("clean.txt", Samples.Clean);
        string onlyDateline = folder.File("dateline.txt", Samples.Dirty);
        var past = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(clean, past);
        File.SetLastWriteTimeUtc(onlyDateline, past);

        ToolRun run = Articlegen.Run(folder.Path, "fix", ".", "--only", "ART001");

        Assert.Equal("dateline.txt: fixed 1 ART001\n", run.Output);
        Assert.Equal(past, File.GetLastWriteTimeUtc(clean));
        Assert.NotEqual(past, File.GetLastWriteTimeUtc(onlyDateline));
    }

    [Fact]
    public void Unreadable_files_are_left_alone()
    {
        using var folder = new TempFolder();
        byte[] latin1 = [.. "Caf"u8, 0xE9, .. "\n[July 4, 2019]\n\nSend a link to a friend\n"u8];
        string path = folder.Bytes("latin1.txt", latin1);

        ToolRun run = Articlegen.Run(folder.Path, "fix", "latin1.txt");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(latin1, File.ReadAllBytes(path));
    }

    /// <summary>
    /// Removing chrome (ART005) from every corpus file changes no field the parser reads and raises nothing new, and it
    /// deletes only the marker spans the parser reported, and whitespace. (Whether the parser reads the fields the
    /// corpus labels is the parser tests' concern; here it is what the fix must not change.)
    /// </summary>
    [Fact]
    public void Removing_chrome_from_the_whole_corpus_keeps_every_field()
    {
        using var folder = new TempFolder();
        IReadOnlyList<CopiedArticle> corpus = CorpusFolders.CopyTo(folder.Path);

        ToolRun run = Articlegen.Run(folder.Path, "fix", ".", "--only", "ART005");

        Assert.Equal(0, run.ExitCode);
        Assert.All(corpus, file =>
        {
            string fixedText = File.ReadAllText(file.Path);
            ParseResult original = ArticleParser.Parse(file.Original);
            if (!original.Findings.Any(f => f.Id == DiagnosticIds.TextSetAside))
            {
                // Text set aside stays in the fixed file and may read differently there without the chrome around it;
                // where there is none, the fixed file reads exactly as the page did.
                Dictionary<string, string> expected = FieldComparison.Actual(original);
                expected["diagnostics"] = string.Join(", ", expected["diagnostics"].Split(", ").Where(id => id != DiagnosticIds.LeftoverLayoutMarker));
                Dictionary<string, string> actual = FieldComparison.Actual(ArticleParser.Parse(fixedText));
                Assert.All(FieldComparison.Fields, field => Assert.Equal($"{file.Name} {field}: {expected[field]}", $"{file.Name} {field}: {actual[field]}"));
            }

            // The fix removes exactly the chrome spans of the page's reading, and nothing else.
            var cut = new StringBuilder(file.Original);
            foreach (Finding marker in original.Findings.Where(f => f.Id == DiagnosticIds.LeftoverLayoutMarker).OrderByDescending(f => f.Span.Start))
            {
                cut.Remove(marker.Span.Start, marker.Span.Length);
            }

            Assert.Equal(WithoutWhitespace(cut.ToString()), WithoutWhitespace(fixedText));
        });
    }

    /// <summary>Every fix on every corpus file: headlines, dates and bylines stay, no chrome or malformed dateline is left, and a second run changes no byte.</summary>
    [Fact]
    public void Fixing_the_whole_corpus_twice_changes_nothing_the_second_time()
    {
        using var folder = new TempFolder();
        IReadOnlyList<CopiedArticle> corpus = CorpusFolders.CopyTo(folder.Path);

        ToolRun first = Articlegen.Run(folder.Path, "fix", ".");
        Dictionary<string, byte[]> afterFirst = corpus.ToDictionary(f => f.Path, f => File.ReadAllBytes(f.Path));
        ToolRun second = Articlegen.Run(folder.Path, "fix", ".");

        Assert.Equal(0, first.ExitCode);
        Assert.NotEqual(string.Empty, first.Output);
        Assert.Equal(0, second.ExitCode);
        Assert.All(corpus, file =>
        {
            // Text set aside stays and may read differently without the chrome around it; elsewhere a second run
            // changes no byte.
            if (!ArticleParser.Parse(file.Original).Findings.Any(f => f.Id == DiagnosticIds.TextSetAside))
            {
                Assert.Equal(afterFirst[file.Path], File.ReadAllBytes(file.Path));
            }

            string fixedText = File.ReadAllText(file.Path);
            ParseResult parsed = ArticleParser.Parse(fixedText);
            ParseResult original = ArticleParser.Parse(file.Original);
            ParsedArticle before = original.Article;
            if (!original.Findings.Any(f => f.Id == DiagnosticIds.TextSetAside))
            {
                Assert.Equal((file.Name, before.Headline, before.Byline, before.Published), (file.Name, parsed.Article.Headline, parsed.Article.Byline, parsed.Article.Published));
            }

            // Every word of the article the page read is still in the file after the first fix, but the markup the
            // entity fix removes (an escaped tag's name and attributes).
            var left = new HashSet<string>(ArticleWords.Of(Encoding.UTF8.GetString(afterFirst[file.Path])));
            var markup = new HashSet<string>(original.Findings.Where(f => f.Id == DiagnosticIds.LeftoverMarkup)
                .SelectMany(f => ArticleWords.Of(file.Original.Substring(f.Span.Start, f.Span.Length))));
            Assert.Empty(before.Paragraphs.Append(before.Headline).SelectMany(ArticleWords.Of)
                .Where(w => !left.Contains(w) && !markup.Contains(w)).Distinct());
            Assert.DoesNotContain(parsed.Findings, f => f.Id is DiagnosticIds.MalformedDateline);
        });
    }

    [Fact]
    public void The_corpus_reaches_the_test_output()
    {
        Assert.Contains("seed", CorpusFolders.Names);
        Assert.Contains("synth", CorpusFolders.Names);
    }

    private static string WithoutWhitespace(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
