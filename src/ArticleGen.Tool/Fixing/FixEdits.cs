using System.Collections.Generic;
using System.Linq;
using ArticleGen.CodeFixes.Edits;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Tool.Fixing;

/// <summary>
/// The one place that maps a diagnostic ID to the code fixes' edit for it. The edits are the IDE's own
/// (<c>ArticleGen.CodeFixes.Edits</c>), so the tool removes and rewrites exactly what a code fix would.
/// </summary>
internal static class FixEdits
{
    /// <summary>The IDs that have a fix, in the order they are applied: chrome first, so later spans sit in article text.</summary>
    public static readonly string[] Fixable =
    {
        DiagnosticIds.LeftoverLayoutMarker,
        DiagnosticIds.TextSetAside,
        DiagnosticIds.LeftoverMarkup,
        DiagnosticIds.MalformedDateline,
    };

    /// <summary>
    /// IDs whose fix runs only when <c>fix --only</c> names them, never in a plain <c>fix</c>: a deletion that rests on a
    /// guess (text set aside from the article, ART012) is made only when asked for by ID. It takes effect for an ID
    /// once that ID is in <see cref="Fixable"/> with its edit in <see cref="For"/>.
    /// </summary>
    public static readonly string[] OnlyWhenNamed = { DiagnosticIds.TextSetAside };

    /// <summary>Whether the fix of <paramref name="id"/> deletes text (chrome, text set aside) rather than rewriting it.</summary>
    public static bool Deletes(string id) => id is DiagnosticIds.LeftoverLayoutMarker or DiagnosticIds.TextSetAside;

    /// <summary>Whether <paramref name="id"/> has a fix that a plain <c>fix</c> leaves alone.</summary>
    public static bool IsOnlyWhenNamed(string id) => Fixable.Contains(id) && OnlyWhenNamed.Contains(id);

    /// <summary>The fixes a plain <c>fix</c> applies: <see cref="Fixable"/> but <see cref="OnlyWhenNamed"/>.</summary>
    public static IReadOnlyList<string> ByDefault => Fixable.Where(id => !OnlyWhenNamed.Contains(id)).ToList();

    /// <returns>The changes that fix <paramref name="findings"/> (all of one ID) in <paramref name="text"/>; none where nothing needs them.</returns>
    public static IReadOnlyList<TextChange> For(string id, SourceText text, IReadOnlyList<Finding> findings) => id switch
    {
        DiagnosticIds.LeftoverLayoutMarker => MarkerRemoval.Changes(text, findings),
        DiagnosticIds.TextSetAside => MarkerRemoval.SetAsideChanges(text, findings),
        DiagnosticIds.LeftoverMarkup => findings.SelectMany(f => EntityDecoding.Changes(text, f)).ToList(),
        DiagnosticIds.MalformedDateline => findings.SelectMany(f => DatelineRepair.Changes(text, f)).ToList(),
        _ => [],
    };
}
