using System.Collections.Generic;
using System.IO;
using System.Text;
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

        Exit codes: 0 written, 1 no article found in the page, 2 usage error (no such file, the URL cannot be fetched,
        FILE exists).

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

        string? folder = Path.GetDirectoryName(Path.GetFullPath(output));
        Directory.CreateDirectory(folder!);
        File.WriteAllText(output, FixtureLayout.Write(article), Utf8NoBom);

        console.Out.WriteLine($"wrote {ArticlePaths.Display(Path.GetFullPath(output))}: '{article.Headline}', {Count(article.Blocks.Count, "block")}, {Count(article.Captions.Count, "caption")}");
        var checker = new ArticleChecker(new SeverityConfig([]), Generator.Inputs.ProjectOptions.DefaultMaxFileSize);
        CheckOutput.WriteText(console.Out, checker.Check(ArticlePaths.Expand([output]), Progress.None));
        return ExitCodes.Success;
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
