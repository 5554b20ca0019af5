using System;
using System.IO;

namespace ArticleGen.Tool.Cli;

/// <summary>How much the tool says besides its results, as <c>dotnet</c>'s <c>-v</c> levels.</summary>
internal enum Verbosity
{
    /// <summary>Results (diagnostics, diffs, JSON) and errors only.</summary>
    Quiet,

    /// <summary>Also the closing count.</summary>
    Minimal,

    /// <summary>Also what was done to each file (the default).</summary>
    Normal,

    /// <summary>Also every file read, the config and ignore files that apply, and the time taken.</summary>
    Detailed,
}

/// <summary>
/// Where a command writes: text output, JSON bytes, and messages for the user (never mixed into output); how much it
/// says (<see cref="Verbosity"/>) and whether it may colour its text.
/// </summary>
internal sealed class ToolConsole(TextWriter output, TextWriter messages, Stream outputStream)
{
    public TextWriter Out { get; } = output;

    public TextWriter Messages { get; } = messages;

    /// <summary>The raw output stream, for JSON; flush <see cref="Out"/> first.</summary>
    public Stream OutStream { get; } = outputStream;

    public Verbosity Verbosity { get; init; } = Verbosity.Normal;

    /// <summary>Whether text on standard output may carry ANSI colours.</summary>
    public bool Color { get; init; }

    /// <summary>Whether messages on standard error may carry ANSI colours.</summary>
    public bool MessageColor { get; init; }

    public bool AtLeast(Verbosity level) => Verbosity >= level;

    /// <summary>A message at <paramref name="level"/> or above (to standard error).</summary>
    public void Say(Verbosity level, string message)
    {
        if (AtLeast(level))
        {
            Messages.WriteLine(message);
        }
    }

    /// <summary>A warning that does not stop the command: <c>articlegen: warning: ...</c>, at every level but quiet.</summary>
    public void Warn(string message) => Say(Verbosity.Minimal, Prefix("warning", Ansi.Yellow) + message);

    /// <summary>An error: <c>articlegen: error: ...</c>, always shown.</summary>
    public void Error(string message) => Messages.WriteLine(Prefix("error", Ansi.Red) + message);

    private string Prefix(string word, string color) => "articlegen: " + (MessageColor ? Ansi.Paint(word, color) : word) + ": ";
}

/// <summary>The few ANSI colours the tool uses.</summary>
internal static class Ansi
{
    public const string Red = "\u001b[31m";
    public const string Yellow = "\u001b[33m";
    public const string Cyan = "\u001b[36m";
    public const string Bold = "\u001b[1m";
    public const string Reset = "\u001b[0m";

    public static string Paint(string text, string color) => color + text + Reset;

    /// <summary>
    /// Colour where it is wanted and can be seen: <c>--color</c> and <c>--no-color</c> decide; otherwise a terminal
    /// that is not <c>TERM=dumb</c>, and no <c>NO_COLOR</c> (no-color.org: any non-empty value turns colour off).
    /// </summary>
    public static bool Enabled(bool? option, bool redirected) =>
        option ?? (!redirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal));
}
