using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using Xunit;

namespace ArticleGen.Generator.Tests.Parsing;

public class PublicationDateLineTests
{
    [Theory]
    [InlineData("[March 28, 2019]", 2019, 3, 28)]
    [InlineData("[OCT. 11, 2000]  WASHINGTON - Lede", 2000, 10, 11)]
    [InlineData("[NOV.\n7, 2001] Lede", 2001, 11, 7)]
    [InlineData("[SEPT. 8, 2004]", 2004, 9, 8)]
    [InlineData("[MARCH\r\n11, 1987] WASHINGTON", 1987, 3, 11)]
    [InlineData("[February 29, 2004]", 2004, 2, 29)]
    public void Reads_the_bracket_forms(string text, int year, int month, int day)
    {
        PublicationDateLine.Match? match = PublicationDateLine.Read(text, 0);

        Assert.NotNull(match);
        Assert.Equal(new PublicationDate(year, month, day), match.Value.Date);
        Assert.Equal(']', text[match.Value.Span.End - 1]);
    }

    [Theory]
    [InlineData("[Marhc 28, 2019]")]
    [InlineData("[March 32, 2019]")]
    [InlineData("[MRACH\n9, 1987]")]
    [InlineData("[February 29, 2005]")]
    public void A_bracket_that_cannot_be_read_is_still_the_date_line_without_a_date(string text)
    {
        PublicationDateLine.Match? match = PublicationDateLine.Read(text, 0);

        Assert.NotNull(match);
        Assert.Null(match.Value.Date);
        Assert.Equal(text.Length, match.Value.Span.Length);
    }

    [Theory]
    [InlineData("[to top of second column]")]
    [InlineData("[March 28]")]
    [InlineData("[March\n\n28, 2019]")]
    public void Other_brackets_are_no_date_line(string text) => Assert.Null(PublicationDateLine.Read(text, 0));
}
