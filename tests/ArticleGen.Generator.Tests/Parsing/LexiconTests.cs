using ArticleGen.Generator.Parsing;
using Xunit;

namespace ArticleGen.Generator.Tests.Parsing;

/// <summary>What the word lists promise the code that reads them.</summary>
public class LexiconTests
{
    /// <summary>Byline's quick line test looks for an opening's last word and a space: an opening without it would go unseen.</summary>
    [Fact]
    public void Every_byline_opening_ends_with_a_space() =>
        Assert.All(NameWords.BylineOpenings, opening => Assert.EndsWith(" ", opening));
}
