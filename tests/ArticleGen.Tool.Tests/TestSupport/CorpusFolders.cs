using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ArticleGen.Tool.Tests.TestSupport;

/// <summary>
/// Every corpus folder in the test output (<c>Corpus/NAME/articles</c>), so a folder added to the corpus is picked up
/// without a change here.
/// </summary>
public static class CorpusFolders
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static IReadOnlyList<string> Names { get; } = Directory.GetDirectories(Root)
        .Where(d => Directory.Exists(Path.Combine(d, "articles")))
        .Select(Path.GetFileName)
        .Order(StringComparer.Ordinal)
        .ToList()!;

    /// <summary>Copies every folder's articles to <paramref name="target"/>/NAME/.</summary>
    public static IReadOnlyList<CopiedArticle> CopyTo(string target)
    {
        var files = new List<CopiedArticle>();
        foreach (string name in Names)
        {
            string articles = Path.Combine(Root, name, "articles");
            Directory.CreateDirectory(Path.Combine(target, name));
            foreach (string source in Directory.GetFiles(articles, "*.txt").Order(StringComparer.Ordinal))
            {
                string copy = Path.Combine(target, name, Path.GetFileName(source));
                File.Copy(source, copy);
                files.Add(new CopiedArticle(name + "/" + Path.GetFileName(source), copy, File.ReadAllText(source)));
            }
        }

        return files;
    }
}

public sealed record CopiedArticle(string Name, string Path, string Original)
{
    public override string ToString() => Name;
}
