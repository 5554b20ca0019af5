using System.Linq;
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

    /// <summary>ChromePhrases.Find looks a phrase up by its first two characters, a letter from a to z and an ASCII character: one that opened otherwise would go unseen.</summary>
    [Fact]
    public void Every_chrome_phrase_opens_with_a_letter_and_an_ascii_character() =>
        Assert.All(ChromePhrases.Table, row => Assert.True(ChromePhrases.OpensIndexably(row.Phrase), row.Phrase));

    /// <summary>
    /// ChromePhrases.FindInSentence gives each trigger one bit of a 64-bit mask and tells "all of them" by a mask of
    /// ones: a 64th trigger would make that mask 0. And a formula without a trigger would never be looked at.
    /// </summary>
    [Fact]
    public void The_sentence_triggers_fit_their_mask_and_every_formula_holds_one()
    {
        Assert.InRange(ChromePhrases.SentenceTriggers.Length, 1, 63);
        Assert.All(ChromePhrases.SentenceRules.SelectMany(rule => rule.Formulas), formula =>
            Assert.True(ChromePhrases.SentenceTriggers.Any(trigger => formula.Contains(trigger)), formula));
    }
}
