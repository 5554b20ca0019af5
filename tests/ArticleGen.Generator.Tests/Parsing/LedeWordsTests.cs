using System;
using System.Collections.Generic;
using ArticleGen.Generator.Parsing;
using Xunit;

namespace ArticleGen.Generator.Tests.Parsing;

/// <summary>What a headline's words are found by in the lede: their stems, the first six letters, ignoring case (ordinal).</summary>
public class LedeWordsTests
{
    private static readonly string[] Stems =
    {
        "Trump", "trump", "TRUMP", "state", "STATE", "\u017Ftate", "Kelvin", "\u212Aelvin", "kelvin", "Istan", "\u0131stan",
        "\u0130stan", "istan", "\u00C9cole", "\u00E9cole", "ECOLE", "\u041C\u043E\u0441\u043A\u0432\u0430", "\u043C\u043E\u0441\u043A\u0432\u0430",
        "news", "headl", "Straße", "STRASS",
    };

    [Fact]
    public void Finds_a_stem_where_an_ordinal_ignore_case_comparison_finds_it()
    {
        // Every stem here is a whole word of six letters or fewer: the word is its own stem.
        foreach (string inLede in Stems)
        {
            var lede = new LedeWords("(" + inLede + ")");
            foreach (string asked in Stems)
            {
                Assert.True(string.Equals(inLede, asked, StringComparison.OrdinalIgnoreCase) == lede.HasStem(" " + asked + " ", 1, asked.Length), $"{inLede} / {asked}");
            }
        }
    }

    [Theory]
    [InlineData("Trump's visit", "Trump", true)] // a stem shorter than six letters is a whole word
    [InlineData("the trumpet sounded", "Trump", false)]
    [InlineData("the kelvinator", "Kelvin", true)] // six letters open a longer word
    [InlineData("untrump", "trump", false)] // inside a word is no word of the lede
    [InlineData("untrump, then trump", "trump", true)] // found at a word's start after that
    public void Finds_a_stem_that_opens_a_word_of_the_lede(string lede, string stem, bool found)
    {
        Assert.Equal(found, new LedeWords(lede).HasStem(stem, 0, stem.Length));
    }

    [Fact]
    public void Counts_the_share_of_words_of_four_letters_or_more()
    {
        // "The" and "big" are too short to count; "Trump" is in the lede, "rally" is not.
        Assert.Equal(0.5, new LedeWords("Trump spoke.").ShareOf("The big Trump rally"));
        Assert.Equal(1, new LedeWords("the kelvinator").ShareOf("Kelvinators"));
        Assert.Equal(0, new LedeWords("Trump spoke.").ShareOf("Big day"));
    }

    [Fact]
    public void Reads_the_lede_block_by_block_up_to_two_thousand_characters()
    {
        // Two blocks do not run together into one word: "Trump" and "ets are loud" are not "Trumpets".
        Assert.Equal(1, Lede("Trump\n\nets are loud").ShareOf("Trump"));

        // A block that starts within the first 2,000 characters belongs to the lede; one after them does not.
        string filler = string.Join(" ", new string('x', 99), new string('x', 99)) + " ";
        string longBlock = string.Concat(System.Linq.Enumerable.Repeat(filler, 10)).TrimEnd(); // 1,999 characters
        Assert.Equal(1999, longBlock.Length);
        Assert.Equal(1, Lede(longBlock + "\n\nTrump spoke").ShareOf("Trump"));
        Assert.Equal(0, Lede(longBlock + "xx\n\nTrump spoke").ShareOf("Trump"));
    }

    private static LedeWords Lede(string page)
    {
        List<PageBlock> blocks = PageBlocks.Split(page, TextLines.Split(page));
        return LedeWords.Of(blocks, 0);
    }
}
