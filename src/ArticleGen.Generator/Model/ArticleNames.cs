using System;
using System.Collections.Immutable;
using System.Linq;
using ArticleGen.Generator.Emit;
using ArticleGen.Generator.Inputs;

namespace ArticleGen.Generator.Model;

/// <summary>What decides an article's name: its path and its <c>ArticleGenName</c>, not its text.</summary>
internal sealed record ArticleKey(string Path, string RelativePath, string? NameOverride)
{
    public static ArticleKey From(ArticleSource source) => new(source.Path, source.RelativePath, source.NameOverride);
}

/// <param name="Identifier">The C# identifier, unique and keyword-escaped, e.g. <c>@class</c>.</param>
/// <param name="Name">The identifier without <c>@</c>: <see cref="Article"/>'s <c>Name</c>.</param>
/// <param name="PartHintName">The hint name of the generated file that holds the article (see <see cref="ArticlesPerPart"/>).</param>
internal sealed record NamedArticle(string Path, string RelativePath, string Identifier, string Name, string PartHintName);

/// <summary>
/// The names of every article file at once, in ordinal path order, because a clash between two files
/// decides both their names. This depends on paths and metadata only, so editing an article's text leaves it unchanged.
/// </summary>
internal sealed record ArticleNames(string Namespace, string ClassName, EquatableArray<NamedArticle> Articles)
{
    public static ArticleNames Assign(ImmutableArray<ArticleKey> keys, ProjectOptions project)
    {
        ArticleKey[] files = keys.OrderBy(k => k.Path, StringComparer.Ordinal).ToArray();
        string className = CodeNames.TypeName(project.ClassName);
        UniqueName[] names = ArticleNaming.AssignUnique(files.Select(f => (f.Path, f.NameOverride)).ToArray(), className);
        var articles = files.Select((f, i) => new NamedArticle(
            f.Path, f.RelativePath, names[i].Identifier, names[i].Identifier.TrimStart('@'), HintNames.Part(className, i / ArticlesPerPart)));
        return new ArticleNames(
            CodeNames.Namespace(project.Namespace),
            ArticleNaming.EscapeKeyword(className),
            articles.ToEquatableArray());
    }

    /// <summary>
    /// How many articles share one generated file. Every file re-opens the partial class and its <c>Constants</c>, and
    /// the compiler and the SDK's analyzers pay for every such declaration: a thousand one-article files cost seconds
    /// more per build than twenty files of fifty (BENCHMARKS.md, 4). An edit re-parses its article's whole part, so
    /// parts stay small enough for that to cost under 2 % of a cold run.
    /// </summary>
    public const int ArticlesPerPart = 50;



    /// <summary>The article at <paramref name="path"/>, or null; <see cref="Articles"/> is sorted by path.</summary>
    public NamedArticle? Find(string path)
    {
        int low = 0, high = Articles.Count - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            int comparison = string.CompareOrdinal(Articles[middle].Path, path);
            if (comparison == 0)
            {
                return Articles[middle];
            }

            if (comparison < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }
}
