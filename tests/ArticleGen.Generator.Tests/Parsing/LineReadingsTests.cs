using System.Collections.Generic;
using System.Linq;
using ArticleGen.Generator.Parsing;
using Xunit;

namespace ArticleGen.Generator.Tests.Parsing;

/// <summary>
/// The header's readings of a line are kept from one reading of the page to the next by the line's place in the file
/// (<see cref="LineReadings"/>): a line that moves up when the chrome above it is cut must not get the answer of the
/// line that stood at its new place before.
/// </summary>
public class LineReadingsTests
{
    // "Subscribe now" (13 characters) is cut as chrome: the byline then stands where the date line, as long as it,
    // stood in the first reading, 13 characters further up.
    private const string Page =
        "Subscribe now\n\n" +
        "Storm floods the old harbour town overnight\n\n" +
        "May 3, 2019\n\n" +
        "By Jane Doe\n\n" +
        "The storm arrived late on Tuesday and flooded the old harbour town, where the water rose above the quay and into\n" +
        "the streets of the lower town before anyone could move the boats, the mayor said on Wednesday morning.\n\n" +
        "Residents said they had never seen the water so high, and the town council opened the school hall for the\n" +
        "families whose houses were flooded, with blankets, food and dry clothes for the night.\n";

    [Fact]
    public void A_line_that_moves_up_is_read_for_itself()
    {
        using var buffer = new CharBuffer();
        PageMap first = PageMap.Build(Page, PageReading.WholePage, buffer);
        int dateLine = LineOf(first, "May 3, 2019");
        Assert.Null(first.BylineOn(dateLine, nameAlone: false));

        ArticleHeader.Result header = ArticleHeader.Read(first, new List<Finding>());
        PageMap second = first.WithoutChrome(first.Settle(header.BodyStart, header.Lines, bodyToTheEnd: false));
        int byline = LineOf(second, "By Jane Doe");

        Assert.Equal(first.Lines[dateLine].ContentStart, second.Lines[byline].ContentStart); // the same place in the page's text
        Assert.Equal("Jane Doe", second.BylineOn(byline, nameAlone: false));
        Assert.Null(second.BylineOn(LineOf(second, "May 3, 2019"), nameAlone: false));
    }

    [Fact]
    public void Every_line_reads_as_it_would_read_alone()
    {
        using var buffer = new CharBuffer();
        PageMap first = PageMap.Build(Page, PageReading.WholePage, buffer);
        for (int n = 0; n < first.Lines.Count; n++)
        {
            first.BylineOn(n, nameAlone: false);
            first.DateOn(n);
            first.BylineOpeningOn(n);
        }

        ArticleHeader.Result header = ArticleHeader.Read(first, new List<Finding>());
        PageMap second = first.WithoutChrome(first.Settle(header.BodyStart, header.Lines, bodyToTheEnd: false));
        for (int n = 0; n < second.Lines.Count; n++)
        {
            Assert.Equal(Byline.Read(second.Text, second.Lines[n], nameAlone: false), second.BylineOn(n, nameAlone: false));
            Assert.Equal(PublishedDate.Read(second.Text, second.Lines[n]), second.DateOn(n));
            Assert.Equal(Byline.ReadOpening(second.Text, second.Lines[n]), second.BylineOpeningOn(n));
        }
    }

    private static int LineOf(PageMap page, string content) =>
        Enumerable.Range(0, page.Lines.Count).Single(n => page.Text.Substring(page.Lines[n].ContentStart, page.Lines[n].ContentLength) == content);
}
