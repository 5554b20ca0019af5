using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using ArticleGen.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ArticleGen.CodeFixes.Tests;

/// <summary>
/// No fix deletes a sentence of prose: over every corpus folder, what "Remove all layout markers in this file" removes
/// holds no run of eight words or more that ends like a sentence, unless it is chrome by its own words (a consent
/// banner, a newsletter, sign-in or share prompt, a legal notice, a footer's copyright line). The check is the sentence's plain form, read from
/// the removed text itself, not the parser's verdict.
/// </summary>
public class SentenceProperty(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>
    /// What the plain form still finds, per folder: none in the wire pages; on real pages, sign-up forms ("Sign up for
    /// CityLab Daily: [ ] Sign Up Loading..."), menus with bullets this reading does not split on (○, ■), copyright
    /// lines without "rights reserved", and a few short lines that may be teasers or the article's ("Feasting may look
    /// a little different this year."). A ratchet: the figure may only go down. The test prints every one.
    /// </summary>
    private static readonly Dictionary<string, int> Ceiling = new() { ["seed"] = 0, ["synth"] = 0, ["wild"] = 2, ["snippets"] = 21 };

    private static readonly Regex SentenceEnd = new(@"(?<=[.!?][""”“»']?)\s", RegexOptions.Compiled);

    public static IEnumerable<object[]> Folders => new[] { "seed", "synth", "wild", "snippets" }.Select(f => new object[] { f });

    [Theory]
    [MemberData(nameof(Folders))]
    public void The_chrome_fix_deletes_no_sentence(string folder)
    {
        var deleted = new List<string>();
        foreach ((string name, string text) in Files(folder))
        {
            SourceText source = SourceText.From(text);
            foreach (TextChange change in Edits.MarkerRemoval.Changes(source, ArticleText.Parse(text).Findings))
            {
                foreach (string sentence in Sentences(source.ToString(change.Span)))
                {
                    deleted.Add($"{name}: {sentence}");
                }
            }
        }

        output.WriteLine($"{folder}: {deleted.Count} runs of eight words or more ending like a sentence removed");
        foreach (string sentence in deleted)
        {
            output.WriteLine(sentence);
        }

        Assert.True(deleted.Count <= Ceiling[folder], $"{deleted.Count} sentences deleted in {folder} (at most {Ceiling[folder]}): " + string.Join(" | ", deleted.Take(10)));
    }

    /// <summary>
    /// Full sentences of eight words or more in a removed run, read block by block as a page shows them (a blank line
    /// or a list item starts one). A block that a chrome rule names (a consent banner of three sentences) is chrome by
    /// its own words as a whole.
    /// </summary>
    private static IEnumerable<string> Sentences(string removed)
    {
        foreach (string paragraph in Regex.Split(removed, @"\n\s*\n|\n(?=\s*[*•·□☆▪►›+-]\s)"))
        {
            string flat = Regex.Replace(paragraph, @"\s+", " ").Trim();
            if (ChromePhrases.FindInSentence(flat) is not null || CopyrightNotice.IsStart(flat, 0))
            {
                continue;
            }

            foreach (string part in SentenceEnd.Split(flat))
            {
                string sentence = part.Trim();
                string bare = sentence.TrimEnd('"', '”', '“', '»', '\'');
                bool ends = bare.Length > 0 && ".!?".Contains(bare[^1]);
                if (ends && Regex.Matches(sentence, @"\w+").Count >= 8 && ChromePhrases.FindInSentence(sentence) is null)
                {
                    yield return sentence;
                }
            }
        }
    }

    private static IEnumerable<(string Name, string Text)> Files(string folder)
    {
        string root = folder == "snippets" ? SharedSnippets() : Path.Combine(Corpus.Root, folder);
        foreach (string path in Directory.GetFiles(Path.Combine(root, "articles"), "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            yield return (Path.GetFileNameWithoutExtension(path), File.ReadAllText(path));
        }
    }

    private static string SharedSnippets()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "corpus", "snippets");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/corpus/snippets is not beside the checkout");
    }
}
