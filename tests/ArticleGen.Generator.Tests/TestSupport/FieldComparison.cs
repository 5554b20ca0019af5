using System.Collections.Generic;
using System.Linq;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;

namespace ArticleGen.Generator.Tests.TestSupport;

/// <summary>Renders parsed and expected articles field by field as plain strings, so a miss reads as a diff.</summary>
public static class FieldComparison
{
    public static readonly string[] Fields = { "headline", "byline", "published", "dateline", "paragraphs", "photos", "credits", "copyright", "diagnostics" };

    /// <summary>Info by default (DESIGN.md), so the corpus does not list them.</summary>
    private static readonly HashSet<string> InfoIds = new() { DiagnosticIds.MissingDateline };

    internal static Dictionary<string, string> Actual(ParseResult result)
    {
        ParsedArticle a = result.Article;
        return new Dictionary<string, string>
        {
            ["headline"] = a.Headline,
            ["byline"] = a.Byline ?? "null",
            ["published"] = a.Published?.ToString() ?? "null",
            ["dateline"] = a.Dateline is { } d ? Dateline(d.Location, d.Region, d.Date, d.Agency, d.Malformed) : "null",
            ["paragraphs"] = Lines(a.Paragraphs.Select(Collapse)),
            ["photos"] = Lines(a.Photos.Select(p => p.Caption + " | " + p.Credit)),
            ["credits"] = a.Credits is { } c ? Credits(c.Reporting, c.AdditionalReporting, c.Writing, c.Editing) : "null",
            ["copyright"] = (a.Copyright is not null).ToString(),
            ["diagnostics"] = string.Join(", ", result.Findings.Select(f => f.Id).Where(id => !InfoIds.Contains(id)).Distinct().OrderBy(id => id)),
        };
    }

    public static Dictionary<string, string> Expected(ExpectedArticle e) => new()
    {
        ["headline"] = e.Headline,
        ["byline"] = e.Byline ?? "null",
        ["published"] = e.Published ?? "null",
        ["dateline"] = e.Dateline is { } d ? Dateline(d.Location, d.Region, d.Date, d.Agency, d.Malformed) : "null",
        ["paragraphs"] = Lines(e.Paragraphs.Select(Collapse)),
        ["photos"] = Lines(e.Photos.Select(p => p.Caption + " | " + p.Credit)),
        ["credits"] = e.Credits is { } c ? Credits(c.Reporting, c.AdditionalReporting, c.Writing, c.Editing) : "null",
        ["copyright"] = e.Copyright.ToString(),
        ["diagnostics"] = string.Join(", ", e.Diagnostics.Distinct().OrderBy(id => id)),
    };

    private static string Dateline(string location, string? region, string? date, string? agency, bool malformed) =>
        $"location={location}; region={region ?? "null"}; date={date ?? "null"}; agency={agency ?? "null"}; malformed={malformed}";

    private static string Credits(IEnumerable<string> reporting, IEnumerable<string> additional, IEnumerable<string> writing, IEnumerable<string> editing) =>
        $"reporting=[{string.Join(", ", reporting)}]; additionalReporting=[{string.Join(", ", additional)}]; writing=[{string.Join(", ", writing)}]; editing=[{string.Join(", ", editing)}]";

    private static string Lines(IEnumerable<string> items) => string.Join("\n", items.Select((item, i) => $"[{i}] {item}"));

    private static string Collapse(string value) => string.Join(" ", value.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries));
}
