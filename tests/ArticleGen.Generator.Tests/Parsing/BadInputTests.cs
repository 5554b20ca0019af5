using System;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using ArticleGen.Generator.Parsing;
using Xunit;
using Xunit.Abstractions;

namespace ArticleGen.Generator.Tests.Parsing;

/// <summary>Bad input gets an answer, never an exception: every case gives a result with findings.</summary>
public class BadInputTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Inputs => new()
    {
        { "empty", "" },
        { "whitespace only", " \t\r\n\u00A0\n  " },
        { "single huge line", new string('x', 2_000_000) },
        { "NUL characters", "Headline\0\0\0\n[March 3, 2005]\nText\0" },
        { "U+FFFD from bad encoding", "Headline\n[March 3, 2005]\n\nCaf\uFFFD opens.\n" },
        { "lone high surrogate", "Headline\n[March 3, 2005]\n\nA \uD800 B.\n" },
        { "lone low surrogate", "Headline \uDC00\n" },
        { "CRLF", "Headline\r\n[March 3, 2005]\r\n\r\nLONDON - Text.\r\n" },
        { "CR only", "Headline\r[March 3, 2005]\r\rLONDON - Text.\r" },
        { "BOM", "\uFEFFHeadline\n[March 3, 2005]\n\nLONDON - Text.\n" },
        { "only a BOM", "\uFEFF" },
        { "only markers", "| \n Send a link to a friend \n[to top of second column]\n |" },
        { "unclosed everything", "[[[[ (((( <<<< &&&& [to top of (click on image [March" },
        { "line separators", "Headline\u2028[March 3, 2005]\u2029LONDON - Text.\u0085" },
        { "a bare By line (found by AFL++)", "By " },
        { "Arabic-Indic digits in a dateline date (found by AFL++)", "Headline\n[March 3, 2005]\n\nLONDON, Feb \u0662 - Text.\n" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Gives_a_result_with_findings_whose_spans_lie_inside_the_text(string name, string text)
    {
        ParseResult result = ArticleParser.Parse(text);

        Assert.False(result.Findings.IsEmpty, name);
        Assert.All(result.Findings, f => Assert.InRange(f.Span.Start, 0, text.Length));
        Assert.All(result.Findings, f => Assert.InRange(f.Span.End, f.Span.Start, text.Length));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("Headline\0\n")]
    [InlineData("Caf\uFFFD")]
    [InlineData("A \uD800 B")]
    public void Unreadable_text_is_ART010_and_nothing_else(string text)
    {
        Finding finding = Assert.Single(ArticleParser.Parse(text).Findings);

        Assert.Equal(DiagnosticIds.UnreadableArticleFile, finding.Id);
    }

    /// <summary>
    /// The text is tested a stretch of characters at a time (as many as a vector holds, 8 to 64): a bad character is
    /// found at its exact offset wherever it stands in or across a stretch, and a surrogate pair that spans two
    /// stretches is no unpaired surrogate.
    /// </summary>
    [Theory]
    [InlineData('\0', "binary")]
    [InlineData('\uFFFD', "replacement")]
    [InlineData('\uD800', "unpaired")]
    [InlineData('\uDC00', "unpaired")]
    public void A_bad_character_is_found_at_its_offset_wherever_it_stands(char bad, string says)
    {
        // Letters beyond ASCII ("é"), as on a real page: each stretch but the bad character's is passed over at once.
        string page = "Caf\u00E9 " + new string('\u00E9', 140);
        for (int at = 0; at < 140; at++)
        {
            string text = page.Substring(0, at) + bad + page.Substring(at + 1);
            Finding finding = Assert.Single(ArticleParser.Parse(text).Findings);

            Assert.Equal(DiagnosticIds.UnreadableArticleFile, finding.Id);
            Assert.Equal(at, finding.Span.Start);
            Assert.Contains(says, finding.Detail);
        }
    }

    [Fact]
    public void A_surrogate_pair_across_two_stretches_is_well_formed()
    {
        string page = "Headline \u00E9\n\n" + new string('x', 140) + ".\n";
        for (int at = 0; at < 140; at++)
        {
            string text = page.Substring(0, at) + "\U0001F600" + page.Substring(at + 2);

            Assert.DoesNotContain(ArticleParser.Parse(text).Findings, f => f.Id == DiagnosticIds.UnreadableArticleFile);
        }
    }

    /// <summary>
    /// A hang guard, not a timing test: a parser with a super-linear step would take minutes on these 5 MB inputs.
    /// Throughput is measured in the benchmarks.
    /// </summary>
    [Theory]
    [InlineData("[")]
    [InlineData("(")]
    [InlineData("|")]
    [InlineData("[to top of ")]
    [InlineData("(Reporting by ")]
    [InlineData("<A HREF=")]
    [InlineData("&#")]
    [InlineData("REUTERS/")]
    [InlineData("[March\n")]
    [InlineData("| \n")]
    [InlineData("A\n")]
    public async Task Pathological_5_MB_inputs_parse_without_blowing_up(string unit)
    {
        string text = string.Concat(Enumerable.Repeat(unit, (5 * 1024 * 1024) / unit.Length));
        var clock = Stopwatch.StartNew();

        Task<ParseResult> parse = Task.Run(() => ArticleParser.Parse(text));
        bool finished = await Task.WhenAny(parse, Task.Delay(TimeSpan.FromSeconds(60))) == parse;

        output.WriteLine($"{unit.Replace("\n", "\\n")} x {text.Length / unit.Length}: {clock.ElapsedMilliseconds} ms");
        Assert.True(finished, "the parser did not finish within 60 s on 5 MB");
        ParseResult result = await parse; // a parser that threw fails here, with its exception
        Assert.All(result.Findings, f => Assert.InRange(f.Span.End, f.Span.Start, text.Length));
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        var cancelled = new System.Threading.CancellationToken(canceled: true);

        Assert.Throws<OperationCanceledException>(() => ArticleParser.Parse("Headline\n[March 3, 2005]\n\nText.\n", cancelled));
    }
}
