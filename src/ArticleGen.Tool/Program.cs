using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ArticleGen.Tool.Cli;
using ArticleGen.Tool.Commands;

namespace ArticleGen.Tool;

/// <summary>
/// <c>articlegen COMMAND ...</c>: finds the command and runs it. Usage errors exit 2 with a one-line message, and no
/// failure ever prints a stack trace.
/// </summary>
internal static class Program
{
    private static readonly ICommand[] Commands =
    {
        new CheckCommand(),
        new FixCommand(),
        new ShowCommand(),
        new ImportCommand(),
        new ReportCommand(),
    };

    public static string Version { get; } =
        typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static int Main(string[] args)
    {
        var console = new ToolConsole(Console.Out, Console.Error, Console.OpenStandardOutput());
        try
        {
            return Run(args, console);
        }
        catch (UsageException e)
        {
            console.Messages.WriteLine("articlegen: error: " + e.Message);
            return ExitCodes.Usage;
        }
        catch (Exception e)
        {
            // A bug of ours, or an environment we did not foresee: say what happened, without a stack trace.
            console.Messages.WriteLine($"articlegen: error: {e.Message} ({e.GetType().Name})");
            return ExitCodes.Usage;
        }
        finally
        {
            console.Out.Flush();
        }
    }

    private static int Run(string[] args, ToolConsole console)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "-?" or "help")
        {
            console.Out.Write(Overview());
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        if (args[0] is "--version")
        {
            console.Out.WriteLine(Version);
            return ExitCodes.Success;
        }

        ICommand? command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            throw new UsageException($"unknown command '{args[0]}'; run 'articlegen --help' for the list");
        }

        IReadOnlyList<string> rest = args.Skip(1).ToList();
        if (rest.Any(a => a is "--help" or "-h" or "-?"))
        {
            console.Out.Write(command.Help);
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

        Options:
          --version   Print the version.
          --help      Print this help; 'articlegen COMMAND --help' for a command's options and examples.

        Exit codes: 0 clean, 1 diagnostics found (or changes pending under fix --dry-run), 2 usage error.

        """;
}
