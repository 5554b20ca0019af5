using System.Threading;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Parsing;

/// <summary>Turns the text of one article file into a <see cref="ParsedArticle"/> and its findings. Never throws.</summary>
internal static class ArticleParser
{
    public static ParseResult Parse(string text, CancellationToken cancellationToken = default)
    {
        // Placeholder until the parser lands; the signature is the contract.
        return new ParseResult(
            new ParsedArticle(string.Empty, null, null, null, EquatableArray<string>.Empty, EquatableArray<PhotoSpec>.Empty, null, null),
            EquatableArray<Finding>.Empty);
    }
}
