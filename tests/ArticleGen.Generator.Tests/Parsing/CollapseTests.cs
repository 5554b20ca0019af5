using ArticleGen.Generator.Parsing;
using Xunit;

namespace ArticleGen.Generator.Tests.Parsing;

/// <summary>
/// <see cref="Text.Collapse(string, int, int)"/> finds line breaks and tabs, double spaces and whitespace beyond ASCII
/// each by a search of its own: every kind, and a lone space before each, collapses to one space wherever it stands.
/// </summary>
public class CollapseTests
{
    [Theory]
    [InlineData("a b", "a b")]
    [InlineData("a  b", "a b")]
    [InlineData("a \n\t\tb", "a b")]
    [InlineData("a\tb\vc\fd\re\nf", "a b c d e f")]
    [InlineData("a\u00A0b \u00A0c\u00A0 d", "a b c d")]
    [InlineData("a\u2009b \u3000c\uFEFFd\u200Be\u0085f\u2028g", "a b c d e f g")]
    [InlineData("  \t a  \u00A0\n b \n ", "a b")]
    [InlineData("é ü\u00A0ж", "é ü ж")]
    [InlineData(" \u00A0\n", "")]
    public void Every_run_of_whitespace_is_one_space(string text, string collapsed)
    {
        Assert.Equal(collapsed, Text.Collapse(text, 0, text.Length));
        Assert.Equal(collapsed, Text.Collapse(text, 0, text.Length, new CharBuffer()));
    }

    [Theory]
    [InlineData("Reporting by  Jane\n\t\tDoe ; Editing by John", "Reporting by Jane Doe ; Editing by John")]
    [InlineData("x", "x")]
    public void A_text_known_to_be_ASCII_collapses_the_same(string text, string collapsed) =>
        Assert.Equal(collapsed, Text.Collapse(text, 0, text.Length, new CharBuffer(), spacesBeyondAscii: false));

    [Fact]
    public void A_part_of_a_text_collapses_alone() =>
        Assert.Equal("b c", Text.Collapse("a  b \n c  d", 2, 8));
}
