using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using ArticleGen.Generator.Tests.TestSupport;
using Xunit;

namespace ArticleGen.CodeFixes.Tests;

/// <summary>
/// "Remove all layout markers in this file" on every real page of Corpus/wild, where it removes the runs of chrome
/// lines too: the fixed file reads exactly as the page did, a second fix changes nothing, and no article word is lost.
/// </summary>
public class WildFixTests
{
    public static IEnumerable<object[]> Names => WildCorpus.All.Select(f => new object[] { f.Name });

    [Theory]
    [MemberData(nameof(Names))]
    public void Removing_the_chrome_keeps_every_field_and_every_article_word(string name)
    {
        WildFile file = WildCorpus.All.Single(f => f.Name == name);
        ParsedArticle before = ArticleText.Parse(file.Text).Article;

        string fixedText = Edit.RemoveAllMarkers(file.Text);
        ParseResult after = ArticleText.Parse(fixedText);

        Assert.Equal(before, after.Article);
        Assert.DoesNotContain(after.Findings, f => f.Id == DiagnosticIds.LeftoverLayoutMarker);
        Assert.Equal(fixedText, Edit.RemoveAllMarkers(fixedText));

        var left = new HashSet<string>(Words(fixedText));
        string[] lost = before.Paragraphs.Append(before.Headline).SelectMany(Words).Where(w => !left.Contains(w)).Distinct().ToArray();
        Assert.Empty(lost);
    }

    [Fact]
    public void The_real_pages_reach_the_test_output() => Assert.True(WildCorpus.All.Count > 100);

    private static IEnumerable<string> Words(string text) => Regex.Matches(text, @"\w+").Select(m => m.Value);
}
