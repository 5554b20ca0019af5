using System.Threading;
using System.Threading.Tasks;
using ArticleGen.Generator.Inputs;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.CodeFixes;

/// <summary>
/// An article document's text with what the parser found in it, at offsets in that text. The analyzer reported its
/// diagnostics from the same parse (<see cref="ArticleText.Parse"/>), so each diagnostic has its finding here, at the
/// same span.
/// </summary>
internal sealed class ParsedDocument
{
    private ParsedDocument(SourceText text, ParseResult parse)
    {
        Text = text;
        Parse = parse;
    }

    public SourceText Text { get; }

    public ParseResult Parse { get; }

    public static async Task<ParsedDocument> ReadAsync(TextDocument document, CancellationToken cancellationToken)
    {
        SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return new ParsedDocument(text, ArticleText.Parse(text.ToString(), ReadingOf(document), cancellationToken));
    }

    /// <summary>
    /// How the analyzer read the file: as the article alone where its <c>ArticleGenPage</c> metadata says so. A fix
    /// that read it as a whole page would delete "chrome" the analyzer never reported.
    /// </summary>
    private static PageReading ReadingOf(TextDocument document)
    {
        AnalyzerOptions options = document.Project.AnalyzerOptions;
        foreach (AdditionalText file in options.AdditionalFiles)
        {
            if (string.Equals(file.Path, document.FilePath, System.StringComparison.Ordinal))
            {
                return ArticleFileOptions.From(options.AnalyzerConfigOptionsProvider.GetOptions(file)).Reading;
            }
        }

        return PageReading.WholePage;
    }

    /// <returns>The finding the diagnostic was reported for, or null where the text has changed since.</returns>
    public Finding? FindingFor(Diagnostic diagnostic)
    {
        TextSpan span = diagnostic.Location.SourceSpan;
        foreach (Finding finding in Parse.Findings)
        {
            if (finding.Id == diagnostic.Id && finding.Span.Start == span.Start && finding.Span.Length == span.Length)
            {
                return finding;
            }
        }

        return null;
    }
}
