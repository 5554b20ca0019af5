using System;
using System.Collections.Generic;

namespace ArticleGen;

/// <summary>
/// Looks articles up by name or by path, for the generated <c>Find</c>. A lookup table built once at run time, rather
/// than a generated <c>switch</c>: a switch over thousands of string labels costs the compiler seconds on every build.
/// </summary>
public sealed class ArticleIndex
{
    private readonly Dictionary<string, Article> _byNameOrPath = new(StringComparer.Ordinal);

    /// <summary>Indexes the articles by <see cref="Article.Name"/>, then by <see cref="Article.SourcePath"/>; the first claim to a key wins.</summary>
    public ArticleIndex(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var all = new List<Article>(articles);
        foreach (Article article in all)
        {
            _byNameOrPath.TryAdd(article.Name, article);
        }

        foreach (Article article in all)
        {
            _byNameOrPath.TryAdd(article.SourcePath, article);
        }
    }

    /// <summary>The article with this name or project-relative path (either separator), or null.</summary>
    public Article? Find(string nameOrPath)
    {
        ArgumentNullException.ThrowIfNull(nameOrPath);
        return _byNameOrPath.TryGetValue(nameOrPath.Replace('\\', '/'), out Article? article) ? article : null;
    }
}
