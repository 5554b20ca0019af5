using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using ArticleGen.Generator.Emit;
using ArticleGen.Generator.Inputs;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using ArticleGen.Generator.Tests.Generator;
using ArticleGen.Generator.Tests.TestSupport;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ArticleGen.Generator.Tests.Properties;

/// <summary>
/// Whatever the article files hold, the generated code compiles, keeps every text as exact data, and is the same bytes
/// on every machine; whatever the class is called, the hint names are safe file names.
/// </summary>
public class GeneratorProperties
{
    /// <summary>Text that looks like C#: it must stay data.</summary>
    public static readonly string[] CodeLike =
    {
        "\"; System.Diagnostics.Process.Start(\"x\"); \"",
        "*/ /* // ///",
        "#line 1 \"x\"",
        "#error boom",
        "#if X\n#endif",
        "\\u0022 \\u005C \\\"",
        "cl\\u0061ss \\u0041bc Process\\u002EStart",
        "\"\"\" raw \"\"\"\" $\"{x}\" @\"verbatim\" {{ }}",
        "</summary> <see cref=\"X\"/> &amp; <!-- -->",
        "\uFEFF\u202E\u2028\u0085\u00A0",
    };

    /// <summary>Any article text: random characters, mutated corpus files, corpus files, and code-looking lines.</summary>
    private static readonly Gen<string> AnyText = Gen.Frequency(
        (3, ArticleGens.NastyString),
        (3, ArticleGens.Mutation),
        (1, ArticleGens.CorpusFile),
        (2, Gen.OneOf(CodeLike).Array[1, 6].Select(lines => "Headline " + lines[0] + "\n\n[March 1, 2019]\n\n" + string.Join("\n\n", lines) + "\n")));

    [Fact]
    public void Generated_code_compiles_and_every_constant_equals_its_source() =>
        AnyText.Array[1, 6].Sample(AssertCompilesToItsSource, iter: 12, print: Show);

    [Fact]
    public void Output_is_the_same_bytes_in_any_order_culture_and_line_ending() =>
        Gen.Select(AnyText.Array[1, 5], FileName.Array[5], Gen.Int).Sample(
            sample =>
            {
                var (texts, names, seed) = sample;
                ArticleFile[] files = texts.Select((t, i) => ArticleFile.At($"Articles/{names[i]}.txt", Lf(t))).DistinctBy(f => f.Path).ToArray();
                var shuffled = files.ToArray();
                new Random(seed).Shuffle(shuffled);
                var crlf = files.Select(f => f with { Text = f.Text.Replace("\n", "\r\n") }).ToArray();

                Dictionary<string, string> expected = GenerateUnder(CultureInfo.InvariantCulture, files);
                Assert.Equal(expected, GenerateUnder(CultureInfo.InvariantCulture, shuffled));
                Assert.Equal(expected, GenerateUnder(new CultureInfo("tr-TR"), files));
                Assert.Equal(expected, GenerateUnder(new CultureInfo("ar-SA"), crlf.Reverse().ToArray()));
            },
            iter: 40);

    /// <summary>The hint names come from the class name alone: whatever it is set to, they are safe and distinct.</summary>
    [Fact]
    public void Hint_names_from_any_class_name_are_safe_file_names_and_unique() =>
        Gen.OneOf(Gen.String[ArticleGens.NastyChar, 0, 200], Gen.OneOf("CON", "con", "Nul", "COM1", "lpt9", "class", "@class", "", " "))
            .Sample(
                className =>
                {
                    string type = CodeNames.TypeName(className);
                    string[] hints = new[] { HintNames.Index(ArticleNaming.EscapeKeyword(type)) }
                        .Concat(Enumerable.Range(0, 12).Select(part => HintNames.Part(type, part)))
                        .ToArray();

                    Assert.Equal(hints.Length, hints.Distinct(StringComparer.OrdinalIgnoreCase).Count());
                    Assert.All(hints, AssertSafeHintName);
                },
                iter: 3000);

    /// <summary>What every hint name must be, on every file system the generated files may be written to.</summary>
    internal static void AssertSafeHintName(string hint)
    {
        Assert.EndsWith(".g.cs", hint);
        Assert.DoesNotContain("..", hint);
        Assert.False(hint.StartsWith('.'), hint);
        Assert.True(hint.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-'), hint);
        Assert.InRange(hint.Split('.')[0].Length, 1, HintNames.MaxStemLength + 1);
        string device = hint.Split('.')[0].ToUpperInvariant();
        Assert.False(device is "CON" or "PRN" or "AUX" or "NUL" || (device.Length == 4 && (device.StartsWith("COM") || device.StartsWith("LPT")) && char.IsDigit(device[3])), hint);
    }

    /// <summary>File names that clash, differ only in case, or change under Turkish or Arabic casing and digits.</summary>
    private static readonly Gen<string> FileName = Gen.OneOf(
        "team", "Team", "a/team", "b/Team", "istanbul", "\u0130stanbul", "\u0131stanbul", "I", "i", "\u0663\u0664", "\u00FCber", "class", "con", "2019-03-28-x", "x..y");

    private static void AssertCompilesToItsSource(string[] texts)
    {
        ArticleFile[] files = texts.Select((t, i) => ArticleFile.At($"Articles/a{i}.txt", t)).ToArray();
        var project = new TestProject(files) { ParseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose) };

        Assembly consumer = project.CompileAndLoad();

        for (int i = 0; i < files.Length; i++)
        {
            string raw = Normalized(texts[i]);
            Type? constants = consumer.GetType($"Tests.Articles+Constants+A{i}");
            ParseResult parse = ArticleParser.Parse(raw);
            bool readable = UnreadableFile.Problem(SourceText.From(texts[i], Encoding.UTF8), ProjectOptions.DefaultMaxFileSize) is null
                && !parse.Findings.Any(f => f.Id == DiagnosticIds.UnreadableArticleFile);
            if (!readable)
            {
                Assert.Null(constants);
                continue;
            }

            ParsedArticle expected = parse.Article;
            Assert.NotNull(constants);
            Assert.Equal(raw, Text(constants, "Raw"));
            Assert.Equal(expected.Headline, Constant(constants, "Headline"));
            Assert.Equal(string.Join("\n\n", expected.Paragraphs), Text(constants, "Body"));
            Assert.Equal(expected.Dateline?.Text ?? "", Constant(constants, "Dateline"));
            Assert.Equal(expected.Published?.ToString() ?? "", Constant(constants, "Published"));
            Assert.Equal($"Articles/a{i}.txt", Constant(constants, "Path"));

            var article = (Article)TestProject.Read(consumer, "Tests.Articles", "A" + i)!;
            Assert.Equal(expected.Headline, article.Headline);
            Assert.Equal(expected.Byline, article.Byline);
            Assert.Equal(expected.Copyright, article.Copyright);
            Assert.Equal(expected.Paragraphs.AsImmutableArray(), article.Paragraphs);
            Assert.Equal(expected.Dateline is { } d ? new Dateline(d.Location, d.Region, d.Date, d.Agency, d.Text) : null, article.Dateline);
            Assert.Equal(expected.Photos.Select(p => new Photo(p.Caption, p.Credit, p.Photographer, p.Agency)), article.Photos);
            Assert.Equal(expected.Credits?.Reporting.AsImmutableArray(), article.Credits?.Reporting);
            Assert.Equal(expected.Credits?.Editing.AsImmutableArray(), article.Credits?.Editing);
        }
    }

    /// <summary>The constant as compiled: a <c>const</c> field's value is in the metadata, exactly as the compiler saw the literal.</summary>
    /// <summary>Raw or Body, in either form (see TextFormTests).</summary>
    private static string Text(Type type, string name) =>
        (string)(type.GetProperty(name)?.GetValue(null) ?? type.GetField(name)!.GetValue(null))!;

    private static string Constant(Type type, string name)
    {
        FieldInfo field = type.GetField(name)!;
        Assert.True(field.IsLiteral, name + " is a const");
        return (string)field.GetRawConstantValue()!;
    }

    /// <summary>The file's text as the generator reads it: no BOM, CRLF as LF.</summary>
    private static string Normalized(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        return text.Replace("\r\n", "\n");
    }

    /// <summary>The text with no CR before an LF, so that writing every LF as CRLF is the one change.</summary>
    private static string Lf(string text)
    {
        while (text.Contains("\r\n"))
        {
            text = text.Replace("\r\n", "\n");
        }

        return text;
    }

    /// <summary>The generated files by hint name, each with the hex checksum of its encoded bytes.</summary>
    private static Dictionary<string, string> GenerateUnder(CultureInfo culture, ArticleFile[] files)
    {
        CultureInfo before = CultureInfo.CurrentCulture, beforeUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            return new TestProject(files).Run().GeneratedSources.ToDictionary(
                s => s.HintName,
                s => Convert.ToHexString(s.SourceText.GetChecksum().ToArray()) + " " + s.SourceText.Encoding?.WebName + "\n" + s.SourceText);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }

    private static string Show(string[] texts) => string.Join("\n---\n", texts.Select(t => t.Replace("\r", "\\r").Replace("\n", "\\n")));
}
