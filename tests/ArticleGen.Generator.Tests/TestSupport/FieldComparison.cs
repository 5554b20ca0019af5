using System.Collections.Generic;
using System.Linq;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;

namespace ArticleGen.Generator.Tests.TestSupport;

/// <summary>
/// Renders parsed and expected articles field by field as plain strings, so a miss reads as a diff. Values are compared
/// exactly as the labels hold them (Corpus/README.md): nothing is trimmed or collapsed on either side.
/// <para>
/// The labels have no field for a photo's photographer and agency (only the credit they come from), for the dateline's
/// text (only its parts), or for the copyright notice's text (only whether there is one), so the corpus cannot check
/// those; the parser's unit tests do (PhotoCaptionTests, WireDatelineTests, ArticleParserTests).
/// </para>
/// </summary>
public static class FieldComparison
{
    public static readonly string[] Fields = { "headline", "byline", "published", "dateline", "paragraphs", "photos", "credits", "copyright", "diagnostics" };

    /// <summary>Info by default (DESIGN.md), so the corpus does not list them.</summary>
    private static readonly HashSet<string> InfoIds = new() { DiagnosticIds.MissingDateline };

    /// <summary>
    /// Raised once for each place in the text, so a file can have several; the labels list the ID once, without a
    /// count, so the count cannot be checked here. Every other ID concerns one thing a file has once (its dateline,
    /// credits, headline, date line) and must be raised at most once: a second one shows as <c>ART001 x2</c>.
    /// </summary>
    private static readonly HashSet<string> PerOccurrenceIds = new() { DiagnosticIds.MalformedCredits, DiagnosticIds.LeftoverLayoutMarker, DiagnosticIds.LeftoverMarkup };

    internal static Dictionary<string, string> Actual(ParseResult result)
    {
        ParsedArticle a = result.Article;
        return new Dictionary<string, string>
        {
            ["headline"] = a.Headline,
            ["byline"] = a.Byline ?? "null",
            ["published"] = a.Published?.ToString() ?? "null",
            ["dateline"] = a.Dateline is { } d ? Dateline(d.Location, d.Region, d.Date, d.Agency, d.Malformed) : "null",
            ["paragraphs"] = Lines(a.Paragraphs),
            ["photos"] = Lines(a.Photos.Select(p => p.Caption + " | " + p.Credit)),
            ["credits"] = a.Credits is { } c ? Credits(c.Reporting, c.AdditionalReporting, c.Writing, c.Editing) : "null",
            ["copyright"] = (a.Copyright is not null).ToString(),
            ["diagnostics"] = string.Join(", ", result.Findings
                .Where(f => !InfoIds.Contains(f.Id))
                .GroupBy(f => f.Id)
                .OrderBy(g => g.Key, System.StringComparer.Ordinal)
                .Select(g => g.Count() == 1 || PerOccurrenceIds.Contains(g.Key) ? g.Key : g.Key + " x" + g.Count())),
        };
    }

    public static Dictionary<string, string> Expected(ExpectedArticle e) => new()
    {
        ["headline"] = e.Headline,
        ["byline"] = e.Byline ?? "null",
        ["published"] = e.Published ?? "null",
        ["dateline"] = e.Dateline is { } d ? Dateline(d.Location, d.Region, d.Date, d.Agency, d.Malformed) : "null",
        ["paragraphs"] = Lines(e.Paragraphs),
        ["photos"] = Lines(e.Photos.Select(p => p.Caption + " | " + p.Credit)),
        ["credits"] = e.Credits is { } c ? Credits(c.Reporting, c.AdditionalReporting, c.Writing, c.Editing) : "null",
        ["copyright"] = e.Copyright.ToString(),
        ["diagnostics"] = string.Join(", ", e.Diagnostics.OrderBy(id => id, System.StringComparer.Ordinal)),
    };

    private static string Dateline(string location, string? region, string? date, string? agency, bool malformed) =>
        $"location={location}; region={region ?? "null"}; date={date ?? "null"}; agency={agency ?? "null"}; malformed={malformed}";

    private static string Credits(IEnumerable<string> reporting, IEnumerable<string> additional, IEnumerable<string> writing, IEnumerable<string> editing) =>
        $"reporting=[{string.Join(", ", reporting)}]; additionalReporting=[{string.Join(", ", additional)}]; writing=[{string.Join(", ", writing)}]; editing=[{string.Join(", ", editing)}]";

    private static string Lines(IEnumerable<string> items) => string.Join("\n", items.Select((item, i) => $"[{i}] {item}"));
}
