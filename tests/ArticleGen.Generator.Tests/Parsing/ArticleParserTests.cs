using System.Linq;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using ArticleGen.Generator.Tests.TestSupport;
using Xunit;

namespace ArticleGen.Generator.Tests.Parsing;

public class ArticleParserTests
{
    private const string Clean = """
        Russian team arrives in Caracas
        [March 28, 2019]

        MOSCOW (Reuters) - Members of the Russian military
        have arrived in Venezuela.

        A spokeswoman said Russia had sent a team.

        (Reporting by Maxim Rodionov; Editing by Raissa Kasolowsky)

        Copyright 2019 Reuters. All rights reserved.
        """;

    [Fact]
    public void A_clean_article_parses_into_every_field_with_no_findings()
    {
        ParseResult result = ArticleParser.Parse(Clean);

        ParsedArticle article = result.Article;
        Assert.Equal("Russian team arrives in Caracas", article.Headline);
        Assert.Equal(new PublicationDate(2019, 3, 28), article.Published);
        Assert.Equal(new DatelineSpec("MOSCOW", null, null, "Reuters", "MOSCOW (Reuters) -", false), article.Dateline);
        Assert.Equal(new[] { "Members of the Russian military have arrived in Venezuela.", "A spokeswoman said Russia had sent a team." }, article.Paragraphs);
        Assert.Equal(new[] { "Maxim Rodionov" }, article.Credits!.Reporting);
        Assert.Equal("Copyright 2019 Reuters. All rights reserved.", article.Copyright);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void The_seed_reports_each_marker_at_its_exact_line_and_column()
    {
        CorpusFile seed = Corpus.Get("seed/russian-military-team-arrived-in-caracas");

        ParseResult result = ArticleParser.Parse(seed.Text);

        string[] markers = result.Findings.Select(f => $"{Position(seed.Text, f.Span.Start)} {f.Subject}").ToArray();
        Assert.Equal(new[] { "1:1 |", "4:4 Send a link to a friend", "35:2 [to top of second column]", "36:2 |", "55:61 |" }, markers);
    }

    [Fact]
    public void A_malformed_dateline_is_reported_at_the_dateline()
    {
        string text = "Headline\n[March 13, 1987]\n\n\t\tQUITO, March 13 -Construction workers began.\n\n(Reporting by A B)\n";

        Finding finding = Assert.Single(ArticleParser.Parse(text).Findings);

        Assert.Equal(DiagnosticIds.MalformedDateline, finding.Id);
        Assert.Equal("4:3", Position(text, finding.Span.Start));
        Assert.Equal("QUITO, March 13 -", text.Substring(finding.Span.Start, finding.Span.Length));
    }

    [Theory]
    [InlineData("Headline\n[March 3, 2005]\n\nBarclays, the UK's third-biggest bank, has seen profits climb.\n\nBy the way.\n", DiagnosticIds.MissingDateline)]
    [InlineData("Headline\n[March 3, 2005]\n\nLONDON - Profits climbed.\n", DiagnosticIds.MissingCredits)]
    [InlineData("[March 3, 2005]\n\nLONDON - Profits climbed.\n\n(Reporting by A B)\n", DiagnosticIds.MissingHeadline)]
    [InlineData("Headline\n\nLONDON - Profits climbed.\n\n(Reporting by A B)\n", DiagnosticIds.MissingPublicationDate)]
    [InlineData("Headline\n[Marhc 3, 2005]\n\nLONDON - Profits climbed.\n\n(Reporting by A B)\n", DiagnosticIds.MissingPublicationDate)]
    [InlineData("Headline\n[March 3, 2005]\n\nLONDON, March 9 - Profits climbed.\n\n(Reporting by A B)\n", DiagnosticIds.DatelineDateDisagrees)]
    public void Reports_what_is_missing_or_wrong(string text, string id)
    {
        Assert.Contains(ArticleParser.Parse(text).Findings, f => f.Id == id);
    }

    [Theory]
    [InlineData("[MARCH 2, 1987]", "March 3")]
    [InlineData("[December 31, 2004]", "Jan 1")]
    [InlineData("[January 1, 2005]", "Dec 31")]
    public void A_dateline_one_day_off_is_normal_across_time_zones(string dateLine, string datelineDate)
    {
        string text = $"Headline\n{dateLine}\n\nBRUSSELS, {datelineDate} - Ministers met.\n\n(Reporting by A B)\n";

        Assert.Empty(ArticleParser.Parse(text).Findings);
    }

    [Theory]
    [MemberData(nameof(Corpus.Names), MemberType = typeof(Corpus))]
    public void Line_endings_and_a_byte_order_mark_do_not_change_the_fields(string name)
    {
        string lf = Corpus.Get(name).Text.Replace("\r\n", "\n");
        ParsedArticle expected = ArticleParser.Parse(lf).Article;

        Assert.Equal(expected, ArticleParser.Parse(lf.Replace("\n", "\r\n")).Article);
        Assert.Equal(expected, ArticleParser.Parse(lf.Replace("\n", "\r")).Article);
        Assert.Equal(expected, ArticleParser.Parse("\uFEFF" + lf).Article);
    }

    private static string Position(string text, int offset)
    {
        int line = 1 + text.Take(offset).Count(c => c == '\n');
        int column = offset - (text.LastIndexOf('\n', System.Math.Max(0, offset - 1)) + 1) + 1;
        return $"{line}:{column}";
    }
}
