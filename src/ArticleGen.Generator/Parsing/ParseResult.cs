using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Parsing;

/// <summary>What <see cref="ArticleParser.Parse"/> gives back: the article and what is wrong with its text.</summary>
internal sealed record ParseResult(ParsedArticle Article, EquatableArray<Finding> Findings);
