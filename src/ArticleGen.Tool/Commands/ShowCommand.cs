using System.Collections.Generic;
using ArticleGen.Tool.Checking;
using ArticleGen.Tool.Cli;
using ArticleGen.Tool.Showing;

namespace ArticleGen.Tool.Commands;

/// <summary><c>articlegen show FILE</c>: what the generator makes of one file, and where each field came from.</summary>
internal sealed class ShowCommand : ICommand
{
    public string Name => "show";

    public string Summary => "Print what the generator makes of one file: the fields, and the lines each came from.";

    public string Help => $"""
        Usage: articlegen show FILE [options]

        Prints the Article the generator makes of FILE: its C# name, headline, byline, publication date, dateline,
        paragraphs, photos, credits, copyright and word count, each with the lines it came from, then the diagnostics.
        FILE may be - for standard input (--stdin-name PATH names it).

        Options:
          --json                Print JSON instead (the schema is in the README).
        {CheckSettings.Help}
        Exit codes: 0 shown, 2 usage error (no such file, more than one file).

        Examples:
          articlegen show Articles/seed.txt
          articlegen show Articles/seed.txt --json
          curl -s https://example.com/story.txt | articlegen show - --stdin-name Articles/story.txt

        """;

    public int Run(IReadOnlyList<string> args, ToolConsole console)
    {
        Arguments arguments = Arguments.Parse(args, CheckSettings.ValueOptions, ["json", .. CheckSettings.Flags]);
        if (arguments.Positional.Count != 1)
        {
            throw new UsageException("show takes exactly one FILE");
        }

        IReadOnlyList<CheckedArticle> checkedFiles = CheckSettings.CheckPaths(arguments, arguments.Positional, console);
        if (checkedFiles.Count != 1)
        {
            throw new UsageException($"'{arguments.Positional[0]}' is {checkedFiles.Count} files; show takes one FILE");
        }

        ArticleView view = ArticleView.From(checkedFiles[0]);
        if (arguments.Has("json"))
        {
            console.Out.Flush();
            ShowOutput.WriteJson(console.OutStream, view);
            console.OutStream.Flush();
        }
        else
        {
            ShowOutput.WriteText(console.Out, view);
        }

        return ExitCodes.Success;
    }
}
