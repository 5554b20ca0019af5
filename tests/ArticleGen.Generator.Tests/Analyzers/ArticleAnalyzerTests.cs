using System.Threading.Tasks;
using ArticleGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ArticleGen.Generator.Tests.Analyzers;

/// <summary>
/// Diagnostics at their exact spans in the .txt, checked with Analyzer.Testing markup: <c>{|ART005:marker|}</c>.
/// The markers and markup have a predictable span (the offending text itself); for the others see <see cref="CatalogueTests"/>.
/// </summary>
public class ArticleAnalyzerTests
{
    [Fact]
    public Task Clean_article_raises_nothing() => AnalyzerVerifier.VerifyArticleAsync("clean.txt", Articles.Clean);

    [Theory]
    [InlineData("Send a link to a friend")]
    [InlineData("[to top of second column]")]
    [InlineData("(click on image for larger version)")]
    [InlineData("|")]
    public Task Layout_marker_on_its_own_line(string marker) =>
        AnalyzerVerifier.VerifyArticleAsync("marker.txt", Articles.WithBetweenParagraphs(" {|ART005:" + marker + "|}\n\n"));

    [Fact]
    public Task Layout_marker_wrapped_over_two_lines_is_one_diagnostic() =>
        AnalyzerVerifier.VerifyArticleAsync(
            "wrapped.txt",
            Articles.WithBetweenParagraphs("{|ART005:[to top of second column in this\narticle]|}\n\n"));

    [Fact]
    public Task Layout_markers_in_the_ldn2019_page_chrome() =>
        AnalyzerVerifier.VerifyArticleAsync(
            "ldn2019.txt",
            "{|ART005:||} \n" +
            "\t\t" + Articles.Headline + " \n" +
            "\t\t {|ART005:Send a link to a friend|} \n" +
            "\t\t\n" +
            "\t\t [March 28, 2019]\u00A0\n" +
            "\t\tMOSCOW (Reuters) - Members of the Russian military have arrived in\n" +
            "\t\tVenezuela but will not take part in military operations.\n" +
            " \n" +
            " {|ART005:[to top of second column]|}\n" +
            " {|ART005:||} \n" +
            " " + Articles.Body +
            " \n" +
            "\t\t\t" + Articles.Credits);

    [Fact]
    public async Task Layout_marker_message_names_the_marker()
    {
        var test = AnalyzerVerifier.Create();
        test.TestState.AdditionalFiles.Add((AnalyzerVerifier.ArticlesFolder + "m.txt", Articles.WithBetweenParagraphs("[to top of second column]\n\n")));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.LeftoverLayoutMarker)
            .WithSpan(AnalyzerVerifier.ArticlesFolder + "m.txt", 8, 1, 8, 26)
            .WithArguments("[to top of second column]", string.Empty)
            .WithMessage("Leftover layout marker '[to top of second column]'"));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("&amp;")]
    [InlineData("&#39;")]
    [InlineData("#39;")]
    [InlineData("quot;")]
    [InlineData("</A>")]
    [InlineData("<br>")]
    public Task Leftover_markup(string markup) =>
        AnalyzerVerifier.VerifyArticleAsync("markup.txt", Articles.Clean.Replace("had sent a team", "had sent {|ART011:" + markup + "|} a team"));

    [Fact]
    public Task Tag_with_attributes_is_leftover_markup_but_the_ticker_inside_is_content() =>
        AnalyzerVerifier.VerifyArticleAsync(
            "tag.txt",
            Articles.Clean.Replace("had sent a team", "had sent {|ART011:<A HREF=\"http://www.investor.reuters.com/FullQuote.aspx?ticker=AYI.N\">|}AYI.N{|ART011:</A>|} a team"));

    [Theory]
    [InlineData("<ENDO>")]
    [InlineData("<AAPL.O>")]
    [InlineData("<I>")]
    [InlineData("<Warburg, Pincus Capital Corp>")]
    public Task Ticker_symbols_in_angle_brackets_are_content(string ticker) =>
        AnalyzerVerifier.VerifyArticleAsync("ticker.txt", Articles.Clean.Replace("the Russian foreign ministry", "the Russian foreign ministry " + ticker));
}
