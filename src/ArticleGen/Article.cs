using System;
using System.Collections.Generic;

namespace ArticleGen;

/// <summary>
/// One news article, parsed at compile time from a text file in the project. Generated code creates these;
/// two articles are equal when all their values are (lists compare by content).
/// </summary>
public sealed record Article
{
    /// <summary>The separator between paragraphs in <see cref="Body"/>: one blank line.</summary>
    public const string ParagraphSeparator = "\n\n";

    /// <summary>Creates an article; generated code calls this, tests may too. Null lists mean none.</summary>
    public Article(
        string name,
        string sourcePath,
        string headline,
        string? byline,
        DateOnly? published,
        Dateline? dateline,
        IEnumerable<string>? paragraphs,
        IEnumerable<Photo>? photos,
        Credits? credits,
        string? copyright)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        SourcePath = sourcePath ?? throw new ArgumentNullException(nameof(sourcePath));
        Headline = headline ?? throw new ArgumentNullException(nameof(headline));
        Byline = byline;
        Published = published;
        Dateline = dateline;
        Paragraphs = ValueList<string>.Of(paragraphs);
        Photos = ValueList<Photo>.Of(photos);
        Credits = credits;
        Copyright = copyright;
        Body = string.Join(ParagraphSeparator, Paragraphs);
        WordCount = CountWords(Paragraphs);
    }

    /// <summary>The C# name of the generated property, e.g. <c>RussianMilitaryTeam</c> (without any <c>@</c>).</summary>
    public string Name { get; }

    /// <summary>The file's path relative to the project directory, with <c>/</c> separators.</summary>
    public string SourcePath { get; }

    /// <summary>The headline, on one line; empty when the file has none.</summary>
    public string Headline { get; }

    /// <summary>The author of a <c>By NAME</c> line under the headline.</summary>
    public string? Byline { get; }

    /// <summary>The date of the bracketed date line, e.g. <c>[March 28, 2019]</c>.</summary>
    public DateOnly? Published { get; }

    /// <summary>The wire dateline that opens the first paragraph, e.g. <c>MOSCOW (Reuters)</c>.</summary>
    public Dateline? Dateline { get; }

    /// <summary>The body paragraphs in order, each on one line; the dateline is not part of the first.</summary>
    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>The paragraphs joined with a blank line (<see cref="ParagraphSeparator"/>).</summary>
    public string Body { get; }

    /// <summary>The photo captions with their credits.</summary>
    public IReadOnlyList<Photo> Photos { get; }

    /// <summary>The credits line, e.g. <c>(Reporting by ...; Editing by ...)</c>.</summary>
    public Credits? Credits { get; }

    /// <summary>The copyright notice at the end of the file.</summary>
    public string? Copyright { get; }

    /// <summary>The number of words in the paragraphs, counting runs of non-whitespace.</summary>
    public int WordCount { get; }

    /// <summary>
    /// Splits a <see cref="Body"/> back into its paragraphs. Generated code uses this so that each article's text is
    /// compiled once, as its <c>Body</c> constant. Exact for parsed articles, whose paragraphs hold no line breaks.
    /// </summary>
    public static IReadOnlyList<string> ParagraphsOf(string body) =>
        string.IsNullOrEmpty(body) ? Array.Empty<string>() : body.Split(ParagraphSeparator);

    /// <summary>The name, path and headline, e.g. <c>Seed (Articles/seed.txt): Russian military team ...</c>.</summary>
    public override string ToString() => $"{Name} ({SourcePath}): {Headline}";

    private static int CountWords(IEnumerable<string> paragraphs)
    {
        int words = 0;
        foreach (string paragraph in paragraphs)
        {
            bool inWord = false;
            foreach (char c in paragraph)
            {
                bool wordChar = !char.IsWhiteSpace(c);
                if (wordChar && !inWord)
                {
                    words++;
                }

                inWord = wordChar;
            }
        }

        return words;
    }
}
