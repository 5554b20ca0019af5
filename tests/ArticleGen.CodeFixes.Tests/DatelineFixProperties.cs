using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleGen.CodeFixes.Edits;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using ArticleGen.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ArticleGen.CodeFixes.Tests;

/// <summary>
/// The dateline fix as a property, over every ART001-raising dateline of every corpus folder (seed, synth, wild and any
/// added later) and over variants of each: every dash, every kind of space around it, the place's case, the agency's
/// parenthesis open or closed. Where a variant raises ART001, the fix leaves none on re-parse, keeps the place,
/// region, date and agency the parser read before, changes nothing outside the dateline, and has nothing left to do
/// when applied again.
/// </summary>
public class DatelineFixProperties(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly string[] Dashes = { "-", "--", "\u2013", "\u2014" };

    private static readonly string[] Spaces = { "", " ", "   ", "\t", "\u00A0" };

    private enum Case { Capitals, Title, Lower }

    /// <summary>Every article file under Corpus/*/articles, whatever the folder.</summary>
    public static IReadOnlyList<(string Name, string Text)> CorpusFiles { get; } =
        Directory.GetDirectories(Corpus.Root)
            .OrderBy(d => d, StringComparer.Ordinal)
            .Where(folder => Directory.Exists(Path.Combine(folder, "articles")))
            .SelectMany(folder => Directory.GetFiles(Path.Combine(folder, "articles"), "*.txt").OrderBy(p => p, StringComparer.Ordinal))
            .Select(path => (Path.GetRelativePath(Corpus.Root, path), File.ReadAllText(path)))
            .ToList();

    /// <summary>The corpus files whose dateline raises ART001, with that finding.</summary>
    private static IEnumerable<(string Name, string Text, Finding Finding)> Malformed() =>
        from file in CorpusFiles
        from finding in ArticleParser.Parse(file.Text).Findings
        where finding.Id == DiagnosticIds.MalformedDateline
        select (file.Name, file.Text, finding);

    [Fact]
    public void Every_corpus_folder_is_read() =>
        Assert.Superset(new HashSet<string> { "seed", "synth" }, CorpusFiles.Select(f => f.Name.Split('/', '\\')[0]).ToHashSet());

    [Fact]
    public void Repairing_every_malformed_corpus_dateline_holds_the_property()
    {
        var checkedFiles = new List<string>();
        foreach ((string name, string text, Finding finding) in Malformed())
        {
            AssertRepairHolds(name, text, expected: null);
            checkedFiles.Add($"{name} '{finding.Subject}' ({finding.Detail})");
        }

        output.WriteLine($"{checkedFiles.Count} corpus files with ART001:\n{string.Join("\n", checkedFiles)}");
        Assert.True(checkedFiles.Count >= 7, "corpus files with ART001: " + string.Join(", ", checkedFiles));
    }

    [Fact]
    public void Repairing_every_variant_of_every_malformed_corpus_dateline_holds_the_property()
    {
        int variants = 0, repaired = 0;
        var seen = new HashSet<string>();
        foreach ((string name, string text, Finding finding) in Malformed())
        {
            DatelineSpec spec = ArticleParser.Parse(text).Article.Dateline!;
            DatelineParts parts = finding.Dateline!;
            string before = text.Substring(0, finding.Span.Start), lede = text.Substring(parts.BodyStart);
            foreach (Case placeCase in Enum.GetValues<Case>())
            {
                foreach (bool closed in spec.Agency is null ? new[] { true } : new[] { true, false })
                {
                    foreach (string dash in Dashes.Append("- \u2014"))
                    {
                        foreach (string spaceBefore in Spaces)
                        {
                            foreach (string spaceAfter in Spaces)
                            {
                                string head = Head(spec, placeCase, closed);
                                string variant = before + head + spaceBefore + dash + spaceAfter + lede;
                                variants++;
                                if (!ArticleParser.Parse(variant).Findings.Any(f => f.Id == DiagnosticIds.MalformedDateline))
                                {
                                    continue;
                                }

                                // Wire style: capitals, the parenthesis closed, the writer's dash (the last of two) with space on each side.
                                string keptDash = dash.Split(' ').Last();
                                string expected = before + Head(spec, Case.Capitals, closed: true) + Or(spaceBefore) + keptDash + Or(spaceAfter) + lede;
                                AssertRepairHolds($"{name} as {Show(head + spaceBefore + dash + spaceAfter)}", variant, expected);
                                repaired++;
                                seen.Add($"{placeCase} closed={closed} dash={Show(dash)}");
                            }
                        }
                    }
                }
            }
        }

        output.WriteLine($"{repaired} of {variants} variants raised ART001 and were repaired");

        // Each dash, each case but lower (no dateline without capitals, a date or an agency) and an open parenthesis were repaired.
        Assert.True(repaired > 500, $"{repaired} of {variants} variants raised ART001");
        foreach (string dash in Dashes)
        {
            Assert.Contains($"Title closed=True dash={Show(dash)}", seen);
            Assert.Contains($"Capitals closed=False dash={Show(dash)}", seen);
        }
    }

    /// <summary>
    /// Applies the fix to the text's ART001 and checks the property. <paramref name="expected"/>, where given, is the
    /// whole repaired text.
    /// </summary>
    private static void AssertRepairHolds(string name, string text, string? expected)
    {
        ParseResult before = ArticleParser.Parse(text);
        Finding finding = Assert.Single(before.Findings, f => f.Id == DiagnosticIds.MalformedDateline);
        string fixedText = Apply(text, before);

        if (expected is not null)
        {
            Assert.True(expected == fixedText, $"{name}:\n{Difference(expected, fixedText)}");
        }

        ParseResult after = ArticleParser.Parse(fixedText);
        Assert.True(!after.Findings.Any(f => f.Id == DiagnosticIds.MalformedDateline), $"{name}: ART001 after the fix: {Show(fixedText)}");
        DatelineSpec was = before.Article.Dateline!, now = after.Article.Dateline!;
        Assert.Equal((name, was.Location, was.Region, was.Date, was.Agency), (name, now.Location, now.Region, now.Date, now.Agency));

        // Nothing outside the dateline, which runs from its place to the lede's text, changed.
        int start = finding.Span.Start, bodyStart = finding.Dateline!.BodyStart;
        Assert.True(fixedText.StartsWith(text.Substring(0, start), StringComparison.Ordinal), name + ": text before the dateline changed");
        Assert.True(fixedText.EndsWith(text.Substring(bodyStart), StringComparison.Ordinal), name + ": text after the dateline changed");

        Assert.Equal(fixedText, Apply(fixedText, after));
    }

    /// <summary>The text with every ART001 repaired, as applying the code action does.</summary>
    private static string Apply(string text, ParseResult parse)
    {
        SourceText source = SourceText.From(text);
        return source.WithChanges(parse.Findings.Where(f => f.Id == DiagnosticIds.MalformedDateline).SelectMany(f => DatelineRepair.Changes(source, f))).ToString();
    }

    /// <summary>What stands before the dash, from the values the parser read: <c>Place[, Region][, Date][ (Agency[)]]</c>.</summary>
    private static string Head(DatelineSpec spec, Case placeCase, bool closed)
    {
        string place = placeCase switch
        {
            Case.Capitals => spec.Location,
            Case.Lower => spec.Location.ToLowerInvariant(),
            _ => string.Join(" ", spec.Location.Split(' ').Select(w => w.Length == 0 ? w : w.Substring(0, 1) + w.Substring(1).ToLowerInvariant())),
        };
        string head = place + (spec.Region is null ? "" : ", " + spec.Region) + (spec.Date is null ? "" : ", " + spec.Date);
        return spec.Agency is null ? head : (head.Length == 0 ? "" : head + " ") + "(" + spec.Agency + (closed ? ")" : "");
    }

    /// <summary>The space as written, or one space where there was none.</summary>
    private static string Or(string space) => space.Length == 0 ? " " : space;

    /// <summary>Where two texts first differ, with a little of each around it.</summary>
    private static string Difference(string expected, string actual)
    {
        int at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
        {
            at++;
        }

        int from = Math.Max(0, at - 40);
        string Around(string text) => Show(text.Substring(Math.Min(from, text.Length), Math.Min(100, text.Length - Math.Min(from, text.Length))));
        return $"  expected ...{Around(expected)}...\n  actual   ...{Around(actual)}...";
    }

    private static string Show(string text) =>
        text.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t").Replace("\u00A0", "\\u00A0").Replace("\u2013", "\\u2013").Replace("\u2014", "\\u2014");
}
