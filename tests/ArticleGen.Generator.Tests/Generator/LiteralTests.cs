using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ArticleGen.Generator.Emit;
using Xunit;

namespace ArticleGen.Generator.Tests.Generator;

/// <summary>Any text must compile to a constant equal to it: checked by compiling the literals and reading them back.</summary>
public class LiteralTests
{
    public static readonly string[] Adversarial =
    {
        string.Empty,
        "plain",
        "\"quoted\" and \"\"\"raw-looking\"\"\" and \"\"\"\"",
        "back\\slash \\n \\u0041 \\",
        "/* comment */ ends here: */ and // not a comment",
        "\n#error not a directive\n#if X\n",
        "NUL:\0:bell\a:back\b:form\f:vt\v:del\u007F:c1\u0085",
        "lone high \uD800 and lone low \uDC00 and reversed \uDC00\uD800 and at end \uD83D",
        "pair 😀 kept",
        "line\u2028separator\u2029paragraph",
        "{interpolation} {{ }} $\"{x}\"",
        "\r\n\r\n\n\r",
        "bidi \u202Eevil\u202C zero\u200Bwidth \uFEFF bom nbsp\u00A0here",
        "\uFFFE\uFFFF noncharacters",
        "Zürich, Москва, 東京",
        "trailing newline\n",
        "\n\n\nleading newlines",
        "\"; System.Diagnostics.Process.Start(\"x\"); \"",
        "#line 1 \"x\"\n#line hidden\n#pragma warning disable",
        "\\u0022 closes nothing \\u005C\\u0022",
        "cl\\u0061ss \\u0041bc Process\\u002EStart(\\u0022x\\u0022)",
        "@\"verbatim\"\" $@\"{x}\" u8 'c' '\\''",
    };

    [Fact]
    public void CompiledConstantsEqualTheInput()
    {
        Assert.Equal(Adversarial, ReadBack(value => CSharpLiteral.Quote(value)));
    }

    [Fact]
    public void TextLiteralsEqualTheInput()
    {
        Assert.Equal(Adversarial, ReadBack(value => CSharpLiteral.Text(value)));
    }

    [Fact]
    public void TextKeepsItsLinesInOneVerbatimLiteral()
    {
        Assert.Equal("@\"He said \"\"no\"\".\n\n\tThe end.\n\"", CSharpLiteral.Text("He said \"no\".\n\n\tThe end.\n"));
    }

    [Fact]
    public void TextEscapesHiddenCharactersBetweenVerbatimPieces()
    {
        Assert.Equal("@\"[March 28, 2019]\" + \"\\u00A0\\r\" + @\"\nMOSCOW\"", CSharpLiteral.Text("[March 28, 2019]\u00A0\r\nMOSCOW"));
    }

    [Fact]
    public void TextWithManyHiddenCharactersIsOneRegularLiteral()
    {
        // A chain of + costs the compiler more than the text: past a few pieces, one line of escapes is the cheaper form.
        string text = string.Concat(Enumerable.Range(0, 20).Select(i => $"line {i}\u00A0\n"));

        string literal = CSharpLiteral.Text(text);

        Assert.Equal(CSharpLiteral.Quote(text), literal);
        Assert.Equal(new[] { text }, ReadBack(CSharpLiteral.Text, new[] { text }));
    }

    [Fact]
    public void LiteralsHideNothing()
    {
        // Nothing in the generated text may end a line, break UTF-8 or hide in an editor; the verbatim literals of long
        // texts keep only the text's own tabs and line feeds.
        foreach (string value in Adversarial)
        {
            string quoted = CSharpLiteral.Quote(value);
            Assert.All(Enumerable.Range(0, quoted.Length), i => Assert.False(CSharpLiteral.IsHidden(quoted, i), quoted));
            string text = CSharpLiteral.Text(value);
            Assert.All(Enumerable.Range(0, text.Length), i => Assert.False(CSharpLiteral.IsHidden(text, i) && text[i] is not ('\t' or '\n'), text));
        }
    }

    [Fact]
    public void ArticleTextRoundTripsThroughTheGenerator()
    {
        // Everything adversarial at once, as one article file. NUL and lone surrogates are left out: the parser
        // takes such a file for unreadable (ART010), and then no article is generated at all.
        string text = "Evil \"\"\" headline \\ */ {x} #error\n\n[March 1, 2019]\n\n"
            + string.Join("\n\n", Adversarial.Where(v => !v.Contains('\0') && !v.Contains('\uD800') && !v.Contains('\uD83D')))
            + "\n";
        var project = new TestProject(new[] { ArticleFile.At("Articles/evil.txt", text) });

        Assembly consumer = project.CompileAndLoad();

        var article = (Article)TestProject.Read(consumer, "Tests.Articles", "Evil")!;
        Assert.Equal(text.Replace("\r\n", "\n"), TestProject.Read(consumer, "Tests.Articles+Constants+Evil", "Raw"));
        Assert.Equal(article.Body, TestProject.Read(consumer, "Tests.Articles+Constants+Evil", "Body"));
        Assert.Equal("Evil \"\"\" headline \\ */ {x} #error", article.Headline);
    }

    private static string?[] ReadBack(System.Func<string, string> literal, string[]? values = null)
    {
        values ??= Adversarial;
        string source = "public static class Literals\n{\n"
            + string.Concat(values.Select((v, i) => $"    public const string S{i} = {literal(v)};\n"))
            + "}\n";
        var project = new TestProject(System.Array.Empty<ArticleFile>(), null, source);
        Assembly assembly = project.CompileAndLoad();
        return values.Select((_, i) => (string?)TestProject.Read(assembly, "Literals", "S" + i)).ToArray();
    }
}
