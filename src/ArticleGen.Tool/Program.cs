using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ArticleGen.Tool.Cli;
using ArticleGen.Tool.Commands;

namespace ArticleGen.Tool;

/// <summary>
/// <c>articlegen COMMAND ...</c>: finds the command and runs it. Usage errors exit 2 with a one-line message, and no
/// failure ever prints a stack trace or the runtime's exception text.
/// </summary>
internal static class Program
{
    private static readonly ICommand[] Commands =
    {
        new CheckCommand(),
        new FixCommand(),
        new ShowCommand(),
        new RulesCommand(),
        new ImportCommand(),
        new ReportCommand(),
    };

    public static string Version { get; } =
        typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>The options every command takes, anywhere on its command line, as <c>dotnet</c> takes them.</summary>
    public const string CommonHelp = """
          -v, --verbosity LEVEL quiet, minimal, normal (default) or detailed, as dotnet's levels.
          -q, --quiet           The same as --verbosity quiet: results and errors only.
          --color, --no-color   Colour on or off. By default on a terminal only, and off when NO_COLOR is set.
          -h, --help            Print this help; 'articlegen help COMMAND' does the same.
        """;

    public static int Main(string[] args)
    {
        var plain = new ToolConsole(Console.Out, Console.Error, Console.OpenStandardOutput());
        ToolConsole console = plain;
        try
        {
            (List<string> rest, Verbosity verbosity, bool? color) = CommonOptions(args);
            console = new ToolConsole(Console.Out, Console.Error, Console.OpenStandardOutput())
            {
                Verbosity = verbosity,
                Color = Ansi.Enabled(color, Console.IsOutputRedirected),
                MessageColor = Ansi.Enabled(color, Console.IsErrorRedirected),
            };
            return Run(rest, console);
        }
        catch (UsageException e)
        {
            console.Error(e.Message);
            return ExitCodes.Usage;
        }
        catch (Exception e)
        {
            // A bug of ours, or an environment we did not foresee: say what happened in our words, without a stack trace.
            console.Error($"{Failures.Describe(e)}; if it happens again, please report it with the command line");
            return ExitCodes.Usage;
        }
        finally
        {
            console.Out.Flush();
        }
    }

    /// <summary>Takes <c>-v LEVEL</c>, <c>-q</c>, <c>--color</c> and <c>--no-color</c> out of the arguments, wherever they are (up to <c>--</c>).</summary>
    private static (List<string> Remaining, Verbosity Verbosity, bool? Color) CommonOptions(IReadOnlyList<string> args)
    {
        var rest = new List<string>();
        Verbosity verbosity = Verbosity.Normal;
        bool? color = null;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg == "--")
            {
                rest.AddRange(args.Skip(i));
                break;
            }

            string? level = null;
            if (arg is "-v" or "--verbosity")
            {
                level = i + 1 < args.Count ? args[++i] : throw new UsageException($"option '{arg}' needs a value: quiet, minimal, normal or detailed");
            }
            else if (arg.StartsWith("--verbosity=", StringComparison.Ordinal))
            {
                level = arg.Substring("--verbosity=".Length);
            }
            else if (arg is "-q" or "--quiet")
            {
                verbosity = Verbosity.Quiet;
            }
            else if (arg is "--color" or "--colour")
            {
                color = true;
            }
            else if (arg is "--no-color" or "--no-colour")
            {
                color = false;
            }
            else
            {
                rest.Add(arg);
            }

            if (level is not null)
            {
                // dotnet's names and its one-letter forms (q, m, n, d, diag).
                verbosity = level.ToLowerInvariant() switch
                {
                    "q" or "quiet" => Verbosity.Quiet,
                    "m" or "minimal" => Verbosity.Minimal,
                    "n" or "normal" => Verbosity.Normal,
                    "d" or "detailed" or "diag" or "diagnostic" => Verbosity.Detailed,
                    _ => throw new UsageException($"'--verbosity {level}' is not one of: quiet, minimal, normal, detailed"),
                };
            }
        }

        return (rest, verbosity, color);
    }

    private static int Run(IReadOnlyList<string> args, ToolConsole console)
    {
        if (args.Count == 0 || args[0] is "--help" or "-h" or "-?" || (args[0] == "help" && (args.Count == 1 || args[1] == "help")))
        {
            console.Out.Write(Overview());
            return args.Count == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        if (args[0] is "--version")
        {
            console.Out.WriteLine(Version);
            return ExitCodes.Success;
        }

        // 'articlegen help COMMAND' is 'articlegen COMMAND --help', as git and dotnet have it.
        bool helpFirst = args[0] == "help";
        string name = helpFirst ? args[1] : args[0];
        ICommand? command = Commands.FirstOrDefault(c => c.Name == name);
        if (command is null)
        {
            throw new UsageException($"unknown command '{name}'; run 'articlegen --help' for the list");
        }

        IReadOnlyList<string> rest = args.Skip(helpFirst ? 2 : 1).ToList();
        if (helpFirst || rest.TakeWhile(a => a != "--").Any(a => a is "--help" or "-h" or "-?"))
        {
            console.Out.Write(command.Help);
            console.Out.Write("\nCommon options:\n" + CommonHelp + "\n");
            return ExitCodes.Success;
        }

        try
        {
            return command.Run(rest, console);
        }
        catch (UsageException e)
        {
            throw new UsageException($"{command.Name}: {e.Message} (see 'articlegen {command.Name} --help')");
        }
    }

    private static string Overview() =>
        $"""
        articlegen {Version}: check, fix, show, import and report on ArticleGen article files.

        Usage: articlegen COMMAND [options]

        Commands:
        {string.Join("\n", Commands.Select(c => $"  {c.Name,-8} {c.Summary}"))}
          help     Print a command's help: 'articlegen help check' is 'articlegen check --help'.

        Options:
          --version             Print the version.
        {CommonHelp}

        Paths: PATH is a file, a folder (its *.txt, skipping bin, obj and hidden folders), a glob ("Articles/**/*.txt",
        quoted) or - for standard input (check and show; --stdin-name PATH names it). --exclude GLOB and the lines of
        a .articlegenignore file (in the current folder and in each folder given) leave files out, as .gitignore does.

        Rules: --only ID,... and --skip ID,... choose the rules for check, show, report and fix; 'articlegen rules'
        lists them with their severity after .globalconfig and .editorconfig. fix skips a rule set to none.

        Exit codes: 0 clean, 1 diagnostics found (or changes pending under fix --dry-run), 2 usage error.

        """;
}
