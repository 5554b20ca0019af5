using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ArticleGen.Generator.Model;

/// <summary>
/// What the index file (<c>All</c>, <c>Find</c>) is made from: the articles' identifiers, in path order, and no text,
/// so editing an article leaves the index alone and only that article's part is regenerated.
/// </summary>
internal sealed record IndexModel(string HintName, string Namespace, string ClassName, EquatableArray<string> Articles)
{
    /// <param name="readablePaths">The paths of the files that produce an article (see <see cref="ParsedFile.Article"/>).</param>
    public static IndexModel Create(ArticleNames names, ImmutableArray<string> readablePaths)
    {
        var readable = new HashSet<string>(readablePaths, StringComparer.Ordinal);
        return new IndexModel(
            Emit.HintNames.Index(names.ClassName),
            names.Namespace,
            names.ClassName,
            names.Articles
                .Where(a => readable.Contains(a.Path))
                .Select(a => a.Identifier)
                .ToEquatableArray());
    }
}
