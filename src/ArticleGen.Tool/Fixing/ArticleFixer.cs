using System;
using System.Collections.Generic;
using System.Linq;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Tool.Fixing;

/// <summary>
/// Applies the fixes for the chosen IDs to one text. Each pass parses the text once and takes every chosen ID's edits
/// from that one reading, in the catalogue's order; a finding that an earlier ID's edit touches waits for the next
/// pass, which reads the text as it is then. Deletions (chrome, text set aside) come from the first reading only, as
/// the IDE's whole-file fix makes them: a later reading of the text without its chrome may choose the article
/// differently, and a deletion must not rest on a second guess. Rewrites (entities, datelines) go on until none is left.
/// </summary>
internal static class ArticleFixer
{
    /// <summary>A decoded <c>&amp;amp;amp;</c> is one level less each pass; past this, the text is left as it is.</summary>
    private const int MaxPasses = 8;

    /// <returns>The fixed text and how many findings of each ID were fixed.</returns>
    public static FixResult Fix(string text, IReadOnlyCollection<string> ids)
    {
        var fixedCounts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        SourceText current = SourceText.From(text);
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            IReadOnlyList<Finding> all = ArticleText.Parse(current.ToString()).Findings;
            var taken = new TakenSpans();
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (string id in FixEdits.Fixable.Where(ids.Contains))
            {
                if (pass > 0 && FixEdits.Deletes(id))
                {
                    continue;
                }

                List<Finding> findings = all.Where(f => f.Id == id && !taken.Touches(f.Span.Start, f.Span.End)).ToList();
                List<TextChange> changes = findings.Count == 0 ? new List<TextChange>()
                    : WithoutOverlaps(FixEdits.For(id, current, findings)).Where(c => !taken.Touches(c.Span.Start, c.Span.End)).ToList();
                if (changes.Count > 0)
                {
                    taken.Add(changes);
                    // A fix can take several changes (a dateline: its case, a space, the parenthesis) and marker
                    // removal merges neighbours into one: what was fixed is counted in findings.
                    counts[id] = findings.Count;
                }
            }

            SourceText next = current.WithChanges(taken.Changes);
            if (taken.Changes.Count == 0 || next.ContentEquals(current))
            {
                break;
            }

            current = next;
            foreach (KeyValuePair<string, int> count in counts)
            {
                fixedCounts[count.Key] = fixedCounts.GetValueOrDefault(count.Key) + count.Value;
            }
        }

        return new FixResult(current.ToString(), fixedCounts);
    }

    /// <summary>Edits of one ID that touch the same text would throw in <see cref="SourceText.WithChanges(TextChange[])"/>; a later pass takes the rest.</summary>
    private static List<TextChange> WithoutOverlaps(IReadOnlyList<TextChange> changes)
    {
        var kept = new List<TextChange>();
        int end = -1;
        foreach (TextChange change in changes.OrderBy(c => c.Span.Start))
        {
            if (change.Span.Start >= end)
            {
                kept.Add(change);
                end = Math.Max(change.Span.End, change.Span.Start + 1);
            }
        }

        return kept;
    }
}

/// <summary>The changes one pass has taken, in order, and the text they hold: a page of chrome can have a million.</summary>
internal sealed class TakenSpans
{
    private readonly List<TextChange> _changes = new();

    /// <summary>Where each change is, merged and in order; an insertion holds the character after it.</summary>
    private List<(int Start, int End)> _held = new();

    public IReadOnlyList<TextChange> Changes => _changes;

    public bool Touches(int start, int end)
    {
        end = Math.Max(end, start + 1);
        int low = 0, high = _held.Count;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (_held[middle].End <= start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low < _held.Count && _held[low].Start < end;
    }

    /// <param name="changes">In order, touching no change taken before.</param>
    public void Add(List<TextChange> changes)
    {
        _changes.AddRange(changes);
        _changes.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var held = new List<(int Start, int End)>(_changes.Count);
        foreach (TextChange change in _changes)
        {
            int start = change.Span.Start, end = Math.Max(change.Span.End, start + 1);
            if (held.Count > 0 && start <= held[held.Count - 1].End)
            {
                held[held.Count - 1] = (held[held.Count - 1].Start, Math.Max(end, held[held.Count - 1].End));
            }
            else
            {
                held.Add((start, end));
            }
        }

        _held = held;
    }
}

/// <param name="Text">The text after the fixes.</param>
/// <param name="Fixed">How many findings were fixed, by ID.</param>
internal sealed record FixResult(string Text, IReadOnlyDictionary<string, int> Fixed);
