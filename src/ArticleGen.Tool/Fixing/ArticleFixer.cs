using System;
using System.Collections.Generic;
using System.Linq;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Tool.Fixing;

/// <summary>
/// Applies the fixes for the chosen IDs to one text, re-parsing after each ID's edits so that every edit works on the
/// spans the parser reports for the text as it is then. Deletions (chrome, text set aside) come from the first reading
/// only, as the IDE's whole-file fix makes them: a later reading of the text without its chrome may choose the article
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
            bool changed = false;
            foreach (string id in FixEdits.Fixable.Where(ids.Contains))
            {
                if (pass > 0 && FixEdits.Deletes(id))
                {
                    continue;
                }

                List<Finding> findings = ArticleText.Parse(current.ToString()).Findings.Where(f => f.Id == id).ToList();
                if (findings.Count == 0)
                {
                    continue;
                }

                List<TextChange> changes = WithoutOverlaps(FixEdits.For(id, current, findings));
                if (changes.Count == 0)
                {
                    continue;
                }

                SourceText next = current.WithChanges(changes);
                if (next.ContentEquals(current))
                {
                    continue;
                }

                current = next;
                changed = true;
                // A fix can take several changes (a dateline: its case, a space, the parenthesis) and marker removal
                // merges neighbours into one: what was fixed is counted in findings.
                fixedCounts[id] = fixedCounts.GetValueOrDefault(id) + findings.Count;
            }

            if (!changed)
            {
                break;
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

/// <param name="Text">The text after the fixes.</param>
/// <param name="Fixed">How many findings were fixed, by ID.</param>
internal sealed record FixResult(string Text, IReadOnlyDictionary<string, int> Fixed);
