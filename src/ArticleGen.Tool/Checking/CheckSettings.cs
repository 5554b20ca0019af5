using System.Collections.Generic;
using System.IO;
using ArticleGen.Generator.Inputs;
using ArticleGen.Tool.Cli;
using ArticleGen.Tool.Inputs;

namespace ArticleGen.Tool.Checking;

/// <summary>The options that every command reading articles shares: which files, which severities, the size cap.</summary>
internal static class CheckSettings
{
    public static readonly string[] ValueOptions = { "config", "max-file-size" };
    public static readonly string[] Flags = { "no-progress" };

    public const string Help = """
          --config FILE         A global analyzer config to apply as well (as GlobalAnalyzerConfigFiles in a build).
                                .globalconfig files in the article's folder and above always apply.
          --max-file-size N     The size cap in UTF-8 bytes, as ArticleGenMaxFileSize (default 1048576).
          --no-progress         No progress bar (it shows only on a terminal anyway).

        """;

    public static IReadOnlyList<CheckedArticle> CheckPaths(Arguments arguments, IReadOnlyList<string> paths)
    {
        IReadOnlyList<ArticlePath> files = ArticlePaths.Expand(paths);
        string? config = arguments.Value("config");
        if (config is not null && !File.Exists(config))
        {
            throw new UsageException($"config file '{config}' does not exist");
        }

        var checker = new ArticleChecker(
            new SeverityConfig(config is null ? [] : [config]),
            arguments.PositiveNumber("max-file-size") ?? ProjectOptions.DefaultMaxFileSize);
        return checker.Check(files, Progress.OnTerminal(files.Count, "files", !arguments.Has("no-progress")));
    }
}
