using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using ArticleGen.Generator.Tests.Analyzers;
using ArticleGen.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleGen.Generator.Tests.Parsing;

/// <summary>
/// The generator, the analyzer and the code fixes parse one text per file (<see cref="ArticleText"/>: no leading U+FEFF,
/// CRLF as LF); the analyzer and the fixes get the findings back at offsets in the file's own text. On every corpus file
/// written with CRLF, with a BOM, and with both, each finding then lies on the same text in the file as in the parsed
/// text, and the analyzer reports the same diagnostics at the same lines and columns as for the LF file.
/// </summary>
public class LineEndingTests
{
    /// <summary>Every article file under Corpus/*/articles, whatever the folder, with LF line ends.</summary>
    public static TheoryData<string> Files
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (string path in Directory.GetDirectories(Corpus.Root).Where(d => Directory.Exists(Path.Combine(d, "articles"))).SelectMany(d => Directory.GetFiles(Path.Combine(d, "articles"), "*.txt")).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(Corpus.Root, path));
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_finding_lies_on_the_same_text_in_the_file_as_in_the_parsed_text(string file)
    {
        string lf = File.ReadAllText(Path.Combine(Corpus.Root, file)).Replace("\r\n", "\n");
        ParseResult parsed = ArticleParser.Parse(lf);
        foreach (string raw in new[] { lf.Replace("\n", "\r\n"), "\uFEFF" + lf, "\uFEFF" + lf.Replace("\n", "\r\n") })
        {
            Assert.Equal(lf, ArticleText.Normalize(raw));
            ParseResult inFile = ArticleText.Parse(raw);

            Assert.Equal(parsed.Article, inFile.Article);
            Assert.Equal(Describe(lf, parsed.Findings), Describe(raw, inFile.Findings));
        }
    }

    /// <summary>Through the analyzer: the same diagnostics at the same line and column, whatever the line ends.</summary>
    [Fact]
    public async Task Crlf_and_bom_files_get_the_same_diagnostics_at_the_same_lines_and_columns()
    {
        string lf = Articles.WithBetweenParagraphs("[to top of second column]\n\n").Replace("MOSCOW (Reuters) -", "Moscow (Reuters) -").Replace(" had sent ", " had&amp;sent ");
        string crlf = lf.Replace("\n", "\r\n");
        var files = new (string Name, string Text)[]
        {
            ("lf.txt", lf),
            ("crlf.txt", crlf),
            // The compiler drops a UTF-8 BOM when it decodes the bytes; a U+FEFF can still open the text (two BOMs, an editor's buffer).
            ("bom.txt", Microsoft.CodeAnalysis.Text.SourceText.From(new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(crlf)).ToArray())).ToString()),
            ("bom-char.txt", "\uFEFF" + crlf),
        };

        var diagnostics = new Dictionary<string, string>();
        foreach ((string name, string text) in files)
        {
            var found = await AnalyzerRunner.RunAsync(new[] { ("/p/" + name, text) });
            diagnostics[name] = string.Join("\n", found.OrderBy(d => d.Location.SourceSpan.Start).Select(d => $"{d.Id} {d.Location.GetLineSpan().Span} {d.GetMessage()}"));
        }

        Assert.Contains("ART001 (4,0)-(4,18) Malformed dateline 'Moscow (Reuters) -'", diagnostics["lf.txt"]);
        Assert.Contains("ART005", diagnostics["lf.txt"]);
        Assert.Contains("ART011", diagnostics["lf.txt"]);
        Assert.All(files, f => Assert.Equal(diagnostics["lf.txt"], diagnostics[f.Name]));
    }

    /// <summary>Each finding with the text at its span (and at its dateline parts), CR and U+FEFF left out.</summary>
    private static string Describe(string text, IEnumerable<Finding> findings)
    {
        string At(int start, int end) => text.Substring(start, end - start).Replace("\r", "").Replace("\uFEFF", "");
        string Span(SourceSpan span) => "'" + At(span.Start, span.End) + "'";
        return string.Join("\n", findings.Select(f =>
            $"{f.Id} {Span(f.Span)} {f.Subject} {f.Detail}" +
            (f.Dateline is { } d ? $" place {Span(d.Place)} agency {Span(d.Agency)} dash {Span(d.Dash)} {Span(d.SecondDash)} gap '{At(d.HeadEnd, d.Dash.Start)}' body at '{At(d.BodyStart, Math.Min(text.Length, d.BodyStart + 10))}'" : "")));
    }
}
