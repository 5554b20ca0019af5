using System.Collections.Generic;
using System.Text;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.CodeFixes.Edits;

/// <summary>
/// Writes a malformed dateline (ART001) in wire style from the parts the parser found in it: the place in capitals,
/// the agency parenthesis closed, one dash with space on each side. The writer's dash stays (an em dash stays an em
/// dash); of two dashes the one next to the lede stays; a missing dash becomes <c>-</c>. Every change is an insertion,
/// a deletion or a change of case inside the dateline, so the place, region, date and agency read the same afterwards
/// and no text outside the dateline is touched.
/// </summary>
internal static class DatelineRepair
{
    /// <param name="text">The article text the finding was made on.</param>
    /// <param name="finding">An ART001 finding of <see cref="ArticleText.Parse"/> on <paramref name="text"/>.</param>
    /// <returns>The changes, in order; none where the finding carries no dateline parts.</returns>
    public static IReadOnlyList<TextChange> Changes(SourceText text, Finding finding)
    {
        var changes = new List<TextChange>();
        if (finding.Dateline is not { } parts)
        {
            return changes;
        }

        if (Capitals(text, parts.Place) is { } place)
        {
            changes.Add(place);
        }

        if (parts.Agency.Length > 0 && !parts.AgencyClosed)
        {
            changes.Add(Insert(parts.Agency.End, ")"));
        }

        if (parts.Dash.Length == 0)
        {
            bool glued = parts.BodyFollows && parts.BodyStart == parts.HeadEnd;
            changes.Add(Insert(parts.HeadEnd, glued ? " - " : " -"));
            return Joined(changes);
        }

        bool spaceBefore = parts.Dash.Start > parts.HeadEnd;
        SourceSpan kept = parts.Dash;
        if (parts.SecondDash.Length > 0)
        {
            // The first dash and the space after it go; the space before it, or one put in, stays before the second.
            changes.Add(new TextChange(Span(SourceSpan.FromBounds(parts.Dash.Start, parts.SecondDash.Start)), spaceBefore ? string.Empty : " "));
            kept = parts.SecondDash;
        }
        else if (!spaceBefore)
        {
            changes.Add(Insert(parts.Dash.Start, " "));
        }

        if (parts.BodyFollows && parts.BodyStart == kept.End)
        {
            changes.Add(Insert(kept.End, " "));
        }

        return Joined(changes);
    }

    /// <summary>What the fix does, naming the whole repaired dateline: <c>Write the dateline in wire style: MOSCOW (Reuters) -</c>.</summary>
    public static string Title(SourceText text, Finding finding, IReadOnlyList<TextChange> changes) =>
        "Write the dateline in wire style: " + Result(text, finding, changes);

    /// <summary>The whole dateline after <paramref name="changes"/>, whitespace collapsed as in the parser's values.</summary>
    public static string Result(SourceText text, Finding finding, IReadOnlyList<TextChange> changes)
    {
        var result = new StringBuilder();
        int position = finding.Span.Start;
        foreach (TextChange change in changes)
        {
            result.Append(text.ToString(TextSpan.FromBounds(position, change.Span.Start))).Append(change.NewText);
            position = change.Span.End;
        }

        result.Append(text.ToString(TextSpan.FromBounds(position, System.Math.Max(position, finding.Span.End))));
        string repaired = result.ToString();
        return Text.Collapse(repaired, 0, repaired.Length);
    }

    /// <summary>The place in capitals, changing only the letters between the first and the last that differ.</summary>
    private static TextChange? Capitals(SourceText text, SourceSpan place)
    {
        string written = text.ToString(Span(place));
        string upper = written.ToUpperInvariant(); // same length: invariant casing maps char to char
        int first = 0, last = written.Length - 1;
        while (first <= last && written[first] == upper[first])
        {
            first++;
        }

        while (last >= first && written[last] == upper[last])
        {
            last--;
        }

        return first > last ? null : new TextChange(new TextSpan(place.Start + first, last - first + 1), upper.Substring(first, last - first + 1));
    }

    /// <summary>Changes that touch (a parenthesis closed and a space put in at one place) joined into one.</summary>
    private static List<TextChange> Joined(List<TextChange> changes)
    {
        var joined = new List<TextChange>(changes.Count);
        foreach (TextChange change in changes)
        {
            if (joined.Count > 0 && joined[joined.Count - 1] is var last && last.Span.End == change.Span.Start)
            {
                joined[joined.Count - 1] = new TextChange(TextSpan.FromBounds(last.Span.Start, change.Span.End), last.NewText + change.NewText);
            }
            else
            {
                joined.Add(change);
            }
        }

        return joined;
    }

    private static TextChange Insert(int position, string text) => new(new TextSpan(position, 0), text);

    private static TextSpan Span(SourceSpan span) => new(span.Start, span.Length);
}
