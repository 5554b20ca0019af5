using System;

namespace ArticleGen.Generator.Parsing;

/// <summary>A half-open range of characters in the article text: [Start, Start + Length).</summary>
internal readonly record struct SourceSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static SourceSpan FromBounds(int start, int end) => new(start, end - start);
}

/// <summary>
/// Something wrong in an article, found by the parser. <see cref="Id"/> is a catalogue ID (<see cref="DiagnosticIds"/>);
/// <see cref="Subject"/> is the offending text and <see cref="Detail"/> says what is wrong with it. The analyzer
/// turns these into diagnostics through the descriptors' message formats ({0} = subject, {1} = detail).
/// </summary>
internal sealed record Finding(string Id, SourceSpan Span, string Subject, string Detail = "") : IComparable<Finding>
{
    /// <summary>For ART001: where the dateline's parts are, which is what its code fix rewrites.</summary>
    public DatelineParts? Dateline { get; init; }

    /// <summary>For ART012: the parser is unsure of the article it chose, so the finding is raised to a warning.</summary>
    public bool Unsure { get; init; }

    /// <summary>For an ART011 entity: the text it stands for, which is what its code fix writes; null for a tag.</summary>
    public string? Decoded { get; init; }

    /// <summary>The same finding with every offset in it mapped, e.g. from the normalized text to the file's.</summary>
    public Finding WithOffsets(Func<int, int> map) =>
        this with { Span = SourceSpan.FromBounds(map(Span.Start), map(Span.End)), Dateline = Dateline?.WithOffsets(map) };

    public int CompareTo(Finding? other)
    {
        if (other is null)
        {
            return 1;
        }

        int byStart = Span.Start.CompareTo(other.Span.Start);
        return byStart != 0 ? byStart : string.CompareOrdinal(Id, other.Id);
    }
}
