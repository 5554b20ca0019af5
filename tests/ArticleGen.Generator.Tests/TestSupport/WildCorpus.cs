using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;

namespace ArticleGen.Generator.Tests.TestSupport;

/// <summary>
/// The real-page corpus (Corpus/wild: pages of 78 sites with partial labels written outside this project) and its
/// score, computed as ../shared/tools/wild_eval.py computes it: headline exact after normalizing whitespace, quotes
/// and dashes; the first labelled author inside Byline or a Credits name; the date; body F1 of 4-word shingles (F1
/// of the mean precision and mean recall, as the Scrapinghub benchmark's evaluate.py); and the share of non-article
/// lines under an ART005 (chrome flagged) and of article lines under one (false alarms).
/// </summary>
public static class WildCorpus
{
    public static IReadOnlyList<WildFile> All { get; } = Load();

    private static List<WildFile> Load()
    {
        string root = Path.Combine(Corpus.Root, "wild");
        var files = new List<WildFile>();
        foreach (string path in Directory.GetFiles(Path.Combine(root, "articles"), "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(path);
            using JsonDocument label = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "expected", name + ".json")));
            JsonElement json = label.RootElement;
            string? Get(string key) => json.TryGetProperty(key, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            bool headlineInText = !json.TryGetProperty("headline_in_text", out JsonElement inText) || inText.GetBoolean();
            JsonElement source = json.GetProperty("source");
            files.Add(new WildFile(
                name,
                File.ReadAllText(path),
                headlineInText ? Get("headline") : null,
                Get("byline"),
                Get("published"),
                Get("body") ?? "",
                source.GetProperty("renderer").GetString()!,
                source.GetProperty("variant").GetString()!));
        }

        return files;
    }

    public static FileScore Score(WildFile file)
    {
        ParseResult result = ArticleText.Parse(file.Text); // as the generator and the analyzer read it
        var article = result.Article;
        string body = string.Join("\n\n", article.Paragraphs);
        var names = new List<string>();
        if (article.Byline is not null)
        {
            names.Add(article.Byline);
        }

        if (article.Credits is { } credits)
        {
            names.AddRange(credits.Reporting.Concat(credits.AdditionalReporting).Concat(credits.Writing).Concat(credits.Editing));
        }

        (int chromeLines, int chromeFlagged, int bodyLines, int bodyFlagged) = ChromeCoverage(file, result.Findings);
        return new FileScore(
            file,
            file.Headline is null ? null : Normalize(file.Headline) == Normalize(article.Headline),
            file.Byline is null ? null : BylineFound(file.Byline, names),
            file.Published is null ? null : file.Published == article.Published?.ToString(),
            Shingles.Counts(file.Body, body),
            Shingles.Counts(file.Body, file.Text),
            chromeLines, chromeFlagged, bodyLines, bodyFlagged,
            article.Headline, article.Byline, article.Published?.ToString());
    }

    private static (int ChromeLines, int ChromeFlagged, int BodyLines, int BodyFlagged) ChromeCoverage(WildFile file, IEnumerable<Finding> findings)
    {
        string[] lines = file.Text.Split('\n');
        var lineStarts = new List<int> { 0 };
        for (int i = 0; i < file.Text.Length; i++)
        {
            if (file.Text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        int LineOf(int offset)
        {
            int index = lineStarts.BinarySearch(offset);
            return index >= 0 ? index : ~index - 1;
        }

        var flagged = new HashSet<int>();
        foreach (Finding finding in findings.Where(f => f.Id is DiagnosticIds.LeftoverLayoutMarker or DiagnosticIds.TextSetAside))
        {
            for (int n = LineOf(finding.Span.Start); n <= LineOf(finding.Span.End); n++)
            {
                flagged.Add(n);
            }
        }

        var vocabulary = new HashSet<string>(Shingles.Tokens(file.Body).Select(t => t.ToLowerInvariant()));
        int chrome = 0, chromeFlagged = 0, body = 0, bodyFlagged = 0;
        for (int n = 0; n < lines.Length; n++)
        {
            if (lines[n].Trim().Length == 0)
            {
                continue;
            }

            List<string> tokens = Shingles.Tokens(lines[n]).Select(t => t.ToLowerInvariant()).ToList();
            bool isBody = tokens.Count > 0 && tokens.Count(vocabulary.Contains) >= 0.8 * tokens.Count;
            if (isBody)
            {
                body++;
                bodyFlagged += flagged.Contains(n) ? 1 : 0;
            }
            else
            {
                chrome++;
                chromeFlagged += flagged.Contains(n) ? 1 : 0;
            }
        }

        return (chrome, chromeFlagged, body, bodyFlagged);
    }

    private static readonly Dictionary<char, string> Plain = new()
    {
        ['\u2018'] = "'", ['\u2019'] = "'", ['\u201a'] = "'", ['\u201b'] = "'", ['\u2032'] = "'", ['\u201c'] = "\"",
        ['\u201d'] = "\"", ['\u201e'] = "\"", ['\u201f'] = "\"", ['\u00ab'] = "\"", ['\u00bb'] = "\"", ['\u2010'] = "-",
        ['\u2011'] = "-", ['\u2012'] = "-", ['\u2013'] = "-", ['\u2014'] = "-", ['\u2015'] = "-", ['\u2212'] = "-",
        ['\u00a0'] = " ", ['\u2009'] = " ", ['\u202f'] = " ",
    };

    public static string Normalize(string? value)
    {
        var plain = new StringBuilder();
        foreach (char c in value ?? "")
        {
            plain.Append(Plain.TryGetValue(c, out string? r) ? r : c.ToString());
        }

        return Regex.Replace(plain.ToString(), @"\s+", " ").Trim();
    }

    /// <summary>The first labelled name, as wild_eval.py splits a byline, inside one of the names read.</summary>
    private static bool BylineFound(string label, List<string> names)
    {
        string s = Normalize(label);
        s = Regex.Replace(s, @"^(written\s+by|by|par|por|von|door)\b[:\s]*", "", RegexOptions.IgnoreCase);
        s = Regex.Split(s, @"\d")[0];
        s = Regex.Replace(s, @"\([^)]*\)?", " ");
        string? first = Regex.Split(s, @",|;|\||&|\band\b|\bet\b|\by\b|\bund\b", RegexOptions.IgnoreCase)
            .Select(p => Regex.Replace(p, @"\s+", " ").Trim(' ', '.', ':', '-'))
            .FirstOrDefault(p => Regex.IsMatch(p, @"\w"));
        return first is not null && names.Any(n => Normalize(n).ToLowerInvariant().Contains(first.ToLowerInvariant()));
    }

    public static string Table(IReadOnlyList<FileScore> scores)
    {
        var table = new StringBuilder();
        table.AppendLine($"{"group",-22}{"files",6}{"head",11}{"byline",11}{"date",11}{"body P",8}{"body R",8}{"body F1",8}{"floor",8}{"chrome",8}{"f.alarm",8}");
        foreach ((string label, List<FileScore> group) in Groups(scores))
        {
            Aggregate a = Aggregate.Of(group);
            table.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{label,-22}{group.Count,6}{Share(a.Headline),11}{Share(a.Byline),11}{Share(a.Date),11}{a.Body.P,8:F2}{a.Body.R,8:F2}{a.Body.F1,8:F2}{a.Floor.F1,8:F2}{a.Chrome,8:F3}{a.FalseAlarms,8:F3}"));
        }

        return table.ToString();
    }

    private static string Share((int Right, int Of) x) =>
        x.Of == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{(double)x.Right / x.Of:F2}/{x.Of}");

    private static IEnumerable<(string, List<FileScore>)> Groups(IReadOnlyList<FileScore> scores)
    {
        yield return ("all", scores.ToList());
        foreach (string renderer in new[] { "htt", "w3m" })
        {
            foreach (string variant in new[] { "article", "page" })
            {
                yield return ($"{renderer} {variant}", scores.Where(s => s.File.Name.Contains("-" + renderer + "-" + variant, StringComparison.Ordinal)).ToList());
            }
        }

        yield return ("variant: article", scores.Where(s => s.File.Variant == "article").ToList());
        yield return ("variant: page", scores.Where(s => s.File.Variant == "page").ToList());
    }
}

public sealed record WildFile(string Name, string Text, string? Headline, string? Byline, string? Published, string Body, string Renderer, string Variant)
{
    public override string ToString() => Name;
}

public sealed record FileScore(
    WildFile File, bool? Headline, bool? Byline, bool? Date, ShingleCounts Body, ShingleCounts Floor,
    int ChromeLines, int ChromeFlagged, int BodyLines, int BodyFlagged,
    string GotHeadline, string? GotByline, string? GotPublished);

public sealed record Aggregate((int, int) Headline, (int, int) Byline, (int, int) Date, BodyScore Body, BodyScore Floor, double Chrome, double FalseAlarms)
{
    public static Aggregate Of(IReadOnlyCollection<FileScore> scores)
    {
        (int, int) Share(Func<FileScore, bool?> field) =>
            (scores.Count(s => field(s) == true), scores.Count(s => field(s) is not null));
        int chrome = scores.Sum(s => s.ChromeLines), body = scores.Sum(s => s.BodyLines);
        return new Aggregate(
            Share(s => s.Headline), Share(s => s.Byline), Share(s => s.Date),
            BodyScore.Of(scores.Select(s => s.Body)), BodyScore.Of(scores.Select(s => s.Floor)),
            chrome == 0 ? 0 : (double)scores.Sum(s => s.ChromeFlagged) / chrome,
            body == 0 ? 0 : (double)scores.Sum(s => s.BodyFlagged) / body);
    }

    public double HeadlineShare => Headline.Item2 == 0 ? 0 : (double)Headline.Item1 / Headline.Item2;

    public double BylineShare => Byline.Item2 == 0 ? 0 : (double)Byline.Item1 / Byline.Item2;

    public double DateShare => Date.Item2 == 0 ? 0 : (double)Date.Item1 / Date.Item2;
}

public readonly record struct ShingleCounts(double Tp, double Fp, double Fn);

public readonly record struct BodyScore(double P, double R, double F1)
{
    /// <summary>evaluate.py: each file's counts normalized to sum 1; F1 of the mean precision and the mean recall.</summary>
    public static BodyScore Of(IEnumerable<ShingleCounts> files)
    {
        var ps = new List<double>();
        var rs = new List<double>();
        foreach (ShingleCounts raw in files)
        {
            double sum = raw.Tp + raw.Fp + raw.Fn;
            ShingleCounts c = sum > 0 ? new ShingleCounts(raw.Tp / sum, raw.Fp / sum, raw.Fn / sum) : raw;
            if (c.Tp + c.Fp > 0)
            {
                ps.Add(c.Fp == 0 && c.Fn == 0 ? 1 : c.Tp / (c.Tp + c.Fp));
            }

            if (c.Tp + c.Fn > 0)
            {
                rs.Add(c.Fp == 0 && c.Fn == 0 ? 1 : c.Tp / (c.Tp + c.Fn));
            }
        }

        double p = ps.Count > 0 ? ps.Average() : 0, r = rs.Count > 0 ? rs.Average() : 0;
        return new BodyScore(p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
    }
}

/// <summary>4-word shingles over \w+ tokens, as evaluate.py makes them.</summary>
public static class Shingles
{
    public static IEnumerable<string> Tokens(string text) => Regex.Matches(text, @"\w+").Select(m => m.Value);

    public static ShingleCounts Counts(string truth, string predicted)
    {
        Dictionary<string, int> t = Of(truth), p = Of(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (string key in t.Keys.Union(p.Keys))
        {
            int a = t.GetValueOrDefault(key), b = p.GetValueOrDefault(key);
            tp += Math.Min(a, b);
            fp += Math.Max(0, b - a);
            fn += Math.Max(0, a - b);
        }

        return new ShingleCounts(tp, fp, fn);
    }

    private static Dictionary<string, int> Of(string text)
    {
        List<string> tokens = Tokens(text).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Math.Max(1, tokens.Count - 3); i++)
        {
            string shingle = string.Join("\u0001", tokens.Skip(i).Take(4));
            if (shingle.Length > 0)
            {
                counts[shingle] = counts.GetValueOrDefault(shingle) + 1;
            }
        }

        return counts;
    }
}
