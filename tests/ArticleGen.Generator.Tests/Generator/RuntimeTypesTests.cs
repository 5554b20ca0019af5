using System;
using System.Collections.Generic;
using Xunit;

namespace ArticleGen.Generator.Tests.Generator;

/// <summary>The runtime types that generated code returns: value equality with lists by content, and readable text.</summary>
public class RuntimeTypesTests
{
    [Fact]
    public void ArticlesWithEqualValuesAreEqual_WhateverListsHoldThem()
    {
        Article a = Make(new List<string> { "One two.", "Three" }, new[] { "Ann" });
        Article b = Make(new[] { "One two.", "Three" }, new List<string> { "Ann" });

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Make(new[] { "One two.", "Four" }, new[] { "Ann" }));
        Assert.NotEqual(a, Make(new[] { "One two.", "Three" }, new[] { "Bob" }));
    }

    [Fact]
    public void BodyAndWordCountComeFromTheParagraphs()
    {
        Article article = Make(new[] { "One  two.", "Three" }, Array.Empty<string>());

        Assert.Equal("One  two.\n\nThree", article.Body);
        Assert.Equal(3, article.WordCount);
    }

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("One.", new[] { "One." })]
    [InlineData("One two.\n\nThree.\n\nFour \"five\".", new[] { "One two.", "Three.", "Four \"five\"." })]
    public void ParagraphsOfSplitsABodyBackIntoItsParagraphs(string body, string[] paragraphs)
    {
        Assert.Equal(paragraphs, Article.ParagraphsOf(body));
        Assert.Equal(body, Make(paragraphs, Array.Empty<string>()).Body);
    }

    [Fact]
    public void ToStringIsReadable()
    {
        Article article = Make(new[] { "Text." }, new[] { "Ann", "Bob" });

        Assert.Equal("Seed (Articles/seed.txt): Headline", article.ToString());
        Assert.Contains("Reporting = [Ann, Bob]", article.Credits!.ToString());
        Assert.Contains("Location = MOSCOW", article.Dateline!.ToString());
    }

    [Fact]
    public void ListsCannotBeChangedThroughTheArticle()
    {
        var paragraphs = new List<string> { "Text." };
        Article article = Make(paragraphs, Array.Empty<string>());
        paragraphs.Add("More.");

        Assert.Single(article.Paragraphs);
        Assert.False(article.Paragraphs is IList<string> { IsReadOnly: false });
    }

    [Fact]
    public void ArticleIndexFindsByNameThenByPathWithEitherSeparator()
    {
        Article seed = Make(new[] { "One." }, Array.Empty<string>());
        var namedLikeThePath = new Article("Articles/seed.txt", "Articles/other.txt", "Other", null, null, null, null, null, null, null);
        var index = new ArticleIndex(new[] { seed, namedLikeThePath });

        Assert.Same(seed, index.Find("Seed"));
        Assert.Same(namedLikeThePath, index.Find("Articles/seed.txt")); // a name claims a key before a path does
        Assert.Same(namedLikeThePath, index.Find("Articles\\other.txt"));
        Assert.Null(index.Find("seed"));
        Assert.Throws<ArgumentNullException>(() => index.Find(null!));
    }

    private static Article Make(IEnumerable<string> paragraphs, IEnumerable<string> reporting) => new(
        "Seed",
        "Articles/seed.txt",
        "Headline",
        null,
        new DateOnly(2019, 3, 28),
        new Dateline("MOSCOW", null, null, "Reuters", "MOSCOW (Reuters)"),
        paragraphs,
        new[] { new Photo("Caption.", "REUTERS/Name", "Name", "REUTERS") },
        new Credits(reporting, null, null, null),
        null);
}
