using System.Threading;
using ArticleGen.Generator.Parsing;

namespace ArticleGen.Generator.Model;

/// <summary>One article file after parsing.</summary>
/// <param name="Raw">The normalized text (<see cref="ArticleSource.Text"/>), empty when unreadable.</param>
/// <param name="Article">The parsed article, or null when the file is unreadable (ART010): no article is generated for it.</param>
internal sealed record ParsedFile(string Path, string Raw, ParsedArticle? Article)
{
    public static ParsedFile Parse(ArticleSource source, CancellationToken cancellationToken)
    {
        if (source.Text is null)
        {
            return new ParsedFile(source.Path, string.Empty, null);
        }

        ParseResult result = ArticleParser.Parse(source.Text, source.Reading, cancellationToken);
        foreach (Finding finding in result.Findings)
        {
            if (finding.Id == DiagnosticIds.UnreadableArticleFile)
            {
                return new ParsedFile(source.Path, string.Empty, null);
            }
        }

        return new ParsedFile(source.Path, source.Text, result.Article);
    }
}
