using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ArticleGen.Generator.Tests.TestSupport;

/// <summary>The labelled corpus copied into the test output (Corpus/{seed,synth}/articles/*.txt with expected/*.json).</summary>
public static class Corpus
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static IReadOnlyList<CorpusFile> All { get; } = Load();

    /// <summary>File names for xunit theories.</summary>
    public static IEnumerable<object[]> Names => All.Select(f => new object[] { f.Name });

    public static CorpusFile Get(string name) => All.Single(f => f.Name == name);

    private static List<CorpusFile> Load()
    {
        var files = new List<CorpusFile>();
        foreach (string folder in new[] { "seed", "synth" })
        {
            foreach (string path in Directory.GetFiles(Path.Combine(Root, folder, "articles"), "*.txt").OrderBy(p => p, StringComparer.Ordinal))
            {
                string name = Path.GetFileNameWithoutExtension(path);
                string json = File.ReadAllText(Path.Combine(Root, folder, "expected", name + ".json"));
                files.Add(new CorpusFile(folder + "/" + name, path, File.ReadAllText(path), ExpectedArticle.FromJson(json)));
            }
        }

        return files;
    }
}

public sealed record CorpusFile(string Name, string Path, string Text, ExpectedArticle Expected)
{
    public override string ToString() => Name;
}

/// <summary>The corpus README's expected JSON.</summary>
public sealed record ExpectedArticle(
    string Headline,
    string? Byline,
    string? Published,
    ExpectedDateline? Dateline,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<ExpectedPhoto> Photos,
    ExpectedCredits? Credits,
    bool Copyright,
    IReadOnlyList<string> Diagnostics,
    string Layout)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static ExpectedArticle FromJson(string json) => JsonSerializer.Deserialize<ExpectedArticle>(json, Options)!;
}

public sealed record ExpectedDateline(string Location, string? Region, string? Date, string? Agency, bool Malformed);

public sealed record ExpectedPhoto(string Caption, string Credit);

public sealed record ExpectedCredits(IReadOnlyList<string> Reporting, IReadOnlyList<string> AdditionalReporting, IReadOnlyList<string> Writing, IReadOnlyList<string> Editing);
