using System.Collections.Generic;
using System.IO;
using System.Text;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using ArticleGen.Tool.Checking;
using ArticleGen.Tool.Cli;
using ArticleGen.Tool.Importing;
using ArticleGen.Tool.Inputs;

namespace ArticleGen.Tool.Commands;

/// <summary><c>articlegen import SOURCE -o FILE</c>: a saved page or a URL, made into a clean fixture.</summary>
internal sealed class ImportCommand : ICommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public string Name => "import";

    public string Summary => "Turn a saved HTML page (a file or an http(s) URL) into a clean article fixture.";

    public string Help => """
        Usage: articlegen import SOURCE -o FILE [options]

        Finds the article in a web page with SmartReader (a port of Mozilla's Readability) and writes it in the clean
        layout ArticleGen reads: the headline, the By NAME line, the [Month D, YYYY] date line, then the paragraphs,
        the photo captions and the credits. SOURCE is a saved .html file or an http(s) URL. The new file is then
        checked, and what the analyzer would report is printed.

        Options:
          -o, --output FILE     The fixture to write, e.g. Articles/moscow-team.txt (required).
          --force               Overwrite FILE if it exists.

        The fixture is then read back as the generator reads it, and import says where the headline, byline, date,
        paragraphs or photos read back differ from what it took from the page. A caption is written as the page shows
        it; one with no photo credit the parser reads is left out (it would read back as a paragraph), and said so.
        Where SmartReader finds the page not readable, its best candidate is taken, with its thresholds relaxed if need be.
        The date is the page's JSON-LD datePublished, else its article:published_time, as written (not moved to UTC).

        Exit codes: 0 written, 1 no article found in the page, or the fixture reads back with no paragraph (it is still
        written, to look at), 2 usage error (no such file, the URL cannot be fetched, FILE exists).

        Examples:
          articlegen import saved/moscow-team.html -o Articles/moscow-team.txt
          articlegen import https://example.com/news/moscow-team -o Articles/moscow-team.txt --force

        """;

    public int Run(IReadOnlyList<string> args, ToolConsole console)
    {
        Arguments arguments = Arguments.Parse(args, ["output"], ["force"], new Dictionary<string, string> { ["o"] = "output" });
        if (arguments.Positional.Count != 1)
        {
            throw new UsageException("import takes exactly one SOURCE");
        }

        string output = arguments.Value("output") ?? throw new UsageException("-o FILE is required: where to write the fixture");
        if (File.Exists(output) && !arguments.Has("force"))
        {
            throw new UsageException($"'{output}' exists; add --force to overwrite it");
        }

        (byte[] html, System.Uri address) = HtmlSource.Load(arguments.Positional[0]);
        if (PageArticle.Extract(html, address) is not { } article)
        {
            console.Messages.WriteLine($"articlegen: no article found in '{arguments.Positional[0]}'");
            return ExitCodes.Problems;
        }

        FixtureLayout.Fixture fixture = FixtureLayout.Write(article);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(output));
        Directory.CreateDirectory(folder!);
        File.WriteAllText(output, fixture.Text, Utf8NoBom);

        string display = ArticlePaths.Display(Path.GetFullPath(output));
        console.Out.WriteLine($"wrote {display}: '{article.Headline}', {ReadBack.Count(fixture.Paragraphs.Count, "paragraph")}, {ReadBack.Count(fixture.Photos.Count, "photo")}");
        if (article.Relaxed)
        {
            console.Out.WriteLine("  SmartReader found the page not readable at its usual thresholds: this is its best candidate all the same");
        }

        foreach (string leftOut in fixture.LeftOut)
        {
            console.Out.WriteLine($"  left out {leftOut}");
        }

        // Read the fixture back as the generator will, and say where it differs from the page: as show and a project
        // read it by default (the page stage looks for the article in it), and as the article alone (ArticleGenPage="false").
        ParseResult parsed = ArticleText.Parse(fixture.Text);
        List<string> differences = ReadBack.Differences(article, fixture, parsed.Article);
        console.Out.WriteLine(differences.Count == 0
            ? $"read back: the same headline, byline, date, {ReadBack.Count(fixture.Paragraphs.Count, "paragraph")} and {ReadBack.Count(fixture.Photos.Count, "photo")}"
            : "read back differs from the page: " + string.Join("; ", differences));
        if (differences.Count > 0)
        {
            List<string> alone = ReadBack.Differences(article, fixture, ArticleText.Parse(fixture.Text, PageReading.ArticleOnly).Article);
            console.Out.WriteLine(alone.Count == 0
                ? $"  read as the article alone it is the same: add ArticleGenPage=\"false\" to its AdditionalFiles item"
                : "  read as the article alone (ArticleGenPage=\"false\") it differs too: " + string.Join("; ", alone));
        }

        var checker = new ArticleChecker(new SeverityConfig([]), Generator.Inputs.ProjectOptions.DefaultMaxFileSize);
        CheckOutput.WriteText(console.Out, checker.Check(ArticlePaths.Expand([output]), Progress.None));
        if (parsed.Article.Paragraphs.IsEmpty)
        {
            console.Messages.WriteLine($"articlegen: '{display}' reads back with no paragraph: the article is lost in it");
            return ExitCodes.Problems;
        }

        return ExitCodes.Success;
    }

}
