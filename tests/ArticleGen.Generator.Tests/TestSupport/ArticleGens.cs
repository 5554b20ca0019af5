using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;

namespace ArticleGen.Generator.Tests.TestSupport;

/// <summary>CsCheck generators of hostile article text, shared by the parser, generator and code-fix properties.</summary>
public static class ArticleGens
{
    /// <summary>Characters that break naive parsers: surrogates, NUL, controls, separators, markup and chrome.</summary>
    /// <remarks>Surrogates and NUL are rare, or nearly every sample would stop at the unreadable-file check.</remarks>
    public static readonly Gen<char> NastyChar = Gen.Frequency(
        (20, Gen.Char[' ', '~']),
        (3, Gen.Char),
        (1, Gen.Char['\0', '\u001F']),
        (1, Gen.Char['\uD800', '\uDFFF']),
        (6, Gen.OneOf('\u2028', '\u2029', '\u0085', '\uFEFF', '\u00A0', '\t', '\r', '\n', ' ')),
        (10, Gen.OneOf('[', ']', '(', ')', '|', '<', '>', '&', ';', '#', '-', '/', '\u2014', ',', '.')));

    /// <summary>Layout markers (ART005) as the scrapes have them, on a line of their own or inside one.</summary>
    public static readonly string[] Chrome =
    {
        "Send a link to a friend", "[to top of second column]", "[to top of second column in this\narticle]", "|",
        "(click on image for larger version)", "Back to top", "Share this article", "Print this article",
    };

    public static readonly Gen<string> NastyString = Gen.OneOf(
        Gen.String[NastyChar, 0, 400],
        Gen.String[Gen.Char.AlphaNumeric, 5000, 20000],
        Gen.OneOf(" Send a link to a friend ", "[to top of second column in this", "article]", "(Reporting by ", "REUTERS/", "[MARCH", "7, 2001]", "MOSCOW (Reuters) -", "<A HREF=\"x\">", "&#39;", "Copyright 2019")
            .Array[0, 40].Select(parts => string.Join("\n", parts)));

    /// <summary>A corpus file, as it is.</summary>
    public static readonly Gen<string> CorpusFile = Gen.Int[0, Corpus.All.Count - 1].Select(i => Corpus.All[i].Text);

    /// <summary>A corpus file with its lines deleted, duplicated or swapped, characters inserted, cut anywhere, line endings mixed.</summary>
    public static readonly Gen<string> Mutation =
        from file in CorpusFile
        from kind in Gen.Int[0, 5]
        from seed in Gen.Int[0, int.MaxValue]
        from insert in Gen.String[NastyChar, 1, 8]
        select Mutate(file, kind, new Random(seed), insert);

    /// <summary>
    /// A corpus file, or a mutation of one, with layout markers put in where scrapes leave them: on lines of their own,
    /// or between words (one-line markers only).
    /// </summary>
    public static readonly Gen<string> WithChrome = AddChrome(Gen.Frequency((1, CorpusFile), (2, Mutation)));

    /// <summary>As <see cref="WithChrome"/>, on unmutated corpus files only.</summary>
    public static readonly Gen<string> CorpusWithChrome = AddChrome(CorpusFile);

    private static Gen<string> AddChrome(Gen<string> files) =>
        from file in files
        from count in Gen.Int[1, 4]
        from seed in Gen.Int[0, int.MaxValue]
        select AddChrome(file, count, new Random(seed));

    public static string Mutate(string text, int kind, Random random, string insert)
    {
        List<string> lines = text.Split('\n').ToList();
        int at = random.Next(lines.Count);
        switch (kind)
        {
            case 0:
                lines.RemoveAt(at);
                break;
            case 1:
                lines.Insert(at, lines[random.Next(lines.Count)]);
                break;
            case 2:
                int other = random.Next(lines.Count);
                (lines[at], lines[other]) = (lines[other], lines[at]);
                break;
            case 3:
                return text.Insert(random.Next(text.Length + 1), insert);
            case 4:
                return text.Substring(0, random.Next(text.Length + 1));
            default:
                var mixed = new StringBuilder();
                foreach (string line in lines)
                {
                    mixed.Append(line).Append(random.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" });
                }

                return mixed.ToString();
        }

        return string.Join("\n", lines);
    }

    /// <remarks>
    /// Never inside a marker already there: a marker split by another one is no longer one, and comes back whole when
    /// the inner one is removed. Never glued into a word, nor a wrapped marker in mid-line: scrapes do not do that,
    /// and the parser does not read those as deleted (see ParserProperties' skipped facts).
    /// </remarks>
    private static string AddChrome(string text, int count, Random random)
    {
        for (int n = 0; n < count; n++)
        {
            string marker = Chrome[random.Next(Chrome.Length)];
            int at = random.Next(text.Length + 1);
            bool ownLine = marker.Contains('\n') || random.Next(2) == 0;
            if (ownLine)
            {
                at = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
            }
            else
            {
                at = text.IndexOf(' ', at);
                if (at < 0)
                {
                    continue;
                }
            }

            if (InsideAMarker(text, at))
            {
                continue;
            }

            text = text.Insert(at, ownLine ? marker + "\n" : " " + marker + " ");
        }

        return text;
    }

    private static bool InsideAMarker(string text, int at) =>
        global::ArticleGen.Generator.Parsing.ArticleParser.Parse(text).Findings.Any(f =>
            f.Id == global::ArticleGen.Generator.Parsing.DiagnosticIds.LeftoverLayoutMarker && f.Span.Start < at && at < f.Span.End);
}
