using ArticleGen.Generator.Inputs;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ArticleGen.Generator.Tests.Analyzers;

/// <summary>The size cap counts UTF-8 bytes, as the file takes on disk (without a BOM).</summary>
public class ArticleSizeLimitTests
{
    [Theory]
    [InlineData("abc", 3, false)]
    [InlineData("abcd", 3, true)]
    [InlineData("\u00E9\u00E9", 4, false)] // two bytes each
    [InlineData("\u00E9\u00E9", 3, true)]
    [InlineData("\u20AC", 3, false)] // three bytes
    [InlineData("\u20AC", 2, true)]
    [InlineData("\U0001F600", 4, false)] // a surrogate pair is four bytes, not six
    [InlineData("\U0001F600", 3, true)]
    public void Counts_utf8_bytes(string text, long max, bool exceeds) => Assert.Equal(exceeds, ArticleSizeLimit.Exceeds(SourceText.From(text), max));

    [Fact]
    public void Surrogate_pair_across_a_chunk_boundary_counts_four_bytes()
    {
        string text = new string('\u00E9', 4095) + "\U0001F600"; // the pair starts at the last char of the first 4096-char chunk
        long bytes = (4095 * 2) + 4;
        Assert.False(ArticleSizeLimit.Exceeds(SourceText.From(text), bytes));
        Assert.True(ArticleSizeLimit.Exceeds(SourceText.From(text), bytes - 1));
    }
}
