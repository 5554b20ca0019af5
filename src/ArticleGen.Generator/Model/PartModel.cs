using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ArticleGen.Generator.Model;

/// <summary>One article's generated code, written once and kept while the article is unchanged.</summary>
/// <param name="Members">The article's property and its backing field, indented for the class.</param>
/// <param name="Constants">The article's class of constants, indented for <c>Constants</c>.</param>
internal sealed record ArticleCode(string PartHintName, string Namespace, string ClassName, string Path, string Members, string Constants);

/// <summary>One generated file: up to <see cref="ArticleNames.ArticlesPerPart"/> articles, in ordinal path order.</summary>
internal sealed record PartModel(string HintName, string Namespace, string ClassName, EquatableArray<ArticleCode> Articles)
{
    /// <summary>The parts, in order of hint name. A part whose articles did not change compares equal to its last value.</summary>
    public static IEnumerable<PartModel> Group(ImmutableArray<ArticleCode> articles) =>
        articles
            .GroupBy(a => a.PartHintName, StringComparer.Ordinal)
            .OrderBy(part => part.Key, StringComparer.Ordinal)
            .Select(part =>
            {
                ArticleCode first = part.First();
                return new PartModel(
                    part.Key, first.Namespace, first.ClassName, part.OrderBy(a => a.Path, StringComparer.Ordinal).ToEquatableArray());
            });
}
