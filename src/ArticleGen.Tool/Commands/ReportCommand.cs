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

    public string Summary => "Write one self-contained HTML page: a summary, a sortable table, a picture of each file line by line.";

    public string Help => $"""
        Usage: articlegen report PATH... -o FILE [options]

        Writes one HTML page, with no scripts, styles or fonts from anywhere else, that shows:
          - a summary: files, articles, diagnostics by ID, and the files without a date or a byline;
          - a table of every file (file name, headline, date, byline, word count, diagnostics by ID) that fits a
            1,280 px window; click a header to sort;
          - a picture of each file: a strip of its lines coloured by what the parser made of them (headline, byline
            and date, article, chrome, text set aside, captions/credits/copyright), its text in the same colours with
            every diagnostic span marked, and beside them the fields read and the diagnostics. A diagnostic, a field
            or a run of the strip scrolls to its lines; each diagnostic ID links to its help page.

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
