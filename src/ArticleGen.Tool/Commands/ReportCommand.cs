using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ArticleGen.Tool.Checking;
using ArticleGen.Tool.Cli;
using ArticleGen.Tool.Inputs;
using ArticleGen.Tool.Reporting;
using ArticleGen.Tool.Showing;

namespace ArticleGen.Tool.Commands;

/// <summary><c>articlegen report PATH... -o report.html</c>: one self-contained page about a corpus.</summary>
internal sealed class ReportCommand : ICommand
{
    public string Name => "report";

    public string Summary => "Write one self-contained HTML page: a summary, a sortable table, each text with its diagnostics.";

    public string Help => $"""
        Usage: articlegen report PATH... -o FILE [options]

        Writes one HTML page, with no scripts, styles or fonts from anywhere else, that shows:
          - a summary: files, articles, diagnostics by ID, and the files without a date or a byline;
          - a table of every article (name, headline, date, byline, word count, diagnostics by ID); click a header to sort;
          - each article's text with every diagnostic span highlighted (chrome, malformed datelines and credits, markup),
            beside the fields ArticleGen read.

        Options:
          -o, --output FILE     The page to write, e.g. report.html (required).
        {CheckSettings.Help}
        Exit codes: 0 written, 2 usage error.

        Examples:
          articlegen report Articles -o report.html
          articlegen report "corpus/**/*.txt" -o corpus-report.html

        """;

    public int Run(IReadOnlyList<string> args, ToolConsole console)
    {
        Arguments arguments = Arguments.Parse(
            args,
            ["output", .. CheckSettings.ValueOptions],
            CheckSettings.Flags,
            new Dictionary<string, string> { ["o"] = "output" });
        string output = arguments.Value("output") ?? throw new UsageException("-o FILE is required: where to write the page");
        IReadOnlyList<CheckedArticle> checkedFiles = CheckSettings.CheckPaths(arguments, arguments.Positional, console);
        List<ArticleView> views = checkedFiles.AsParallel().AsOrdered().Select(ArticleView.From).ToList();

        string? folder = Path.GetDirectoryName(Path.GetFullPath(output));
        Directory.CreateDirectory(folder!);
        File.WriteAllText(output, ReportPage.Write(views, Program.Version), new UTF8Encoding(false));
        console.Out.WriteLine($"wrote {ArticlePaths.Display(Path.GetFullPath(output))}: {views.Count} files, {views.Sum(v => v.Diagnostics.Count)} diagnostics");
        return ExitCodes.Success;
    }
}
