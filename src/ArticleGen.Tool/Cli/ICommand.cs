using System.Collections.Generic;

namespace ArticleGen.Tool.Cli;

/// <summary>One <c>articlegen</c> command: its name, its help text, and what it does.</summary>
internal interface ICommand
{
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>The whole <c>--help</c> text: usage, options, examples.</summary>
    string Help { get; }

    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    int Run(IReadOnlyList<string> args, ToolConsole console);
}

internal static class ExitCodes
{
    /// <summary>Clean: no diagnostic at or above the fail level; the command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>Diagnostics at or above the fail level, changes pending under <c>fix --dry-run</c>, or no article in a page.</summary>
    public const int Problems = 1;

    /// <summary>A usage error: a bad option, a missing path, a source that cannot be read.</summary>
    public const int Usage = 2;
}
