using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace ArticleGen.Generator.Tests.Analyzers;

/// <summary>One labelled corpus file (Corpus/{seed,synth}/articles/NAME.txt with expected/NAME.json).</summary>
public sealed class CorpusCase
{
    private CorpusCase(string name, string articlePath, string expectedPath)
    {
        Name = name;
        ArticlePath = articlePath;
        ExpectedPath = expectedPath;
    }

    /// <summary>Folder and file name, e.g. <c>seed/russian-military-team-arrived-in-caracas</c>; the test case name.</summary>
    public string Name { get; }

    public string ArticlePath { get; }

    public string ExpectedPath { get; }

    /// <summary>The text exactly as the compiler reads it: UTF-8, BOM dropped.</summary>
    public string Text => File.ReadAllText(ArticlePath, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    public JsonElement Expected => JsonDocument.Parse(File.ReadAllText(ExpectedPath)).RootElement;

    /// <summary>The IDs the file must raise at warning or error severity under default settings.</summary>
    public IReadOnlyList<string> ExpectedDiagnostics =>
        Expected.GetProperty("diagnostics").EnumerateArray().Select(e => e.GetString()!).OrderBy(id => id, StringComparer.Ordinal).ToList();

    public override string ToString() => Name;

    public static IReadOnlyList<CorpusCase> All { get; } = Load();

    /// <summary>xunit member data: one row per corpus file, named so a failure says which file.</summary>
    public static IEnumerable<object[]> Names => All.Select(c => new object[] { c.Name });

    public static CorpusCase Get(string name) => All.Single(c => c.Name == name);

    private static IReadOnlyList<CorpusCase> Load()
    {
        string root = Path.Combine(AppContext.BaseDirectory, "Corpus");
        return Directory.GetDirectories(root)
            .SelectMany(folder => Directory.GetFiles(Path.Combine(folder, "articles"), "*.txt"))
            .Select(article =>
            {
                string folder = Path.GetDirectoryName(Path.GetDirectoryName(article))!;
                string name = Path.GetFileNameWithoutExtension(article);
                return new CorpusCase(Path.GetFileName(folder) + "/" + name, article, Path.Combine(folder, "expected", name + ".json"));
            })
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
    }
}
