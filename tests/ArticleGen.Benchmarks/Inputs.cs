using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ArticleGen.Benchmarks;

/// <summary>Benchmark inputs built from the labelled corpus, replicated under unique names, plus pathological text.</summary>
public static class Inputs
{
    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> CorpusFiles = new(LoadCorpus);

    public static IReadOnlyList<(string Name, string Text)> Corpus => CorpusFiles.Value;

    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> WildFiles = new(() => LoadFolders("wild"));

    /// <summary>The real pages of 78 sites (Corpus/wild): whole pages and article-only copies, about 3 MB.</summary>
    public static IReadOnlyList<(string Name, string Text)> Wild => WildFiles.Value;

    /// <summary><paramref name="count"/> articles cycling through the corpus, each under a unique path.</summary>
    public static List<(string Path, string Text)> Articles(int count)
    {
        var articles = new List<(string, string)>(count);
        for (int i = 0; i < count; i++)
        {
            (string name, string text) = Corpus[i % Corpus.Count];
            articles.Add(($"Articles/{i:D5}-{name}.txt", text));
        }

        return articles;
    }

    /// <summary>Hostile text of about <paramref name="bytes"/> characters.</summary>
    public static string Pathological(string kind, int bytes) => kind switch
    {
        "one-line" => new string('x', bytes),
        "brackets" => Repeat("[(|", bytes),
        "pipes" => Repeat("| \n", bytes),
        "markers" => Repeat("[to top of second column in this\n", bytes),
        "markup" => Repeat("<A HREF=&#39; ", bytes),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string Repeat(string unit, int bytes)
    {
        var text = new StringBuilder(bytes + unit.Length);
        while (text.Length < bytes)
        {
            text.Append(unit);
        }

        return text.ToString();
    }

    private static IReadOnlyList<(string, string)> LoadCorpus() => LoadFolders("seed", "synth");

    private static IReadOnlyList<(string, string)> LoadFolders(params string[] folders)
    {
        string root = RepositoryRoot();
        return folders
            .SelectMany(folder => Directory.GetFiles(Path.Combine(root, "tests/ArticleGen.Generator.Tests/Corpus", folder, "articles"), "*.txt"))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)))
            .ToList();
    }

    /// <summary>BenchmarkDotNet runs from a generated folder, so find the repository by walking up to the solution.</summary>
    public static string RepositoryRoot()
    {
        foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ArticleGen.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
