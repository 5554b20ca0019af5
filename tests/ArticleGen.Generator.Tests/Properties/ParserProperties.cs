using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ArticleGen.Generator.Parsing;
using ArticleGen.Generator.Tests.TestSupport;
using CsCheck;
using Xunit;

namespace ArticleGen.Generator.Tests.Properties;

/// <summary>The parser is total: on any text it returns, and every finding lies inside that text.</summary>
public class ParserProperties
{
    /// <summary>Characters that break naive parsers: surrogates, NUL, controls, separators, markup and chrome.</summary>
    /// <remarks>Surrogates and NUL are rare, or nearly every sample would stop at the unreadable-file check.</remarks>
    private static readonly Gen<char> NastyChar = Gen.Frequency(
        (20, Gen.Char[' ', '~']),
        (3, Gen.Char),
        (1, Gen.Char['\0', '\u001F']),
        (1, Gen.Char['\uD800', '\uDFFF']),
        (6, Gen.OneOf('\u2028', '\u2029', '\u0085', '\uFEFF', '\u00A0', '\t', '\r', '\n', ' ')),
        (10, Gen.OneOf('[', ']', '(', ')', '|', '<', '>', '&', ';', '#', '-', '/', '\u2014', ',', '.')));

    private static readonly Gen<string> NastyString = Gen.OneOf(
        Gen.String[NastyChar, 0, 400],
        Gen.String[Gen.Char.AlphaNumeric, 5000, 20000],
        Gen.OneOf(" Send a link to a friend ", "[to top of second column in this", "article]", "(Reporting by ", "REUTERS/", "[MARCH", "7, 2001]", "MOSCOW (Reuters) -", "<A HREF=\"x\">", "&#39;", "Copyright 2019")
            .Array[0, 40].Select(parts => string.Join("\n", parts)));

    [Fact]
    public void Never_throws_and_keeps_spans_inside_arbitrary_text() =>
        NastyString.Sample(AssertTotal, iter: 3000);

    [Fact]
    public void Never_throws_and_keeps_spans_inside_mutated_corpus_files() =>
        Mutation.Sample(AssertTotal, iter: 1500);

    /// <summary>A corpus file with its lines deleted, duplicated or swapped, characters inserted, cut anywhere, line endings mixed.</summary>
    private static readonly Gen<string> Mutation =
        from file in Gen.Int[0, Corpus.All.Count - 1].Select(i => Corpus.All[i].Text)
        from kind in Gen.Int[0, 5]
        from seed in Gen.Int[0, int.MaxValue]
        from insert in Gen.String[NastyChar, 1, 8]
        select Mutate(file, kind, new Random(seed), insert);

    private static string Mutate(string text, int kind, Random random, string insert)
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

    private static void AssertTotal(string text)
    {
        ParseResult result = ArticleParser.Parse(text);
        foreach (Finding finding in result.Findings)
        {
            Assert.InRange(finding.Span.Start, 0, text.Length);
            Assert.InRange(finding.Span.End, finding.Span.Start, text.Length);
        }

        Assert.NotNull(result.Article.Headline);
        Assert.All(result.Article.Paragraphs, p => Assert.False(string.IsNullOrWhiteSpace(p)));
    }
}
