using System.Collections.Generic;
using System.IO;
using ArticleGen.Generator.Inputs;
using ArticleGen.Tool.Cli;
using ArticleGen.Tool.Inputs;

namespace ArticleGen.Tool.Checking;

/// <summary>The options that every command reading articles shares: which files, which rules, which severities, the size cap.</summary>
internal static class CheckSettings
{
    public static readonly string[] ValueOptions = { "config", "max-file-size", "only", "skip", "exclude", "stdin-name" };
    public static readonly string[] Flags = { "no-progress" };

    public const string Help = """
          --only IDS            Report only these rules, e.g. --only ART001,ART005 (repeatable).
          --skip IDS            Leave these rules out, e.g. --skip ART002 (repeatable; wins over --only).
          --exclude GLOB        Leave out files that match GLOB, relative to the current folder, as a .gitignore line
                                (repeatable): --exclude drafts --exclude "Articles/2019/*.txt". The lines of a
                                .articlegenignore file in the current folder and in each folder given do the same.
          --stdin-name PATH     With - as the PATH: the name to report standard input under, and where to look for its
                                .globalconfig (default <stdin>, in the current folder).
          --config FILE         A global analyzer config to apply as well (as GlobalAnalyzerConfigFiles in a build).
                                .globalconfig files in the article's folder and above always apply, and .editorconfig
                                files there that say is_global = true.
          --max-file-size N     The size cap in UTF-8 bytes, as ArticleGenMaxFileSize (default 1048576).
          --no-progress         No progress bar (it shows only on a terminal anyway).

        """;

    public static PathOptions Paths(Arguments arguments) => new(arguments.Values("exclude"), arguments.Value("stdin-name"));

    public static SeverityConfig Severities(Arguments arguments)
    {
        string? config = arguments.Value("config");
        if (config is not null && !File.Exists(config))
        {
            throw new UsageException($"config file '{config}' does not exist");
        }

        return new SeverityConfig(config is null ? [] : [config]);
    }

    public static long MaxFileSize(Arguments arguments) => arguments.PositiveNumber("max-file-size") ?? ProjectOptions.DefaultMaxFileSize;

    public static IReadOnlyList<CheckedArticle> CheckPaths(Arguments arguments, IReadOnlyList<string> paths, ToolConsole? console = null)
    {
        IReadOnlyList<ArticlePath> files = ArticlePaths.Expand(paths, Paths(arguments), console);
        var checker = new ArticleChecker(Severities(arguments), MaxFileSize(arguments), RuleFilter.From(arguments));
        return checker.Check(files, Progress.OnTerminal(files.Count, "files", !arguments.Has("no-progress")));
    }
}
