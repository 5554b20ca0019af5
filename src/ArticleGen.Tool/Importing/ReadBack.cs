using System.Collections.Generic;
using System.Linq;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;

namespace ArticleGen.Tool.Importing;

/// <summary>
/// Reads a fixture back as the generator will, and says where it differs from what the importer took from the page:
/// the headline, the byline, the date, each paragraph and each photo.
/// </summary>
internal static class ReadBack
{
    public static List<string> Differences(PageArticle page, FixtureLayout.Fixture fixture, ParsedArticle parsed)
    {
        var differences = new List<string>();
        Compare(differences, "headline", page.Headline, parsed.Headline);
        Compare(differences, "byline", fixture.Byline, parsed.Byline);
        Compare(differences, "date", page.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), parsed.Published?.ToString());

        // The lede's dateline is a field of its own; with it, the lede reads as the page wrote it.
        List<string> paragraphs = parsed.Paragraphs.ToList();
        if (parsed.Dateline is { } dateline && paragraphs.Count > 0 && fixture.Paragraphs.Count > 0
            && fixture.Paragraphs[0].StartsWith(dateline.Text, System.StringComparison.Ordinal)
            && fixture.Paragraphs[0].Substring(dateline.Text.Length).TrimStart() == paragraphs[0])
        {
            paragraphs[0] = fixture.Paragraphs[0]; // "Hong Kong (CNN Business)A muddled ..." and "MOSCOW (Reuters) - Members ..."
        }

        for (int i = 0; i < System.Math.Max(paragraphs.Count, fixture.Paragraphs.Count); i++)
        {
            string? expected = i < fixture.Paragraphs.Count ? fixture.Paragraphs[i] : null;
            string? actual = i < paragraphs.Count ? paragraphs[i] : null;
            if (expected != actual)
            {
                differences.Add($"paragraph {i + 1} of {fixture.Paragraphs.Count} reads back as {Quote(actual)}, not {Quote(expected)}");
                break; // one shift makes every later paragraph differ: the first says where
            }
        }

        List<string> photos = parsed.Photos.Select(p => (p.Caption + " " + p.Credit).Trim()).ToList();
        List<string> expectedPhotos = fixture.Photos.Distinct().ToList();
        if (photos.Count != expectedPhotos.Count)
        {
            differences.Add($"{Count(photos.Count, "photo")} read back, not {expectedPhotos.Count}");
        }

        Compare(differences, "copyright notice", fixture.Copyright, parsed.Copyright);
        return differences;
    }

    private static void Compare(List<string> differences, string field, string? expected, string? actual)
    {
        if (!string.Equals(expected ?? "", actual ?? "", System.StringComparison.Ordinal))
        {
            differences.Add($"the {field} reads back as {Quote(actual)}, not {Quote(expected)}");
        }
    }

    public static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    private static string Quote(string? value) => value is null or "" ? "nothing" : $"'{Shorten(value)}'";

    private static string Shorten(string value) => value.Length <= 70 ? value : value.Substring(0, value.LastIndexOf(' ', 70) is > 20 and var cut ? cut : 70) + " ...";
}
